import type ExcelJS from "exceljs";
import { proveOwnership } from "../../core/ownership-proof";
import { sameSheetName } from "../../core/sheet-names";
import { STATE_SHEET } from "../../core/state";
import type { ReadOptions, SheetSnapshot, Workbook, WorkbookSnapshot, WritePlan } from "../port";
import { isProtected } from "./internals";
import { loadXlsx } from "./open-file";
import { readSheet } from "./read-sheet";
import { assertNotSameFile, writeFileAtomically } from "./save-file";
import { executeWritePlan } from "./write-plan";

/** The Workbook port over an .xlsx file, through ExcelJS. */
export class ExcelJsWorkbook implements Workbook {
  /** `bytes`: the file as opened, for checks that look inside the zip (carry-over). */
  private constructor(readonly workbook: ExcelJS.Workbook, readonly path: string, readonly bytes?: Uint8Array) {}

  static async open(path: string): Promise<ExcelJsWorkbook> {
    const { workbook, bytes } = await loadXlsx(path);
    return new ExcelJsWorkbook(workbook, path, bytes);
  }

  static fromWorkbook(workbook: ExcelJS.Workbook, path = "(memory)"): ExcelJsWorkbook {
    return new ExcelJsWorkbook(workbook, path);
  }

  async read(options: ReadOptions = {}): Promise<WorkbookSnapshot> {
    return this.snapshot((name) => !options.sheets || options.sheets.some((n) => sameSheetName(n, name)));
  }

  /**
   * The sheets, with ownership proved from the workbook's names (ownership-proof.ts). ExcelJS
   * does not read Review › Protect Workbook (`structureProtected` stays unknown, false): the
   * package reader that replaces it does.
   */
  private snapshot(wanted: (name: string) => boolean): WorkbookSnapshot {
    const sheets: SheetSnapshot[] = this.workbook.worksheets.map((ws) => ({
      name: ws.name,
      visibility: ws.state === "veryHidden" ? "veryHidden" : ws.state === "hidden" ? "hidden" : "visible",
      protected: isProtected(ws),
      grid: wanted(ws.name) ? readSheet(ws) : { values: [], origin: { row: 1, col: 1 } },
    }));
    const names = (this.workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    proveOwnership(sheets, names.filter((n) => n.ranges.length === 1).map((n) => ({ name: n.name, formula: n.ranges[0]! })));
    return { sheets };
  }

  /** Execute the plan in memory (all checks first: a refusal changes nothing); `save` writes the file. */
  async write(plan: WritePlan): Promise<void> {
    // Only our own sheets' cells are needed to prove ownership (the settings and a legacy summary).
    const snapshot = this.snapshot((name) => sameSheetName(name, STATE_SHEET) || (plan.sheets ?? []).some((s) => sameSheetName(s.name, name)));
    executeWritePlan(this.workbook, snapshot, plan);
  }

  /** Write the workbook to a new file, whole or not at all; never over the file it was opened from. */
  async save(path: string): Promise<void> {
    if (this.path !== "(memory)") await assertNotSameFile(this.path, path);
    const data = await this.workbook.xlsx.writeBuffer();
    await writeFileAtomically(path, new Uint8Array(data as ArrayBuffer));
  }
}
