import { keyOf } from "../../src/core/specs/format-spec";
import { OUR_TAG, type ConditionalRule, type FormatSpec, type SheetSpec } from "../../src/core/specs/types";
import { RATING_LIST_NAME, STATE_SHEET, stateSheetRows } from "../../src/core/state";
import type { WritePlan } from "../../src/workbook/port";

/** A sheet to start a contract test from, in words every adapter can build. */
export interface FixtureSheet {
  name: string;
  rows: (string | number | null)[][];
  protected?: boolean;
  /** The user's own conditional formats, which we must never touch. */
  userRules?: { range: string; formula: string; fill: string }[];
}

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
