import type ExcelJS from "exceljs";
import { readState } from "../../core/state";
import type { WritePlan } from "../port";
import { readSheet } from "./read-sheet";
import { freshSheet } from "./write-sheet";

/** The sheets our state sheet lists as ours, as it stands before we write (none if it is missing or damaged). */
export function ownedSheets(workbook: ExcelJS.Workbook, stateSheet: string): string[] {
  const ws = workbook.getWorksheet(stateSheet);
  if (!ws) return [];
  const read = readState(readSheet(ws));
  return read.ok ? read.state.ownedSheets : [];
}

/** Replace our very hidden state sheet whole (created last in tab order if missing). */
export function writeStateSheet(workbook: ExcelJS.Workbook, state: NonNullable<WritePlan["stateSheet"]>): void {
  const ws = freshSheet(workbook, state.name, undefined, "veryHidden");
  ws.state = "veryHidden";
  state.rows.forEach((row, r) => row.forEach((value, c) => {
    if (value !== null) ws.getCell(r + 1, c + 1).value = value;
  }));
}
