import { columnLetter, parseA1Range } from "../../core/address";
import type { ChartSpec } from "../../core/specs/types";
import type { ExcelContext, WorksheetApi } from "./excel-api";

/** Our charts' names on the summary sheet, so a rebuild replaces them rather than adding more. */
export const CHART_NAME = "WSOA ratings by workstream";
export const TREND_CHART_NAME = "WSOA ratings by round";

export type RatingsChart = ChartSpec;

/**
 * Queues one chart with its series set explicitly (ExcelApi 1.7): one per rating column, with
 * the first column as categories. Left to itself Excel guesses series from the table, and a
 * workstream column of numbers (4.1, 4.2) became a series of its own, so colouring "series i"
 * failed after the chart was added (audit F13). The chart starts from the first rating column
 * alone (a heading over numbers: one series whatever Excel guesses), and each further series is
 * added, never looked up by a position Excel chose.
 */
function queueChart(ws: WorksheetApi, name: string, type: string, spec: RatingsChart): void {
  const { top, left, bottom } = parseA1Range(spec.range);
  const column = (i: number) => columnLetter(left + 1 + i);
  const categories = ws.getRange(`${columnLetter(left)}${top + 1}:${columnLetter(left)}${bottom}`);
  const chart = ws.charts.add(type, ws.getRange(`${column(0)}${top}:${column(0)}${bottom}`), "Columns");
  chart.name = name;
  chart.title.text = spec.title;
  chart.legend.position = "Bottom";
  chart.setPosition(spec.position.from, spec.position.to);
  spec.labels.forEach((label, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(label);
    series.name = label;
    series.setValues(ws.getRange(`${column(i)}${top + 1}:${column(i)}${bottom}`));
    series.setXAxisValues(categories);
    const colour = spec.colours[i];
    if (colour) series.format.fill.setSolidColor(colour);
  });
}

/**
 * The summary's charts: a stacked bar chart of ratings by workstream and, when the summary has
 * a trend table, a stacked column chart of ratings by reporting round. Two round trips whether
 * one chart or two: find (and delete) our old charts, then add the new ones. Our old trend chart
 * goes even when there is no new one, so a rebuild never leaves a stale chart behind.
 */
export async function addRatingsChart(context: ExcelContext, spec: RatingsChart, trend: RatingsChart | null = null): Promise<void> {
  const ws = context.workbook.worksheets.getItem(spec.sheet);
  const old = [CHART_NAME, TREND_CHART_NAME].map((name) => ws.charts.getItemOrNullObject(name));
  for (const c of old) c.load("name");
  await context.sync();
  for (const c of old) if (!c.isNullObject) c.delete();
  queueChart(ws, CHART_NAME, "BarStacked", spec);
  if (trend) queueChart(ws, TREND_CHART_NAME, "ColumnStacked", trend);
  await context.sync();
}
