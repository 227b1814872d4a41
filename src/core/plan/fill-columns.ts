import type { Grid } from "../grid";
import { readPlan } from "./read-plan";

/**
 * Where a reader that pays for each fill it asks for (the Office JavaScript API) should read
 * fills: the rating column's item rows, and only when some item there has no word, since only
 * then can a fill change what is counted. Null when there is nothing to read.
 * Example: a plan whose RAG column E is blank in rows 5–40 → { col: 5, top: 5, bottom: 40 }.
 */
export function ratingFillsWanted(grid: Grid, sheet: string): { col: number; top: number; bottom: number } | null {
  const plan = readPlan(grid, { sheet });
  const col = plan?.columns.status;
  if (!plan || col === undefined || plan.items.length === 0) return null;
  if (!plan.items.some((i) => i.status.kind === "blank")) return null;
  return { col, top: plan.items[0]!.row, bottom: plan.lastRow };
}
