import { columnNumber } from "../address";
import type { Field } from "../fields";
import type { Grid } from "../grid";
import { detectHeaderRow, mapHeaderRow, type HeaderMatch } from "../header";

/**
 * The plan's header: detected, or forced by config (a header row, columns by letter). A forced
 * column takes its field from whichever column had it.
 * Example: findHeader(grid, { columns: { deadline: "F" } }).columns.deadline → 6.
 */
export function findHeader(grid: Grid, force: { headerRow?: number; columns?: Partial<Record<Field, string>> }): HeaderMatch | null {
  const found = force.headerRow ? { row: force.headerRow, ...mapHeaderRow(grid, force.headerRow) } : detectHeaderRow(grid);
  const overrides = Object.entries(force.columns ?? {}) as [Field, string][];
  if (!found && overrides.length === 0) return null;
  const header: HeaderMatch = found ?? { row: force.headerRow ?? grid.origin.row, columns: {}, duplicates: [], texts: new Map(), score: 0, notes: [] };
  for (const [field, letter] of overrides) {
    const col = columnNumber(letter);
    for (const f of Object.keys(header.columns) as Field[]) if (header.columns[f] === col) delete header.columns[f];
    header.columns[field] = col;
  }
  return header;
}
