import { keyOf } from "../../src/core/specs/format-spec";
import { OUR_TAG, type ConditionalRule, type FormatSpec, type SheetSpec } from "../../src/core/specs/types";
import { RATING_LIST_NAME, STATE_SHEET, stateSheetRows } from "../../src/core/state";
import type { WritePlan } from "../../src/workbook/port";

/** A sheet to start a contract test from, in words every adapter can build. */
export interface FixtureSheet {
  name: string;
  rows: (string | number | null)[][];
  protected?: boolean;
  /** The user's own conditional formats, which we must never touch (in priority order). */
  userRules?: { range: string; formula: string; fill: string }[];
  /** Cells holding formulas: A1 → formula (with "="); `rows` holds their results. */
  formulas?: Record<string, string>;
  visibility?: "veryHidden";
}

/** How a contract test sets up the workbook around its sheets. */
export interface FixtureOptions {
  /** Review › Protect Workbook. */
  structureProtected?: boolean;
}

/** Three rules of the user's own on the rating column: they must survive every apply. */
export const USER_RATING_RULES = [
  { range: "E3:E20", formula: '$E3="Red"', fill: "#FF9999" },
  { range: "E3:E20", formula: '$E3="Amber"', fill: "#FFCC99" },
  { range: "E3:E20", formula: 'ISBLANK($E3)', fill: "#EEEEEE" },
];

/** Summary text Excel would read as a formula, number or date if written through Range.values. */
export const TRICKY_TEXT = ["- Review", "=SUM(A1)", "3.1", "1.10", "31 Oct 2022", "1/2", "+44 20 7946 0000", "TRUE", "50%"];

/** Our settings sheet as versions before ownership markers wrote it (very hidden, B3 lists our sheets). */
export function legacyStateSheet(owned: string[]): FixtureSheet {
  return { name: STATE_SHEET, rows: stateSheetRows({ config: { version: 1 }, ownedSheets: owned }, LABELS).rows, visibility: "veryHidden" };
}

/** A summary sheet as the add-in wrote it before ownership markers. */
export const LEGACY_SUMMARY: FixtureSheet = {
  name: "Summary",
  rows: [["Plan: progress summary"], ["As at 01/12/2024. 1 of 3 items complete (33.3%); 1 overdue."], [null], ["Rating key"], ["Red", "Not started"]],
};

export const PLAN: FixtureSheet = {
  name: "Plan",
  rows: [
    ["Improvement plan", null, null, null, null],
    ["Ref", "Action", "Lead", "Deadline", "RAG"],
    ["1.1", "Recruit two EPs", "Jo Smith", "March 2025", "Red"],
    ["1.2", "Train SENCOs", "Al Khan", "June 2025", "amber "],
    ["2.1", "Publish the local offer", "Jo Smith", 45838, "Green"],
  ],
};

export const USER_RULE = { range: "C3:C20", formula: '$C3="Jo Smith"', fill: "#FFFF00" };

const LABELS = ["Red", "Amber", "Green"];
const COLOURS: Record<string, { fill: string; font: string }> = {
  Red: { fill: "#C00000", font: "#FFFFFF" },
  Amber: { fill: "#FFC000", font: "#000000" },
  Green: { fill: "#00B050", font: "#000000" },
};

/** The formatting apply would write for PLAN: one rule per rating on E3:E105, an overdue rule, a dropdown. */
export function planFormat(sheet = PLAN.name): FormatSpec {
  const rules: ConditionalRule[] = LABELS.map((label) => ({
    purpose: "rating" as const,
    label,
    range: "E3:E105",
    formula: `AND(${OUR_TAG},${keyOf("$E3")}="${label.toUpperCase()}")`,
    style: COLOURS[label]!,
  }));
  rules.push({ purpose: "overdue", range: "D3:D105", formula: `AND(${OUR_TAG},ISNUMBER($D3),$D3<TODAY())`, style: { fill: "#FFD7D7", font: "#8B0000" } });
  return {
    sheet,
    rules,
    validations: [{ range: "E3:E105", listName: RATING_LIST_NAME, errorStyle: "stop", prompt: "Rating: Red, Amber, Green" }],
    lists: [{ name: RATING_LIST_NAME, sheet: STATE_SHEET, range: "$D$2:$D$4" }],
  };
}

/** A small summary sheet whose lines show which version was written. */
export function summarySheet(lines: string[], name = "Summary"): SheetSpec {
  return {
    name,
    rows: [[{ value: "WSOA summary", style: { bold: true, size: 14 } }, { value: "as at 31/01/2025" }], ...lines.map((l, i) => [{ value: l, style: { border: true, fill: "#D9D9D9" } }, { value: i + 1, style: { border: true, numberFormat: "0" } }])],
    columnWidths: [40, 12],
    merges: [],
    print: { orientation: "landscape", fitToWidth: 1, fitToHeight: 0, repeatRows: "2:2", footer: "&LWSOA summary&RPage &P of &N" },
    freezeRows: 1,
  };
}

export function stateRows(owned: string[]) {
  return { name: STATE_SHEET, rows: stateSheetRows({ config: { version: 1 }, ownedSheets: owned }, LABELS).rows };
}

/** What `apply` writes: formatting, the summary, and our state sheet. */
export function applyPlan(lines = ["Workstream 1", "Workstream 2", "Workstream 3"]): WritePlan {
  return { format: planFormat(), sheets: [summarySheet(lines)], stateSheet: stateRows(["Summary"]), activate: "Summary" };
}
