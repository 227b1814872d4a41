import type { XCell, XSheet } from "../helpers/ooxml";

/**
 * Plans in the layouts and vocabularies councils use, written as their Excel saves them
 * (see test/helpers/ooxml.ts). "Today" for all of them is 31 March 2023. Each comment says
 * what the plan's author would count by hand.
 */
export const TODAY = "2023-03-31";
const d = (date: string): XCell => ({ date });
const f = (fill: string, v: string | null = null): XCell => ({ v, fill });

/**
 * Status words under "Progress status". By hand: 8 items; complete 2 (Complete, Completed);
 * overdue 4 (items 1, 2, 4, 5: past due and not complete).
 */
export const STATUS_WORDS: XSheet = {
  name: "Tracker",
  rows: [
    ["SEND Improvement Plan – progress tracker"],
    [],
    ["Ref", "Action", "Lead", "Due date", "Progress status", "Update"],
    ["1", "Publish the SEND strategy", "AD SEND", d("2022-12-31"), "Not started", "Awaiting sign-off"],
    ["2", "Recruit EHC coordinators", "Head of SEND", d("2023-01-31"), "In progress", "Two of four in post"],
    ["3", "Refresh the Local Offer", "Local Offer Manager", d("2023-06-30"), "On track", ""],
    ["4", "Audit EHC plans", "Principal EP", d("2023-02-28"), "At risk", "Health input short"],
    ["5", "Annual review backlog", "Casework Manager", d("2023-03-01"), "Delayed", ""],
    ["6", "Joint commissioning strategy", "Director of Commissioning", d("2023-09-30"), "Off track", ""],
    ["7", "Parent carer forum charter", "Participation Lead", d("2022-11-30"), "Complete", ""],
    ["8", "Training for SENCOs", "Inclusion Lead", d("2023-01-15"), "Completed", ""],
  ],
};

/**
 * Five-point delivery confidence under "DCA", two-colour ratings in four spellings.
 * By hand: 8 items; complete 1; overdue 3 (items 1, 3, 4).
 */
export const DELIVERY_CONFIDENCE: XSheet = {
  name: "Programme",
  rows: [
    ["Ref", "Workstream", "Action", "Owner", "Target date", "DCA"],
    ["A1", "Sufficiency", "Open two resource bases", "Head of Place Planning", d("2023-01-31"), "Amber/Green"],
    ["A2", "Sufficiency", "Expand post-16 offer", "Head of Place Planning", d("2023-09-30"), "Amber-Green"],
    ["A3", "EHC plans", "Timeliness recovery plan", "Head of SEND", d("2022-12-31"), "Amber / Red"],
    ["A4", "EHC plans", "Quality assurance framework", "Principal EP", d("2023-02-28"), "A/G"],
    ["A5", "Inclusion", "Graduated approach toolkit", "Inclusion Lead", d("2023-06-30"), "Green"],
    ["A6", "Inclusion", "Alternative provision review", "AP Lead", d("2023-07-31"), "Amber"],
    ["A7", "Health", "Therapies pathway", "DCO", d("2023-05-31"), "Red"],
    ["A8", "Health", "Neurodevelopmental waiting list", "DCO", d("2022-10-31"), "Complete"],
  ],
};

/**
 * Emoji in a RAG column, as typed on a phone or pasted from Teams. By hand: 6 items;
 * complete 2 (✅, 🔵); overdue 2 (items 1 and 2).
 */
export const EMOJI: XSheet = {
  name: "Actions",
  rows: [
    ["No", "Action", "Lead", "Deadline", "RAG"],
    ["1", "Publish the Local Offer", "Comms", d("2023-01-31"), "🔴"],
    ["2", "Co-production charter", "PCF", d("2023-02-28"), "🟠"],
    ["3", "EHCP audit", "QA Lead", d("2023-06-30"), "🟢"],
    ["4", "SENCO training", "Inclusion", d("2022-12-31"), "✅"],
    ["5", "Transport policy", "Transport", d("2022-11-30"), "🔵"],
    ["6", "Short breaks statement", "Social Care", d("2023-05-31"), "🟡"],
  ],
};

/**
 * Ratings shown only as the cell's colour (no words), with Excel's standard colours, a theme
 * colour (accent 4 = FFC000, amber), one purple cell (near no rating), one word that its fill
 * contradicts, one blank. By hand: 8 items; Red 1, Amber 2, Green 2 (one written), Complete 2,
 * not rated 1 (purple); complete 2; overdue 3 (items 1, 2 and 6; items 4 and 5 are complete
 * by colour, so not overdue though past due).
 */
export const COLOUR_ONLY: XSheet = {
  name: "WSOA",
  rows: [
    ["Ref", "Action", "Lead", "Timescale", "RAG"],
    ["1.1", "Recruit EHC coordinators", "Head of SEND", d("2023-01-31"), f("FF0000")],
    ["1.2", "Audit EHC plans", "Principal EP", d("2023-02-28"), f("theme:7:0")],
    ["1.3", "Local Offer refresh", "LO Manager", d("2023-06-30"), f("00B050")],
    ["2.1", "Parent carer forum charter", "Participation Lead", d("2022-11-30"), f("0070C0")],
    ["2.2", "SENCO training", "Inclusion Lead", d("2022-12-31"), f("00B0F0")],
    ["2.3", "Joint commissioning", "Commissioning", d("2023-03-01"), f("7030A0")],
    ["3.1", "Therapies pathway", "DCO", d("2023-06-30"), f("FF0000", "Green")],
    ["3.2", "Transport policy", "Transport", d("2023-07-31"), f("FFC000")],
  ],
};

