import type { IsoDate } from "../core/dates";
import type { RatingsChartSpec, TrendChartSpec } from "../review/summary-chart";
import type { Workbook } from "../workbook/port";

export type { RatingsChartSpec, TrendChartSpec };

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
  /** The summary's charts: ratings by workstream, and the trend by round when there is one. */
  chart: Capability<(spec: RatingsChartSpec, trend: TrendChartSpec | null) => Promise<void>>;
  /** What this Excel cannot do, in plain words (from requirement-set checks). */
  limitations: string[];
  /** A line under the title saying where the pane is running, e.g. "Playground: example workbook". */
  context?: string;
  /**
   * Optional: call `listener` with the changed addresses ("G9", "G9:H12") when someone edits
   * `sheet` (Excel: Worksheet.onChanged; `remote` for a co-author's edit, which their own pane
   * stamps). Returns a function that stops listening.
   */
  watchSheet?(sheet: string, listener: (addresses: string[], remote: boolean) => void): () => void;
  /** This person's own choices in this browser (localStorage): never written to the workbook. */
  storage?: { get(key: string): string | null; set(key: string, value: string): void };
}

/** localStorage when the browser allows it (some webviews refuse it), else nothing is remembered. */
export function browserStorage(): PaneHost["storage"] {
  try {
    const ls = window.localStorage;
    return { get: (k) => ls.getItem(k), set: (k, v) => ls.setItem(k, v) };
  } catch {
    return undefined;
  }
}
