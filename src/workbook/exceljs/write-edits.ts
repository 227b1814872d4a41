import type ExcelJS from "exceljs";
import type { CellEdit } from "../../core/specs/types";

/** Write each edit's value; the cell keeps its style. The preflight has checked each `before`. */
export function writeEdits(workbook: ExcelJS.Workbook, edits: CellEdit[]): void {
  for (const e of edits) workbook.getWorksheet(e.sheet)!.getCell(e.cell).value = e.after;
}