/**
 * A rating and its date in one cell, date first or last, under a heading naming both.
 * Today 30 June 2020. By hand: 5 items; complete 1 ("Complete (Jan 2020)"); Green 1,
 * Amber 1, Red 1, Not rated 1 (a date alone); overdue 2 (Red due Dec 2019; the unrated item
 * due May 2020); Green (Sept 2020) and Amber (Q2 2020/21 = Sept 2020) not yet due.
 */
export const RATING_WITH_DATE: XSheet = {
  name: "Action plan",
  rows: [
    ["Ref", "Action", "Lead", "Action Completion date and progress rating"],
    ["1", "Publish the Local Offer", "Comms Lead", "September 2020 - Green"],
    ["2", "EHCP quality audit", "QA Lead", "Q2 2020/21 Amber"],
    ["3", "Parent carer charter", "PCF Lead", "Complete (Jan 2020)"],
    ["4", "Transport policy", "Transport Lead", "Dec 2019 - Red"],
    ["5", "Short breaks statement", "Social Care Lead", "May 2020"],
  ],
};

/**
 * No heading names the ratings ("Where are we?"): found by its contents. By hand: 5 items;
 * Red 1, Amber 1, Green 1, Complete 1, Not rated 1; complete 1; overdue 2 (Red and Amber,
 * due before 31 Mar 2023).
 */
export const RATING_BY_CONTENTS: XSheet = {
  name: "Plan",
  rows: [
    ["Ref", "Action", "Lead", "Deadline", "Where are we?"],
    ["1", "Recruit coordinators", "Head of SEND", d("2023-01-31"), "Red"],
    ["2", "Audit plans", "Principal EP", d("2023-02-28"), "Amber"],
    ["3", "Refresh Local Offer", "LO Manager", d("2023-06-30"), "Green"],
    ["4", "Forum charter", "Participation Lead", d("2022-11-30"), "Complete"],
    ["5", "Therapies pathway", "DCO", d("2023-09-30"), null],
  ],
};

/**
 * Two action-like columns under a band of headings merged over column groups, a title
 * above: each priority action (merged down) has two key activities, one item each. By hand:
 * 8 items (not 4); Green 3, Amber 2, Red 1, Complete 2; complete 2; overdue 3 (rows 6, 7, 9).
 */
export const TWO_ACTION_COLUMNS: XSheet = {
  name: "Priority Action Plan",
  rows: [
    ["Priority Action Plan 2023 – SEND and AP"],
    ["What we will do", null, "Who and when", null, "Progress"],
    ["Priority action", "Key activity", "Lead", "Deadline", "RAG"],
    ["Improve EHC plan timeliness", "Recruit two EHC coordinators", "Head of SEND", d("2023-06-30"), "Green"],
    [null, "Weekly timeliness tracking at SEND board", "Head of SEND", d("2022-12-31"), "Complete"],
    ["Strengthen co-production", "Co-production charter agreed with the forum", "Participation Lead", d("2023-01-31"), "Amber"],
    [null, "Parent carer survey published", "Participation Lead", d("2023-02-28"), "Red"],
    ["Improve transitions to adulthood", "Preparing for adulthood pathway", "PfA Lead", d("2023-09-30"), "Green"],
    [null, "Post-16 places review", "PfA Lead", d("2023-03-15"), "Amber"],
    ["Joint commissioning", "Therapies needs analysis", "DCO", d("2022-10-31"), "Complete"],
    [null, "Equipment budget pooled", "Commissioning Lead", d("2023-07-31"), "Green"],
  ],
  merges: ["A1:E1", "A2:B2", "C2:D2", "A4:A5", "A6:A7", "A8:A9", "A10:A11"],
};

/**
 * Labels the council uses on purpose: Purple (carried over to the next plan) and M
 * (monitoring only). By hand, with Purple added as a rating and M read as Amber: 6 items;
 * Purple 2, Amber 2 (one written M), Green 1, Complete 1; complete 1; overdue 1 (item 3).
 */
export const OWN_LABELS: XSheet = {
  name: "WSOA tracker",
  rows: [
    ["Ref", "Action", "Lead", "Deadline", "RAG"],
    ["1", "Publish the strategy", "AD SEND", d("2023-06-30"), "Purple"],
    ["2", "Recruit coordinators", "Head of SEND", d("2023-09-30"), "Purple"],
    ["3", "EHCP audit", "QA Lead", d("2023-01-31"), "M"],
    ["4", "Forum charter", "PCF", d("2023-06-30"), "Amber"],
    ["5", "Local Offer", "LO Manager", d("2023-07-31"), "Green"],
    ["6", "SENCO training", "Inclusion", d("2022-12-31"), "Complete"],
  ],
};
