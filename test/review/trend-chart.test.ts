import { planApply } from "../../src/review/apply";
import type { RatingLook } from "../../src/review/overview";
import { planRecord } from "../../src/review/record";
import { trendChartSpec } from "../../src/review/summary-chart";
import type { SheetSpec } from "../../src/core/specs/types";
import { TREND_CHART_NAME, CHART_NAME } from "../../src/workbook/office-js/chart";
import { addRatingsChart, type RatingsChart } from "../../src/workbook/office-js/chart";
import { ratingsChartSpec } from "../../src/review/summary-chart";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { OfficeJsWorkbook } from "../../src/workbook/office-js";
import type { Workbook } from "../../src/workbook/port";
import { FakeExcel } from "../workbook/fake-excel";

const PLAN = [
  ["Ref", "Workstream", "Milestone", "Deadline", "RAG", "Progress update"],
  ["1.1", "Leadership", "Appoint the head of service", "Mar 2023", "Amber", "Interviews held"],
  ["1.2", "Leadership", "Agree the staffing structure", "Jun 2023", "Green", "On track"],
  ["2.1", "Local Offer", "Publish the Local Offer", "Sep 2023", "Red", ""],
];
const RAG = 5; // column E

/** Records rounds on the given dates, re-rating items between them as `changes` says. */
async function recordRounds(wb: Workbook, setRating: (row: number, label: string) => Promise<void>, rounds: [string, [number, string][]][]) {
  for (const [asAt, changes] of rounds) {
    for (const [row, label] of changes) await setRating(row, label);
    await wb.write(planRecord(await wb.read(), { asAt }).write);
  }
}

const THREE_ROUNDS: [string, [number, string][]][] = [
  ["2023-03-31", []],
  ["2023-06-30", [[2, "Complete"]]],
  ["2023-09-30", [[4, "Amber"]]],
];

async function summaryOf(wb: Workbook, today: string) {
  const planned = planApply(await wb.read(), { today, format: false });
  const ratings: RatingLook[] = planned.resolved.analysis.plan.scheme.ratings.map((r) => ({ label: r.label, meaning: r.meaning, fill: r.fill, font: r.font }));
  return { planned, sheet: planned.write.sheets![0]!, ratings };
}

const cellAt = (sheet: SheetSpec, a1: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  return sheet.rows[Number(m[2]) - 1]?.[m[1]!.charCodeAt(0) - 65]?.value;
};

describe("the trend chart's spec", () => {
  it("charts the trend table's rounds × ratings (no Total, no % complete), in scheme order with the ratings' colours", async () => {
    const memory = MemoryWorkbook.fromRows([{ name: "Plan", rows: PLAN.map((r) => [...r]) }]);
    await recordRounds(memory, async (row, label) => void memory.sheet("Plan")!.values[row - 1]!.splice(RAG - 1, 1, label), THREE_ROUNDS);
    const { sheet, ratings } = await summaryOf(memory, "2023-09-30");
    const spec = trendChartSpec(sheet, ratings)!;
    const labels = [...ratings.map((r) => r.label), "Not rated"];
    expect(spec.labels).toEqual(labels);
    expect(spec.colours).toEqual([...ratings.map((r) => r.fill), "#BFBFBF"]);
    expect(spec.colours).toContain("#C00000"); // Red's fill
    expect(spec.title).toBe("Items by rating at each reporting round");
    // The range is the table as written: "As at" over the three round dates, then one column per rating.
    const m = /^A(\d+):([A-Z])(\d+)$/.exec(spec.range)!;
    const [top, right, bottom] = [Number(m[1]), m[2]!, Number(m[3])];
    expect(bottom - top).toBe(3);
    expect(cellAt(sheet, `A${top - 1}`)).toBe("Trend by reporting round");
    expect(cellAt(sheet, `A${top}`)).toBe("As at");
    expect([1, 2, 3].map((i) => cellAt(sheet, `A${top + i}`))).toEqual(["31 Mar 2023", "30 Jun 2023", "30 Sep 2023"]);
    expect(right).toBe(String.fromCharCode(65 + labels.length));
    expect(cellAt(sheet, `${right}${top}`)).toBe("Not rated");
    expect(cellAt(sheet, `${String.fromCharCode(65 + labels.length + 1)}${top}`)).toBe("Total");
    // Red: 1, 1, 0 across the rounds, in the column the chart's Red series reads.
    const red = String.fromCharCode(66 + labels.indexOf("Red"));
    expect([1, 2, 3].map((i) => cellAt(sheet, `${red}${top + i}`))).toEqual([1, 1, 0]);
    // Beside the table, below the ratings chart (which ends on row 24).
    expect(Number(/\d+/.exec(spec.position.from)![0])).toBeGreaterThanOrEqual(26);
  });

  it("is absent with fewer than two rounds in the table, or no rounds at all", async () => {
    const memory = MemoryWorkbook.fromRows([{ name: "Plan", rows: PLAN.map((r) => [...r]) }]);
    const none = await summaryOf(memory, "2023-03-31");
    expect(trendChartSpec(none.sheet, none.ratings)).toBeNull();
    await memory.write(planRecord(await memory.read(), { asAt: "2023-03-31" }).write);
    const one = await summaryOf(memory, "2023-03-31"); // recorded today: one row
    expect(one.sheet.rows.some((r) => r[0]?.value === "Trend by reporting round")).toBe(true);
    expect(trendChartSpec(one.sheet, one.ratings)).toBeNull();
    const two = await summaryOf(memory, "2023-04-30"); // the round, then the plan now
    expect(trendChartSpec(two.sheet, two.ratings)?.range).toMatch(/^A\d+:[A-Z]\d+$/);
  });
});

