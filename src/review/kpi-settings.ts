import type { WorkbookSnapshot, WritePlan } from "../workbook/port";
import { stateOf, type ResolvedPlan } from "./check";
import { stateWrite } from "./state-write";

/**
 * The write that stores a KPI's direction in the workbook's config (`kpis.polarity`, keyed by the
 * KPI's name), where every co-author and the CLI read it: the pane's "higher / lower is better".
 */
export function setKpiPolarityWrite(snapshot: WorkbookSnapshot, resolved: ResolvedPlan, kpiName: string, polarity: "higher" | "lower"): WritePlan {
  const state = stateOf(snapshot);
  const config = { ...state.config, kpis: { ...state.config.kpis, polarity: { ...state.config.kpis?.polarity, [kpiName]: polarity } } };
  const labels = resolved.analysis.plan.scheme.ratings.map((r) => r.label);
  return { stateSheet: stateWrite(snapshot, { ...state, config }, labels) };
}
