import { percent } from "../summarise";
import type { KpiResult, KpiTotals } from "./types";

/**
 * The board's KPI figures. "With data" means an actual was reported; "% improved on baseline"
 * is improved ÷ with data, as Hounslow's monitoring update reports it ("71% of the WSOA KPIs
 * reported in Q2 2024/25 have improved in comparison with the baseline").
 * Example: 24 KPIs with an actual, 17 improved → percentImproved 70.8.
 */
export function kpiTotals(items: readonly KpiResult[]): KpiTotals {
  const count = (p: (k: KpiResult) => boolean) => items.filter(p).length;
  const withData = count((k) => k.latest !== null);
  const improved = count((k) => k.vsBaseline === "improved");
  return {
    total: items.length,
    withData,
    met: count((k) => k.status === "met"),
    missed: count((k) => k.status === "missed"),
    improved,
    same: count((k) => k.vsBaseline === "same"),
    worse: count((k) => k.vsBaseline === "worse"),
    percentImproved: percent(improved, withData),
  };
}
