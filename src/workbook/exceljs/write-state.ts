import type ExcelJS from "exceljs";
import type { WritePlan } from "../port";
import { freshSheet } from "./write-sheet";

/** Replace our very hidden state sheet whole (created last in tab order if missing). */
export function writeStateSheet(workbook: ExcelJS.Workbook, state: NonNullable<WritePlan["stateSheet"]>): void {
  const ws = freshSheet(workbook, state.name, undefined, "veryHidden");
  ws.state = "veryHidden";
  state.rows.forEach((row, r) => row.forEach((value, c) => {
    if (value !== null) ws.getCell(r + 1, c + 1).value = value;
  }));
}
