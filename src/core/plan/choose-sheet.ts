import type { Grid } from "../grid";
import { detectHeaderRow } from "../header";
import { isKpiHeaderRow } from "../kpi/heading";

/**
 * Which sheet holds the plan, when the user has not said: the visible sheet whose header
 * row means the most plan fields (a cover page or a RAG key scores nothing).
 * Example: choosePlanSheet([{ name: "Cover", … }, { name: "WSOA", … }]) → "WSOA".
 */
export function choosePlanSheet(sheets: readonly { name: string; grid: Grid; visibility?: string }[]): string | null {
  let best: { name: string; score: number } | null = null;
  for (const sheet of sheets) {
    if (sheet.visibility && sheet.visibility !== "visible") continue;
    const header = detectHeaderRow(sheet.grid);
    // A KPI sheet's header ("Milestone 1 – Jul 23", "Target") can look like a plan's: never the plan.
    if (!header || isKpiHeaderRow(sheet.grid, header.row)) continue;
    if (!best || header.score > best.score) best = { name: sheet.name, score: header.score };
  }
  return best?.name ?? null;
}
