/**
 * Two more playground workbooks (`?example=colour`, `?example=status`): a plan whose ratings
 * are shown only by the cell's colour, and one rated in status words. Data only; the hook in
 * index.tsx loads one instead of the default example.
 */
import type { CellValue } from "../core/grid";
import type { MemoryWorkbook, SheetRows } from "../workbook/memory";
import { serialOf } from "../workbook/memory";

const DATE = "dd/mm/yyyy";
type Cell = CellValue | { date: string } | { fill: string; text?: string };

const HEADER = ["Ref", "Action", "Lead", "Deadline", "RAG", "Progress update"];

/** Ratings as fills, as many councils keep them: Excel's red, amber (a theme colour), green, blue; one purple. */
const COLOUR_ROWS: Cell[][] = [
  ["Anytown SEND Priority Action Plan: RAG by colour"],
  [],
  HEADER,
  ["1.1", "Recruit two EHC plan coordinators", "Head of SEND", { date: "2023-01-31" }, { fill: "#FF0000" }, "Posts re-advertised."],
  ["1.2", "Audit every new EHC plan", "Principal EP", { date: "2023-02-28" }, { fill: "#FFC000" }, "Audit tool agreed."],
  ["1.3", "Refresh the Local Offer website", "Local Offer Manager", { date: "2023-06-30" }, { fill: "#00B050" }, "Content review under way."],
  ["2.1", "Parent carer forum charter", "Participation Lead", { date: "2022-11-30" }, { fill: "#0070C0" }, "Signed in November."],
  ["2.2", "SENCO training programme", "Inclusion Lead", { date: "2022-12-31" }, { fill: "#00B0F0" }, "Delivered."],
  ["2.3", "Joint commissioning strategy", "Director of Commissioning", { date: "2023-03-01" }, { fill: "#7030A0" }, "Carried over to next year."],
  ["3.1", "Therapies pathway redesign", "Designated Clinical Officer", { date: "2023-06-30" }, { fill: "#FF0000", text: "Green" }, "Workshop held."],
  ["3.2", "Home to school transport policy", "Transport Lead", { date: "2023-07-31" }, { fill: "#FFC000" }, ""],
];

/** Status words, as a programme tracker writes them. */
const STATUS_ROWS: Cell[][] = [
  ["Anytown SEND Improvement Plan: progress tracker"],
  [],
  ["Ref", "Action", "Lead", "Due date", "Progress status", "Update"],
  ["1", "Publish the SEND strategy", "AD SEND", { date: "2022-12-31" }, "Not started", "Awaiting sign-off."],
  ["2", "Recruit EHC coordinators", "Head of SEND", { date: "2023-01-31" }, "In progress", "Two of four in post."],
  ["3", "Refresh the Local Offer", "Local Offer Manager", { date: "2023-06-30" }, "On track", ""],
  ["4", "Audit EHC plans", "Principal EP", { date: "2023-02-28" }, "At risk", "Health input short."],
  ["5", "Clear the annual review backlog", "Casework Manager", { date: "2023-03-01" }, "Delayed", ""],
  ["6", "Joint commissioning strategy", "Director of Commissioning", { date: "2023-09-30" }, "Off track", ""],
  ["7", "Parent carer forum charter", "Participation Lead", { date: "2022-11-30" }, "Complete", ""],
  ["8", "Training for SENCOs", "Inclusion Lead", { date: "2023-01-15" }, "Completed", ""],
];

const isDate = (c: Cell): c is { date: string } => typeof c === "object" && c !== null && !(c instanceof Date) && "date" in c;
const isFill = (c: Cell): c is { fill: string; text?: string } => typeof c === "object" && c !== null && !(c instanceof Date) && "fill" in c;

function sheetOf(name: string, cells: Cell[][]): SheetRows {
  return {
    name,
    rows: cells.map((r) => r.map((c) => (isDate(c) ? serialOf(c.date) : isFill(c) ? c.text ?? null : c))),
    numberFormats: cells.map((r) => r.map((c) => (isDate(c) ? DATE : null))),
  };
}

export const MORE_EXAMPLES = {
  colour: { sheet: "PAP", rows: COLOUR_ROWS },
  status: { sheet: "Tracker", rows: STATUS_ROWS },
} as const;
export type MoreExample = keyof typeof MORE_EXAMPLES;

/** The sheets of one of these examples, for MemoryWorkbook.fromRows. */
export function moreExampleSheets(which: MoreExample): SheetRows[] {
  const { sheet, rows } = MORE_EXAMPLES[which];
  return [sheetOf(sheet, rows)];
}

/** Paint the example's fills (the colour-only ratings) and set readable column widths. */
export function dressMoreExample(memory: MemoryWorkbook, which: MoreExample): void {
  const { sheet: name, rows } = MORE_EXAMPLES[which];
  const sheet = memory.sheet(name)!;
  sheet.columnWidths = [6, 36, 26, 12, 14, 34];
  rows.forEach((r, i) => r.forEach((c, j) => {
    if (isFill(c)) sheet.styles.set(`${String.fromCharCode(65 + j)}${i + 1}`, { fill: c.fill });
  }));
}
