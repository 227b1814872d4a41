/**
 * Key performance indicators: find the KPI tables in a workbook (KPI sheets, or blocks of the
 * plan sheet), read each indicator's baseline, targets by date and actuals, judge it, and total
 * the board's figures.
 * Example: analyseKpis(sheets, { today: "2024-12-01" })?.totals.percentImproved → 70.8.
 */
import type { IsoDate } from "../dates";
import type { DeadlineOptions } from "../deadlines";
import type { Grid } from "../grid";
import type { Issue, Severity } from "../issue";
import { evaluateKpi, sheetCell } from "./evaluate";
import { findKpiTables, type KpiTable } from "./find-tables";
import type { PolarityOverrides } from "./polarity";
import { kpiTotals } from "./totals";
import type { KpiResult, KpiTotals } from "./types";

export type { KpiTable, KpiPeriod, KpiRowRef } from "./find-tables";
export type { KpiResult, KpiTotals, KpiLatest, KpiStatus, KpiRating, Direction } from "./types";
export type { Polarity, PolaritySource, PolarityOverrides } from "./polarity";
export { findKpiTables } from "./find-tables";
export { isKpiHeaderRow, kpiHeaderAt, classifyHeading, periodLabel } from "./heading";
export { readKpiValue, type KpiValue } from "./value";
export { inferPolarity } from "./polarity";
export { kpiTotals } from "./totals";
export { evaluateKpi, kpiRating, sheetCell } from "./evaluate";
export { DIRECTION_WORDS, formatKpiValue, kpiSentence } from "./wording";

export interface KpiAnalysis {
  tables: KpiTable[];
  items: KpiResult[];
  totals: KpiTotals;
  issues: Issue[];
}

export interface KpiOptions {
  today: IsoDate;
  deadlines?: DeadlineOptions;
  /** Per-KPI direction from the config (`kpis.polarity`). */
  polarity?: PolarityOverrides;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** Errors first, then warnings, then info; within each, sheet and row order (a stable sort). */
const bySeverity = (issues: Issue[]) => [...issues].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);

/** Every KPI in the given sheets, judged and totalled; null when no sheet has a KPI table. */
export function analyseKpis(sheets: readonly { name: string; grid: Grid }[], options: KpiOptions): KpiAnalysis | null {
  const tables: KpiTable[] = [];
  const items: KpiResult[] = [];
  const issues: Issue[] = [];
  for (const sheet of sheets) {
    for (const table of findKpiTables(sheet.name, sheet.grid, options.deadlines)) {
      tables.push(table);
      if (!table.baseline)
        issues.push({ severity: "warning", rule: "kpi.missing-baseline", cell: sheetCell(table.sheet, table.headerRow, table.indicatorCol), message: `The KPI table headed at row ${table.headerRow} has no baseline column: whether its KPIs improved cannot be judged.` });
      for (const ref of table.rows) {
        const { result, issues: found } = evaluateKpi(table, ref, sheet.grid, options);
        items.push(result);
        issues.push(...found);
      }
    }
  }
  if (tables.length === 0) return null;
  return { tables, items, totals: kpiTotals(items), issues: bySeverity(issues) };
}
