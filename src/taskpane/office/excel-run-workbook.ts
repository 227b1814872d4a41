import type { ReadOptions, Workbook, WorkbookSnapshot, WritePlan } from "../../workbook/port";
import { OfficeJsWorkbook, type ExcelContext, type OfficeJsOptions } from "../../workbook/office-js";

/** `Excel.run` with options, as Office gives it (injected in tests: the fake Excel has its own). */
export type ExcelRun = <T>(options: { delayForCellEdit?: boolean }, batch: (context: ExcelContext) => Promise<T>) => Promise<T>;

const officeRun: ExcelRun = (options, batch) => Excel.run(options, (context) => batch(context as unknown as ExcelContext));

/**
 * The Office.js adapter, one `Excel.run` per command, as Microsoft recommends for task panes:
 * each write re-reads what it needs inside its own batch (co-authors may have changed the
 * workbook since the pane last read it). `delayForCellEdit`: a click while the user is typing
 * in a cell waits until they leave the cell, instead of failing (Excel.RunOptions).
 */
export class ExcelRunWorkbook implements Workbook {
  /** What the last write could not do in this Excel, in words (from the adapter). */
  skipped: string[] = [];

  constructor(private readonly excelRun: ExcelRun = officeRun, private readonly options: OfficeJsOptions = {}) {}

  private run<T>(work: (wb: OfficeJsWorkbook) => Promise<T>): Promise<T> {
    return this.excelRun({ delayForCellEdit: true }, (context) => work(new OfficeJsWorkbook(context, this.options)));
  }

  read(options?: ReadOptions): Promise<WorkbookSnapshot> {
    return this.run((wb) => wb.read(options));
  }

  write(plan: WritePlan): Promise<void> {
    return this.run(async (wb) => {
      await wb.write(plan);
      this.skipped = wb.skipped;
    });
  }

  select(sheet: string, cell: string): Promise<void> {
    return this.run((wb) => wb.select(sheet, cell));
  }
}
