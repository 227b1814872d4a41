import type ExcelJS from "exceljs";
import type { ReadOptions, SheetSnapshot, Workbook, WorkbookSnapshot, WritePlan } from "../port";
import { isProtected } from "./internals";
import { loadXlsx } from "./open-file";
import { readSheet } from "./read-sheet";
import { assertNotSameFile, writeFileAtomically } from "./save-file";
import { executeWritePlan } from "./write-plan";

/** The Workbook port over an .xlsx file, through ExcelJS. */
export class ExcelJsWorkbook implements Workbook {
  /** `bytes`: the file as opened. (The CLI writes through src/workbook/xlsx now; this adapter writes the examples.) */
  private constructor(readonly workbook: ExcelJS.Workbook, readonly path: string, readonly bytes?: Uint8Array) {}

  static async open(path: string): Promise<ExcelJsWorkbook> {
    const { workbook, bytes } = await loadXlsx(path);
    return new ExcelJsWorkbook(workbook, path, bytes);
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
        protected: isProtected(ws),
        grid: wanted ? readSheet(ws) : { values: [], origin: { row: 1, col: 1 } },
      };
    });
    return { sheets };
  }

  /** Execute the plan in memory (all checks first: a refusal changes nothing); `save` writes the file. */
  async write(plan: WritePlan): Promise<void> {
    executeWritePlan(this.workbook, plan);
  }

  /** Write the workbook to a new file, whole or not at all; never over the file it was opened from. */
  async save(path: string): Promise<void> {
    if (this.path !== "(memory)") await assertNotSameFile(this.path, path);
    const data = await this.workbook.xlsx.writeBuffer();
    await writeFileAtomically(path, new Uint8Array(data as ArrayBuffer));
  }
}
