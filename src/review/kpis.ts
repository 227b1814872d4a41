/**
 * KPIs for the use cases: analyse every visible sheet of the user's, and shape the result for
 * `check --json` (contract: DESIGN.md `kpis`) and for the task pane's KPI view.
 */
import type { PlanConfig } from "../core/config";
import type { IsoDate } from "../core/dates";
import { analyseKpis, type KpiAnalysis, type KpiResult, type KpiTotals } from "../core/kpi";
import { DIRECTION_WORDS, formatKpiValue, kpiSentence } from "../core/kpi/wording";
import type { SheetSnapshot } from "../workbook/port";

/** The `kpis` object of `wsoa check --json` (contract). `latest` holds nulls when no actual is reported. */
export interface KpiReport {
  tables: { sheet: string; headerRow: number }[];
  items: {
    name: string;
    cell: string;
    unit: string;
    polarity: KpiResult["polarity"];
    baseline: number | null;
    latest: { period: string | null; target: number | null; actual: number | null };
    status: KpiResult["status"];
    vsBaseline: KpiResult["vsBaseline"];
  }[];
  summary: KpiTotals;
}

/** The KPIs of the user's visible sheets (KPI sheets, and KPI blocks in the plan sheet); null when there are none. */
export function workbookKpis(sheets: readonly SheetSnapshot[], config: PlanConfig, today: IsoDate): KpiAnalysis | null {
  return analyseKpis(
    sheets.filter((s) => s.visibility === "visible"),
    { today, deadlines: { terms: config.terms, quarters: config.quarters }, polarity: config.kpis?.polarity },
  );
}

/** The contract shape of `check --json`'s `kpis`. */
export function kpiReport(analysis: KpiAnalysis): KpiReport {
  return {
    tables: analysis.tables.map((t) => ({ sheet: t.sheet, headerRow: t.headerRow })),
    items: analysis.items.map((k) => ({
      name: k.name,
      cell: k.cell,
      unit: k.unit,
      polarity: k.polarity,
      baseline: k.baseline,
      latest: { period: k.latest?.period ?? null, target: k.latest?.target ?? null, actual: k.latest?.actual ?? null },
      status: k.status,
      vsBaseline: k.vsBaseline,
    })),
    summary: analysis.totals,
  };
}

/** One KPI as the task pane shows it: every figure already worded, the rating as text. */
export interface KpiViewItem {
  name: string;
  sheet: string;
  /** The indicator's cell on its sheet ("A5"), for "go to". */
  cell: string;
  section: string | null;
  baseline: string;
  period: string;
  target: string;
  actual: string;
  status: KpiResult["status"];
  /** "improved", "same", "worse" or "not known", and its arrow. */
  direction: { word: string; symbol: string };
  rating: KpiResult["rating"];
  polarity: KpiResult["polarity"];
  /** True when the direction was guessed (wording or default): the pane offers to set it. */
  polarityGuessed: boolean;
}

export interface KpiView {
  /** "17 of 24 KPIs with data (70.8%) improved on baseline; 17 met, 7 missed; 3 with no data." */
  sentence: string;
  totals: KpiTotals;
  items: KpiViewItem[];
}

/** The KPI view the task pane renders (null when the workbook has no KPI table). */
export function kpiView(analysis: KpiAnalysis | null): KpiView | null {
  if (!analysis) return null;
  return {
    sentence: kpiSentence(analysis.totals),
    totals: analysis.totals,
    items: analysis.items.map((k) => ({
      name: k.name,
      sheet: k.sheet,
      cell: k.cell.slice(k.cell.lastIndexOf("!") + 1),
      section: k.section,
      baseline: formatKpiValue(k.baseline, k.unit),
      period: k.latest?.period ?? "",
      target: formatKpiValue(k.latest?.target ?? null, k.unit),
      actual: formatKpiValue(k.latest?.actual ?? null, k.unit),
      status: k.status,
      direction: DIRECTION_WORDS[k.vsBaseline ?? "unknown"],
      rating: k.rating,
      polarity: k.polarity,
      polarityGuessed: k.polaritySource === "words" || k.polaritySource === "default",
    })),
  };
}
