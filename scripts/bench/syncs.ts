/**
 * Round trips per command through the Office.js adapter over the strict fake Excel, which
 * counts `context.sync()` calls and the bytes of each request and response.
 */
import type { CellValue } from "../../src/core/grid";
import { planApply } from "../../src/review/apply";
import { checkSnapshot } from "../../src/review/check";
import { planNewPlan } from "../../src/review/new-plan";
import { OfficeJsWorkbook } from "../../src/workbook/office-js";
import { FakeExcel } from "../../test/workbook/fake-excel";
import { generatePlanRows, type Layout } from "./generate-plan";

export type Command = "validate" | "apply" | "summary" | "newPlan";
export interface SyncFigures {
  syncs: Record<Command, Record<string, number>>;
  maxRequestBytes: number;
  maxResponseBytes: number;
}

const TODAY = "2023-03-31";

/** Office.js gives text and numbers only: the fake refuses anything else, as Excel does. */
function officeRows(rows: CellValue[][]): (string | number | boolean | null)[][] {
  return rows.map((r) => r.map((v) => (v instanceof Date ? null : v)));
}

/**
 * One command as the task pane runs it (src/taskpane/office/excel-run-workbook.ts): the read in
 * one `Excel.run`, each write in another, with a new adapter each time — so a write re-reads
 * what it needs inside its own batch, as co-authoring requires.
 */
async function runCommand(command: Command, rows: CellValue[][]): Promise<FakeExcel> {
  const excel = new FakeExcel([{ name: "Plan", rows: officeRows(rows) }, { name: "Cover", rows: [["Cover page"]] }]);
  const run = () => new OfficeJsWorkbook(excel.context, { isSetSupported: excel.isSetSupported });
  const snapshot = await run().read();
  if (command === "validate") checkSnapshot(snapshot, { today: TODAY });
  if (command === "apply") await run().write(planApply(snapshot, { today: TODAY, summary: false }).write);
  if (command === "summary") await run().write(planApply(snapshot, { today: TODAY, format: false }).write);
  if (command === "newPlan") for (const write of planNewPlan(snapshot, { scheme: "rag" }).writes) await run().write(write);
  return excel;
}

export async function measureSyncs(sizes: number[], layout: Layout = "thurrock"): Promise<SyncFigures> {
  const figures: SyncFigures = { syncs: { validate: {}, apply: {}, summary: {}, newPlan: {} }, maxRequestBytes: 0, maxResponseBytes: 0 };
  for (const size of sizes) {
    const rows = generatePlanRows(layout, size);
    for (const command of Object.keys(figures.syncs) as Command[]) {
      const excel = await runCommand(command, rows);
      figures.syncs[command][String(size)] = excel.syncCount;
      figures.maxRequestBytes = Math.max(figures.maxRequestBytes, excel.maxBatchBytes);
      figures.maxResponseBytes = Math.max(figures.maxResponseBytes, excel.maxResponseBytes);
    }
  }
  return figures;
}
