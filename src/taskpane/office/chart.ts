import { WorkbookError } from "../../workbook/errors";
import { addRatingsChart as queueRatingsChart } from "../../workbook/office-js/chart";
import type { ExcelContext } from "../../workbook/office-js";
import type { RatingsChartSpec } from "../host";

export { CHART_NAME } from "../../workbook/office-js/chart";

/**
 * The summary's chart (Office.js only: ExcelJS cannot write charts), in its own `Excel.run`
 * that waits while the user is editing a cell. The series are set explicitly
 * (src/workbook/office-js/chart.ts).
 */
export async function addRatingsChart(spec: RatingsChartSpec): Promise<void> {
  try {
    await Excel.run({ delayForCellEdit: true }, (context) => queueRatingsChart(context as unknown as ExcelContext, spec));
  } catch (e) {
    throw new WorkbookError("write-failed", `Excel could not add the chart (${e instanceof Error ? e.message : String(e)}).`, e);
  }
}
