/**
 * What a user's click costs in Excel: round trips and bytes each way, for each task pane
 * button, over the strict fake Excel holding a realistic workbook (./workbook.ts).
 *
 * The clicks are the pane's handlers (src/taskpane/hooks/useTracker.ts) without React: the same
 * use cases and host calls in the same order, on the pane's real Excel host (`officeHost()`:
 * ExcelRunWorkbook, one `Excel.run` per read or write, and the chart). When the handlers move
 * (the pane is being restructured), repoint the functions in CLICKS and nothing else.
 */
import { afterWrite } from "../../src/review/after-write";
import { planApply } from "../../src/review/apply";
import { loadPlan } from "../../src/review/load-plan";
import { planFix } from "../../src/review/fix";
import { planNewPlan } from "../../src/review/new-plan";
import { previewApply, previewFix } from "../../src/review/preview";
import { planRecord } from "../../src/review/record";
import { ratingsChartSpec, trendChartSpec } from "../../src/review/summary-chart";
import type { PaneHost } from "../../src/taskpane/host";
import { officeHost } from "../../src/taskpane/office/office-host";
import type { WorkbookSnapshot } from "../../src/workbook/port";
import { FakeExcel, type FakeSheetInput } from "../../test/workbook/fake-excel";
import { PLAN_SHEET, realisticWorkbook } from "./workbook";

export type Click = "validate" | "apply" | "summary" | "fix" | "newPlan" | "record";
export interface ClickCost {
  syncs: number;
  bytesSent: number;
  bytesReceived: number;
}

const TODAY = "2023-03-31";

/**
 * The pane as useTracker holds it once open: the snapshot it shows (`shown`), read when the
 * pane opened (not counted: it is no click's cost). `reload` is useTracker's: a fresh read
 * unless it is given the snapshot a write left.
 */
interface Pane {
  host: PaneHost;
  shown: WorkbookSnapshot;
  current: string | null;
}
function reload(pane: Pane, snapshot: WorkbookSnapshot | null): Promise<void> | void {
  if (!snapshot) return pane.host.workbook.read().then((s) => reload(pane, s));
  pane.shown = snapshot;
  const load = loadPlan(snapshot, pane.host.today());
  pane.current = load.kind === "ready" ? load.overview.sheet : null;
}

/**
 * Each button, as its handler runs it, through the user's "Confirm" on the preview. Null: the
 * button does not exist on this branch.
 */
export const CLICKS: Record<Click, ((pane: Pane) => Promise<string | void>) | null> = {
  // validate(): a fresh read (the user asks for the workbook as it is now), check, show.
  validate: async (pane) => {
    await reload(pane, null);
  },
  // applyFormatting(): preview from the snapshot shown, confirm, write, refresh from the write.
  apply: async (pane) => {
    const snapshot = pane.shown;
    const planned = planApply(snapshot, { today: pane.host.today(), sheet: pane.current ?? undefined, format: true, summary: false });
    previewApply(snapshot, planned, "Apply formatting?", "Apply formatting");
    await pane.host.workbook.write(planned.write);
    await reload(pane, afterWrite(snapshot, planned.write));
  },
  // buildSummary(): a fresh read (the preview warns of edits on the summary, which the write
  // does not re-check), confirm, write, refresh from the write; then the charts in their own Excel.run.
  summary: async (pane) => {
    const { host } = pane;
    const snapshot = await host.workbook.read();
    const planned = planApply(snapshot, { today: host.today(), sheet: pane.current ?? undefined, format: false });
    previewApply(snapshot, planned, "Build the summary sheet?", "Build summary");
    await host.workbook.write(planned.write);
    await reload(pane, afterWrite(snapshot, planned.write));
    const load = loadPlan(pane.shown, host.today());
    if (host.chart.kind === "unavailable" || load.kind !== "ready") return "no chart: host says unavailable";
    const spec = ratingsChartSpec(planned.write.sheets![0]!, planned.resolved.analysis.summary, load.overview.ratings);
    const trend = trendChartSpec(planned.write.sheets![0]!, load.overview.ratings);
    if (!spec) return "no chart: no workstreams";
    try {
      await host.chart.run(spec, trend);
    } catch (e) {
      return `chart failed (${(e as Error).message})`;
    }
  },
  // fix(undefined): preview every fix from the snapshot shown, confirm, write, refresh from the edits.
  fix: async (pane) => {
    const snapshot = pane.shown;
    const { edits, skipped } = planFix(snapshot, { today: pane.host.today(), sheet: pane.current ?? undefined });
    if (edits.length === 0) return "nothing to fix";
    previewFix(snapshot, { edits }, skipped.map((s) => s.cell));
    await pane.host.workbook.write({ edits });
    await reload(pane, afterWrite(snapshot, { edits }));
  },
  // newPlan(): a fresh read, each write, a fresh read (a user's new sheet is not patched in).
  newPlan: async (pane) => {
    const { writes } = planNewPlan(await pane.host.workbook.read(), { scheme: "rag", name: "New plan", current: pane.current });
    for (const w of writes) await pane.host.workbook.write(w);
    await reload(pane, null);
  },
  // "Record this round" has no pane button yet: the use case as `wsoa record` runs it (read, write).
  record: async (pane) => {
    const planned = planRecord(await pane.host.workbook.read(), { asAt: pane.host.today(), sheet: pane.current ?? undefined });
    await pane.host.workbook.write(planned.write);
    return "record: no pane button yet; measured as `wsoa record` runs it (read, plan, write)";
  },
};

