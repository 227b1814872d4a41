import { WorkbookError } from "../../workbook/errors";
import type { RatingsChartSpec } from "../host";

/** Our chart's name on the summary sheet, so a rebuild replaces it rather than adding another. */
export const CHART_NAME = "WSOA ratings by workstream";

/**
 * A stacked bar chart of ratings by workstream on the summary sheet (Office.js only: ExcelJS
 * cannot write charts). Two round trips: find our old chart, then replace it.
 */
export async function addRatingsChart(spec: RatingsChartSpec): Promise<void> {
  try {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(spec.sheet);
      const old = sheet.charts.getItemOrNullObject(CHART_NAME);
      await context.sync();
      if (!old.isNullObject) old.delete();
      const chart = sheet.charts.add(Excel.ChartType.barStacked, sheet.getRange(spec.range), Excel.ChartSeriesBy.columns);
      chart.name = CHART_NAME;
      chart.title.text = spec.title;
      chart.legend.position = Excel.ChartLegendPosition.bottom;
      chart.setPosition(spec.position.from, spec.position.to);
      // Series follow the table's rating columns: colour each as its rating.
      spec.colours.forEach((colour, i) => chart.series.getItemAt(i).format.fill.setSolidColor(colour));
      await context.sync();
    });
  } catch (e) {
    throw new WorkbookError("write-failed", `Excel could not add the chart (${e instanceof Error ? e.message : String(e)}).`, e);
  }
}
