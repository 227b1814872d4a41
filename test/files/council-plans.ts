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