describe("Build summary's charts in (fake) Excel, with three recorded rounds", () => {
  /** The pane's click over Office.js: read, plan, write, reload, then the charts in their own Excel.run. */
  async function buildSummary(excel: FakeExcel, wb: OfficeJsWorkbook, withTrend: boolean) {
    excel.resetCounters();
    const { planned, sheet, ratings } = await summaryOf(wb, "2023-10-31");
    await wb.write(planned.write);
    await wb.read();
    const spec = ratingsChartSpec(sheet, planned.resolved.analysis.summary, ratings)!;
    const trend = withTrend ? trendChartSpec(sheet, ratings) : null;
    const before = excel.syncCount;
    await excel.run({ delayForCellEdit: true }, (context) => addRatingsChart(context, spec as RatingsChart, trend));
    return { trend, total: excel.syncCount, chartSyncs: excel.syncCount - before };
  }

  async function recorded() {
    const excel = new FakeExcel([{ name: "Plan", rows: PLAN.map((r) => [...r]) }]);
    const wb = new OfficeJsWorkbook(excel.context, { isSetSupported: excel.isSetSupported });
    await recordRounds(wb, async (row, label) => void excel.sheet("Plan")!.cells.set(`${row},${RAG}`, { value: label }), THREE_ROUNDS);
    return { excel, wb };
  }

  it("adds the trend chart once, a rebuild replaces it, and the click makes no more requests than with one chart", async () => {
    const { excel, wb } = await recorded();
    const first = await buildSummary(excel, wb, true);
    const charts = () => excel.sheet("Summary")!.charts;
    expect(charts().map((c) => [c.name, c.type])).toEqual([[CHART_NAME, "BarStacked"], [TREND_CHART_NAME, "ColumnStacked"]]);
    const trend = charts()[1]!;
    const { range, labels, colours } = first.trend!;
    const [, top, right, bottom] = /^A(\d+):([A-Z]+)(\d+)$/.exec(range)!;
    expect(trend.title).toBe("Items by rating at each reporting round");
    expect(trend.series.map((s) => s.name)).toEqual(labels);
    expect(trend.series.map((s) => s.fill)).toEqual(colours);
    expect(trend.series[0]!.values).toBe(`Summary!B${Number(top) + 1}:B${bottom}`);
    expect(trend.series.at(-1)!.values).toBe(`Summary!${right}${Number(top) + 1}:${right}${bottom}`);
    expect(new Set(trend.series.map((s) => s.categories))).toEqual(new Set([`Summary!A${Number(top) + 1}:A${bottom}`]));
    expect(first.chartSyncs).toBe(2); // as the ratings chart alone took

    const again = await buildSummary(excel, wb, true);
    expect(charts().map((c) => c.name)).toEqual([CHART_NAME, TREND_CHART_NAME]);
    expect(again.total).toBe(first.total);

    // The same click drawing the ratings chart alone: the trend chart costs no request.
    const other = await recorded();
    const alone = await buildSummary(other.excel, other.wb, false);
    expect(other.excel.sheet("Summary")!.charts.map((c) => c.name)).toEqual([CHART_NAME]);
    expect(first.total).toBe(alone.total);
  });

  it("removes our old trend chart when a rebuild has none to draw", async () => {
    const { excel, wb } = await recorded();
    await buildSummary(excel, wb, true);
    await buildSummary(excel, wb, false);
    expect(excel.sheet("Summary")!.charts.map((c) => c.name)).toEqual([CHART_NAME]);
  });
});

describe("the trend chart of the shipped example with three recorded rounds", () => {
  it("covers examples/hounslow-rounds.xlsx's three rounds, every item of each in its stacked column", async () => {
    const path = await import("node:path");
    const { XlsxWorkbook } = await import("../../src/workbook/xlsx/patching-workbook");
    const book = await XlsxWorkbook.open(path.resolve(__dirname, "../../examples/hounslow-rounds.xlsx"));
    const { sheet, ratings } = await summaryOf(book, "2024-12-31");
    const spec = trendChartSpec(sheet, ratings)!;
    const [, top, bottom] = /^A(\d+):[A-Z]+(\d+)$/.exec(spec.range)!;
    expect([1, 2, 3].map((i) => cellAt(sheet, `A${Number(top) + i}`))).toEqual(["31 Mar 2023", "30 Sep 2024", "31 Dec 2024"]);
    expect(Number(bottom)).toBe(Number(top) + 3);
    expect(spec.labels.at(-1)).toBe("Not rated");
    expect(spec.colours).toEqual(spec.labels.map((l) => (l === "Not rated" ? "#BFBFBF" : ratings.find((r) => r.label === l)!.fill)));
    // The series' columns add up to each round's Total (91, then 109 and 109 items): nothing left out of the stack.
    const row = (i: number) => sheet.rows[Number(top) - 1 + i]!;
    const stacked = [1, 2, 3].map((i) => row(i).slice(1, 1 + spec.labels.length).reduce((n, c) => n + Number(c.value), 0));
    expect(stacked).toEqual([1, 2, 3].map((i) => row(i)[1 + spec.labels.length]!.value));
    expect(stacked).toEqual([91, 109, 109]);
  }, 30000);
});
