import type { ReadOptions, Workbook, WorkbookSnapshot, WritePlan } from "../../workbook/port";
import { OfficeJsWorkbook, type ExcelContext } from "../../workbook/office-js";

/**
 * The Office.js adapter, one `Excel.run` per command, as Microsoft recommends for task panes:
 * each write re-reads what it needs inside its own batch (co-authors may have changed the
 * workbook since the pane last read it).
 */
export class ExcelRunWorkbook implements Workbook {
  /** What the last write could not do in this Excel, in words (from the adapter). */
  skipped: string[] = [];

  private run<T>(work: (wb: OfficeJsWorkbook) => Promise<T>): Promise<T> {
    return Excel.run((context) => work(new OfficeJsWorkbook(context as unknown as ExcelContext)));
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
