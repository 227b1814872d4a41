import { columnLetter, parseA1Range } from "../../core/address";
import type { ExcelContext } from "./excel-api";

/** Our chart's name on the summary sheet, so a rebuild replaces it rather than adding another. */
export const CHART_NAME = "WSOA ratings by workstream";

export interface RatingsChart {
  sheet: string;
  /** The workstream × rating block, header row included, e.g. "A12:G17": workstreams in A, one column per rating. */
  range: string;
  title: string;
  /** Series names (the ratings, as in the header row), in column order. */
  labels: string[];
  /** Fill per series, in the same order. */
  colours: string[];
  position: { from: string; to: string };
}

/**
 * A stacked bar chart of ratings by workstream, its series set explicitly (ExcelApi 1.7): one
 * per rating column, with the workstreams as categories. Left to itself Excel guesses series
 * from the table, and a workstream column of numbers (4.1, 4.2) became a series of its own,
 * so colouring "series i" failed after the chart was added (audit F13). The chart starts from
 * the first rating column alone (a heading over numbers: one series whatever Excel guesses),
 * and each further series is added, never looked up by a position Excel chose.
 * Two round trips: find (and delete) our old chart, then add the new one.
 */
export async function addRatingsChart(context: ExcelContext, spec: RatingsChart): Promise<void> {
  const ws = context.workbook.worksheets.getItem(spec.sheet);
  const old = ws.charts.getItemOrNullObject(CHART_NAME);
  old.load("name");
  await context.sync();
  if (!old.isNullObject) old.delete();
  const { top, left, bottom } = parseA1Range(spec.range);
  const column = (i: number) => columnLetter(left + 1 + i);
  const categories = ws.getRange(`${columnLetter(left)}${top + 1}:${columnLetter(left)}${bottom}`);
  const chart = ws.charts.add("BarStacked", ws.getRange(`${column(0)}${top}:${column(0)}${bottom}`), "Columns");
  chart.name = CHART_NAME;
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
  await context.sync();
}
