/**
 * KPI blocks inside a plan sheet (Hounslow 2022 puts one under each area, between the action
 * tables) are not plan items: the plan reader is given the sheet with those rows blanked.
 */
import type { DeadlineOptions } from "../deadlines";
import type { Grid } from "../grid";
import { findKpiTables } from "./find-tables";

/**
 * The grid with every KPI table's rows (its header down to its last indicator) left blank; the
 * same grid when there is none. Rows keep their numbers, so cell addresses do not move.
 * Example: a plan sheet with `Key Performance Indicators | Dec 2022 | …` in rows 9–10 → rows 9–10 empty.
 */
export function withoutKpiRows(grid: Grid, options: DeadlineOptions = {}): Grid {
  const tables = findKpiTables("", grid, options);
  if (tables.length === 0) return grid;
  const values = [...grid.values];
  for (const t of tables) {
    const last = Math.max(...t.rows.map((r) => r.row), ...t.repeatedHeaderRows);
    for (let row = t.headerRow; row <= last; row++) values[row - grid.origin.row] = [];
  }
  return { ...grid, values };
}
