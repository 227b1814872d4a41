import { parseA1Range } from "../address";
import { cellAt, cellText, formatAt, isErrorValue, type CellValue, type Grid } from "../grid";

/**
 * Cell reading with merged areas filled in: every cell of a merge reads as its top-left
 * value, as a person sees it (a workstream merged down five rows names all five).
 */
export interface CellReader {
  value(row: number, col: number): CellValue;
  text(row: number, col: number): string;
  format(row: number, col: number): string | null;
  /** The merge a cell belongs to, if any. */
  mergeOf(row: number, col: number): Merge | null;
  /** The cell's own value: blank for the non-top-left cells of a merge. */
  ownText(row: number, col: number): string;
  /** True when the cell itself (not a merge it belongs to) holds something other than blanks. */
  hasOwnValue(row: number, col: number): boolean;
  /** The text exactly as typed (spaces kept), for ratings: `amber ` must be seen to be fixed. */
  rawText(row: number, col: number): string;
  /** The solid fill `#RRGGBB` (a merge's top-left), or null when none or not read. */
  fill(row: number, col: number): string | null;
}

export interface Merge {
  range: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function cellReader(grid: Grid): CellReader {
  // Numeric keys and a no-merge fast path: this is called for every cell of every row.
  const key = (row: number, col: number) => row * 20_000 + col;
  const anchor = new Map<number, Merge>();
  for (const range of grid.merges ?? []) {
    const r = { range, ...parseA1Range(range) };
    // Guard against absurd merges (whole columns): only the used area matters.
    const bottom = Math.min(r.bottom, grid.origin.row + grid.values.length);
    for (let row = r.top; row <= bottom; row++)
      for (let col = r.left; col <= r.right; col++) anchor.set(key(row, col), r);
  }
  const merged = anchor.size > 0;
  const mergeOf = (row: number, col: number): Merge | null => (merged ? anchor.get(key(row, col)) ?? null : null);
  const isHidden = (row: number, col: number) => {
    const m = mergeOf(row, col);
    return m !== null && (m.top !== row || m.left !== col);
  };
  const value = (row: number, col: number): CellValue => {
    const m = mergeOf(row, col);
    return m ? cellAt(grid, m.top, m.left) : cellAt(grid, row, col);
  };
  return {
    value,
    text(row, col) {
      const v = value(row, col);
      return isErrorValue(v) ? "" : cellText(v);
    },
    fill(row, col) {
      if (!grid.fills) return null;
      const m = mergeOf(row, col);
      const [r, c] = m ? [m.top, m.left] : [row, col];
      return grid.fills[r - grid.origin.row]?.[c - grid.origin.col] ?? null;
    },
    format(row, col) {
      const m = mergeOf(row, col);
      return m ? formatAt(grid, m.top, m.left) : formatAt(grid, row, col);
    },
    mergeOf,
    hasOwnValue(row, col) {
      const v = cellAt(grid, row, col);
      if (v === null || v === "" || isErrorValue(v) || isHidden(row, col)) return false;
      return typeof v !== "string" || v.trim() !== "";
    },
    rawText(row, col) {
      const v = value(row, col);
      if (v === null || isErrorValue(v)) return "";
      return v instanceof Date ? cellText(v) : String(v);
    },
    ownText(row, col) {
      if (isHidden(row, col)) return "";
      const v = cellAt(grid, row, col);
      return isErrorValue(v) ? "" : cellText(v);
    },
  };
}
