/**
 * What a user's click costs in Excel: round trips and bytes each way, for each task pane
 * button, over the strict fake Excel holding a realistic workbook (./workbook.ts).
 *
 * The clicks are the pane's handlers (src/taskpane/hooks/useTracker.ts) without React: the same
 * use cases and host calls in the same order, on the pane's real Excel host (`officeHost()`:
 * ExcelRunWorkbook, one `Excel.run` per read or write, and the chart). When the handlers move
 * (the pane is being restructured), repoint the functions in CLICKS and nothing else.
 */
import { planApply } from "../../src/review/apply";
import { checkSnapshot } from "../../src/review/check";
import { planFix } from "../../src/review/fix";
import { planNewPlan } from "../../src/review/new-plan";
import type { PaneHost } from "../../src/taskpane/host";
import { officeHost } from "../../src/taskpane/office/office-host";
import { FakeExcel, type FakeSheetInput } from "../../test/workbook/fake-excel";
import { PLAN_SHEET, realisticWorkbook } from "./workbook";

export type Click = "validate" | "apply" | "summary" | "fix" | "newPlan" | "record";
export interface ClickCost {
  syncs: number;
  bytesSent: number;
  bytesReceived: number;
}

const TODAY = "2023-03-31";

/** useTracker's `check()`: read, check, refresh the overview. */
async function check(host: PaneHost) {
  const snapshot = await host.workbook.read();
  return { snapshot, resolved: checkSnapshot(snapshot, { today: host.today() }) };
}

/** Each button, as its handler runs it. Null: the button does not exist on this branch. */
export const CLICKS: Record<Click, ((host: PaneHost) => Promise<string | void>) | null> = {
  // validate → revalidate() → check()
  validate: async (host) => {
    await check(host);
  },
  // applyFormatting: read, plan, write, check() to refresh the overview
  apply: async (host) => {
    const { write } = planApply(await host.workbook.read(), { today: host.today(), format: true, summary: false });
    await host.workbook.write(write);
    await check(host);
  },
  // buildSummary: read, plan, write, check(), then the chart in its own Excel.run
  summary: async (host) => {
    const { write, resolved } = planApply(await host.workbook.read(), { today: host.today(), format: false });
    await host.workbook.write(write);
    await check(host);
    if (host.chart.kind === "unavailable" || !write.sheets?.[0]) return "no chart: host says unavailable";
    const { ratingsChartSpec, trendChartSpec } = await import("../../src/review/summary-chart");
    const ratings = resolved.analysis.plan.scheme.ratings.map((r) => ({ label: r.label, meaning: r.meaning, fill: r.fill, font: r.font }));
    const spec = ratingsChartSpec(write.sheets[0], resolved.analysis.summary, ratings);
    if (!spec) return "no chart: no workstreams";
    try {
      await host.chart.run(spec, trendChartSpec(write.sheets[0], ratings));
    } catch (e) {
      return `chart failed (${(e as Error).message})`;
    }
  },
  // fix(): read, plan, write the edits, revalidate()
  fix: async (host) => {
    const { edits } = planFix(await host.workbook.read(), { today: host.today() });
    if (edits.length === 0) return "nothing to fix";
    await host.workbook.write({ edits });
    await check(host);
  },
  // newPlan: read, plan, each write, check()
  newPlan: async (host) => {
    const { writes } = planNewPlan(await host.workbook.read(), { scheme: "rag", name: "New plan" });
    for (const w of writes) await host.workbook.write(w);
    await check(host);
  },
  // "Record this round" (issue 11) is not on this branch: measured once it exists.
  record: null,
};

/** The pane's own host, its `Excel` and `Office` globals pointed at a fake Excel. */
function paneHostOver(excel: FakeExcel): PaneHost {
  const g = globalThis as Record<string, unknown>;
  g.Office = { context: { requirements: { isSetSupported: excel.isSetSupported } } };
  g.Excel = {
    run: <T>(work: (context: unknown) => Promise<T>) => work(excel.context),
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
  const note = await run(paneHostOver(excel));
  const batches = excel.batches;
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
