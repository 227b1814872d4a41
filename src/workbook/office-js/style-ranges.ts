import { a1Range } from "../../core/address";
import type { CellStyle, SheetCell } from "../../core/specs/types";

/** A rectangle of cells sharing one style. */
export interface StyledRange {
  address: string;
  rows: number;
  cols: number;
  style: CellStyle;
}

/**
 * Group a sheet's cells by style into as few rectangles as a simple sweep finds: runs along
 * each row, then identical runs stacked down. Formatting then costs one call per rectangle,
 * never one per cell (25,000 per-cell calls took 31 s in a public report).
 *
 *   styledRanges([[{value:"a",style:S},{value:"b",style:S}]]) → [{ address: "A1:B1", style: S, … }]
 */
export function styledRanges(rows: SheetCell[][]): StyledRange[] {
  type Run = { key: string; style: CellStyle; left: number; right: number; top: number; bottom: number };
  const open = new Map<string, Run>();
  const done: Run[] = [];
  rows.forEach((row, r) => {
    const runs: Run[] = [];
    row.forEach((cell, c) => {
      if (!cell.style || Object.keys(cell.style).length === 0) return;
      const key = JSON.stringify(cell.style);
      const last = runs[runs.length - 1];
      if (last && last.key === key && last.right === c) last.right = c + 1;
      else runs.push({ key, style: cell.style, left: c + 1, right: c + 1, top: r + 1, bottom: r + 1 });
    });
    const next = new Map<string, Run>();
    for (const run of runs) {
      const id = `${run.key}|${run.left}|${run.right}`;
      const above = open.get(id);
      if (above && above.bottom === r) {
        above.bottom = r + 1;
        next.set(id, above);
        open.delete(id);
      } else next.set(id, run);
    }
    for (const run of open.values()) done.push(run);
    open.clear();
    for (const [id, run] of next) open.set(id, run);
  });
  done.push(...open.values());
  return done.map((r) => ({ address: a1Range(r.top, r.left, r.bottom, r.right), rows: r.bottom - r.top + 1, cols: r.right - r.left + 1, style: r.style }));
}
