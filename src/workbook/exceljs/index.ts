import type ExcelJS from "exceljs";
import type { ReadOptions, SheetSnapshot, Workbook, WorkbookSnapshot } from "../port";
import { loadXlsx } from "./open-file";
import { readSheet } from "./read-sheet";

/** The Workbook port over an .xlsx file, through ExcelJS. */
export class ExcelJsWorkbook implements Workbook {
  private constructor(readonly workbook: ExcelJS.Workbook, readonly path: string) {}

  static async open(path: string): Promise<ExcelJsWorkbook> {
    return new ExcelJsWorkbook(await loadXlsx(path), path);
  }

  static fromWorkbook(workbook: ExcelJS.Workbook, path = "(memory)"): ExcelJsWorkbook {
    return new ExcelJsWorkbook(workbook, path);
  }

  async read(options: ReadOptions = {}): Promise<WorkbookSnapshot> {
    const sheets: SheetSnapshot[] = this.workbook.worksheets.map((ws) => {
      const wanted = !options.sheets || options.sheets.includes(ws.name);
      return {
        name: ws.name,
        visibility: ws.state === "veryHidden" ? "veryHidden" : ws.state === "hidden" ? "hidden" : "visible",
        protected: Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet),
        grid: wanted ? readSheet(ws) : { values: [], origin: { row: 1, col: 1 } },
      };
    });
    return { sheets };
  }
}
