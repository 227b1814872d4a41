import { kpiRating } from "../core/kpi";
import { DIRECTION_WORDS, formatKpiValue, kpiSentence } from "../core/kpi/wording";
import type { KpiReport } from "../review/kpis";
import { alignTable } from "./report-text";

const truncate = (text: string, max: number) => (text.length <= max ? text : text.slice(0, max - 1) + "…");

/** The KPI table `wsoa check` prints after the plan's: one line per KPI, then the board's totals. */
export function kpiLines(kpis: KpiReport | undefined): string[] {
  if (!kpis) return [];
  const tables = kpis.tables.map((t) => `${t.sheet} row ${t.headerRow}`).join(", ");
  const rows = [
    ["KPI", "Cell", "Baseline", "Period", "Target", "Actual", "Status", "vs baseline", "Rating"],
    ...kpis.items.map((k) => {
      const d = DIRECTION_WORDS[k.vsBaseline ?? "unknown"];
      return [
        truncate(k.name, 48), k.cell, formatKpiValue(k.baseline, k.unit), k.latest.period ?? "", formatKpiValue(k.latest.target, k.unit),
        formatKpiValue(k.latest.actual, k.unit), k.status, `${d.symbol} ${d.word}`, kpiRating(k.status, k.vsBaseline),
      ];
    }),
  ];
  return ["", `KPIs (${kpis.tables.length === 1 ? "table" : "tables"} at ${tables}):`, ...alignTable(rows).map((l) => "  " + l), `  ${kpiSentence(kpis.summary)}`];
}
