import { stateSheetRows, STATE_SHEET } from "../core/state";
import type { WorkbookSnapshot, WritePlan } from "../workbook/port";
import { stateOf, type ResolvedPlan } from "./check";

/**
 * The write that stores a KPI's direction in the workbook's config (`kpis.polarity`, keyed by the
 * KPI's name), where every co-author and the CLI read it: the pane's "higher / lower is better".
 */
export function setKpiPolarityWrite(snapshot: WorkbookSnapshot, resolved: ResolvedPlan, kpiName: string, polarity: "higher" | "lower"): WritePlan {
  const state = stateOf(snapshot);
  const config = { ...state.config, kpis: { ...state.config.kpis, polarity: { ...state.config.kpis?.polarity, [kpiName]: polarity } } };
  const existing = snapshot.sheets.map((s) => s.name);
  const labels = resolved.analysis.plan.scheme.ratings.map((r) => r.label);
  return { stateSheet: { name: STATE_SHEET, rows: stateSheetRows({ config, ownedSheets: state.ownedSheets.filter((n) => existing.includes(n)) }, labels).rows } };
}
