import type { IsoDate } from "../core/dates";
import type { Workbook } from "../workbook/port";

/** A stacked bar chart of ratings by workstream, drawn from the summary sheet's table. */
export interface RatingsChartSpec {
  sheet: string;
  /** The workstream × rating block, header row included, e.g. "A12:G17". */
  range: string;
  title: string;
  /** Series names (the ratings), in the table's column order. */
  labels: string[];
  /** Fill per series (rating), in the table's column order. */
  colours: string[];
  /** Where the chart goes: top-left and bottom-right cells. */
  position: { from: string; to: string };
}

/** A feature the host may lack: present with its action, or absent with the reason in words. */
export type Capability<T> = { kind: "available"; run: T } | { kind: "unavailable"; reason: string };

/**
 * Everything the task pane gets from where it runs (Excel, the playground, a test): the
 * Workbook port, the date, and Excel-only extras. Components never touch Office or the clock.
 */
export interface PaneHost {
  workbook: Workbook;
  /** Today's date where the user is. */
  today(): IsoDate;
  chart: Capability<(spec: RatingsChartSpec) => Promise<void>>;
  /** What this Excel cannot do, in plain words (from requirement-set checks). */
  limitations: string[];
  /** A line under the title saying where the pane is running, e.g. "Playground: example workbook". */
  context?: string;
}