/** The pane's own host, its `Excel` and `Office` globals pointed at a fake Excel. */
function paneHostOver(excel: FakeExcel): PaneHost {
  const g = globalThis as Record<string, unknown>;
  g.Office = { context: { requirements: { isSetSupported: excel.isSetSupported } } };
  g.Excel = {
    // Excel.run(batch) or Excel.run(options, batch), as Office.js takes either.
    run: <T>(a: unknown, b?: (context: unknown) => Promise<T>) => (typeof a === "function" ? (a as (context: unknown) => Promise<T>) : b!)(excel.context),
    ChartType: { barStacked: "BarStacked" },
    ChartSeriesBy: { columns: "Columns" },
    ChartLegendPosition: { bottom: "Bottom" },
  };
  return { ...officeHost(), today: () => TODAY };
}

/** One click on a fresh copy of the workbook: its round trips and bytes each way. */
export async function measureClick(click: Click, sheets: FakeSheetInput[]): Promise<ClickCost & { note?: string; maxRequestBytes: number; maxResponseBytes: number }> {
  const run = CLICKS[click];
  if (!run) throw new Error(`${click}: no such button on this branch`);
  const excel = new FakeExcel(sheets);
  const pane: Pane = { host: paneHostOver(excel), shown: { sheets: [] }, current: null };
  await reload(pane, null); // the pane opening: not this click's cost
  const opened = excel.batches.length;
  const note = await run(pane);
  const batches = excel.batches.slice(opened);
  return {
    syncs: batches.length,
    bytesSent: batches.reduce((s, b) => s + b.requestBytes, 0),
    bytesReceived: batches.reduce((s, b) => s + b.responseBytes, 0),
    maxRequestBytes: excel.maxBatchBytes,
    maxResponseBytes: excel.maxResponseBytes,
    ...(note ? { note } : {}),
  };
}

/** The plan sheet's own values and number formats, as Excel sends them for its used range. */
export async function planSheetBytes(sheets: FakeSheetInput[]): Promise<number> {
  const excel = new FakeExcel(sheets.filter((s) => s.name === PLAN_SHEET));
  const used = excel.context.workbook.worksheets.getItem(PLAN_SHEET).getUsedRangeOrNullObject();
  used.load("values,numberFormat");
  await excel.context.sync();
  return excel.batches[0]!.responseBytes;
}

export interface ClickFigures {
  clicks: Partial<Record<Click, Record<string, ClickCost>>>;
  planSheetBytes: Record<string, number>;
  notes: string[];
  maxRequestBytes: number;
  maxResponseBytes: number;
}

export async function measureClicks(sizes: number[]): Promise<ClickFigures> {
  const figures: ClickFigures = { clicks: {}, planSheetBytes: {}, notes: [], maxRequestBytes: 0, maxResponseBytes: 0 };
  for (const rows of sizes) {
    const sheets = realisticWorkbook(rows);
    figures.planSheetBytes[String(rows)] = await planSheetBytes(sheets);
    for (const click of Object.keys(CLICKS) as Click[]) {
      if (!CLICKS[click]) {
        if (rows === sizes[0]) figures.notes.push(`${click}: no such click on this branch, not measured`);
        continue;
      }
      const { note, maxRequestBytes, maxResponseBytes, ...cost } = await measureClick(click, sheets);
      (figures.clicks[click] ??= {})[String(rows)] = cost;
      if (note) figures.notes.push(`${click} at ${rows} rows: ${note}`);
      figures.maxRequestBytes = Math.max(figures.maxRequestBytes, maxRequestBytes);
      figures.maxResponseBytes = Math.max(figures.maxResponseBytes, maxResponseBytes);
    }
  }
  return figures;
}
