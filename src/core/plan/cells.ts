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
  /** The text exactly as typed (spaces kept), for ratings: `amber ` must be seen to be fixed. */
  rawText(row: number, col: number): string;
}

export interface Merge {
  range: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function cellReader(grid: Grid): CellReader {
  const anchor = new Map<string, Merge>();
  for (const range of grid.merges ?? []) {
    const r = { range, ...parseA1Range(range) };
    // Guard against absurd merges (whole columns): only the used area matters.
    const bottom = Math.min(r.bottom, grid.origin.row + grid.values.length);
    for (let row = r.top; row <= bottom; row++)
      for (let col = r.left; col <= r.right; col++) anchor.set(`${row},${col}`, r);
  }
  const source = (row: number, col: number) => {
    const m = anchor.get(`${row},${col}`);
    return m ? { row: m.top, col: m.left } : { row, col };
  };
  return {
    value(row, col) {
      const s = source(row, col);
      return cellAt(grid, s.row, s.col);
    },
    text(row, col) {
      const v = this.value(row, col);
      return isErrorValue(v) ? "" : cellText(v);
    },
    format(row, col) {
      const s = source(row, col);
      return formatAt(grid, s.row, s.col);
    },
    mergeOf(row, col) {
      return anchor.get(`${row},${col}`) ?? null;
    },
    rawText(row, col) {
      const v = this.value(row, col);
      if (v === null || isErrorValue(v)) return "";
      return v instanceof Date ? cellText(v) : String(v);
    },
    ownText(row, col) {
      const m = anchor.get(`${row},${col}`);
      if (m && (m.top !== row || m.left !== col)) return "";
      const v = cellAt(grid, row, col);
      return isErrorValue(v) ? "" : cellText(v);
    },
  };
}
