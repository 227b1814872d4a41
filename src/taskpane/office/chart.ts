import { WorkbookError } from "../../workbook/errors";
import { addRatingsChart as queueRatingsChart } from "../../workbook/office-js/chart";
import type { ExcelContext } from "../../workbook/office-js";
import type { RatingsChartSpec, TrendChartSpec } from "../host";

export { CHART_NAME } from "../../workbook/office-js/chart";

/**
 * The summary's charts (Office.js only: a file written by the CLI carries none), in their own
 * `Excel.run` that waits while the user is editing a cell: ratings by workstream and, when
 * given, the trend by round, in the same two requests. The series are set explicitly
 * (src/workbook/office-js/chart.ts).
 */
export async function addRatingsChart(spec: RatingsChartSpec, trend: TrendChartSpec | null = null): Promise<void> {
  try {
    await Excel.run({ delayForCellEdit: true }, (context) => queueRatingsChart(context as unknown as ExcelContext, spec, trend));
  } catch (e) {
    throw new WorkbookError("write-failed", `Excel could not add the chart (${e instanceof Error ? e.message : String(e)}).`, e);
  }
}
