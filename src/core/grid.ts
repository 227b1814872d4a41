/**
 * A rectangle of cells as read from a sheet, whatever read it (the Office JavaScript API, ExcelJS, memory).
 * Excel in the browser gives dates as serial numbers with a date number format; ExcelJS gives `Date`s
 * (UTC midnight). Error values (`#N/A`, `#REF!`) arrive as their text.
 */
export type CellValue = string | number | boolean | Date | null;

export interface Grid {
  /** values[r][c]; row 0 is sheet row `origin.row`. Rows may be ragged. */
  values: CellValue[][];
  /** Number formats, same shape as values where known (`"General"`, `"dd/mm/yyyy"`). */
  numberFormats?: (string | null)[][];
  /** Sheet row and column (1-based) of values[0][0]. */
  origin: { row: number; col: number };
  /** Merged areas as A1 ranges (`"A7:H7"`), where the reader knows them. */
  merges?: string[];
  /**
   * Solid fill colours as `#RRGGBB` (theme and tint resolved), same shape as values; null for no
   * fill or unknown. Readers may fill in only some columns (the Office JavaScript API reads the rating column's).
   */
  fills?: (string | null)[][];
  /** Cells holding formulas, as A1 addresses: their values are the cached results. */
  formulaCells?: string[];
}

/** The value at a sheet row/column (1-based), or null outside the grid. */
export function cellAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.values[row - grid.origin.row];
  if (!r) return null;
  const v = r[col - grid.origin.col];
  return v === undefined ? null : v;
}

/** The number format at a sheet row/column, or null when unknown. */
export function formatAt(grid: Grid, row: number, col: number): string | null {
  return grid.numberFormats?.[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
}

/** Last sheet row covered by the grid. */
export function lastRow(grid: Grid): number {
  return grid.origin.row + grid.values.length - 1;
}

/** Last sheet column covered by the grid (widest row). */
export function lastCol(grid: Grid): number {
  let width = 0;
  for (const r of grid.values) width = Math.max(width, r.length);
  return grid.origin.col + width - 1;
}

/** Whitespace that tidying would change: a run, a tab or line break, a space at either end. */
const UNTIDY = /\s\s|[^\S ]|^ | $/;

/** Cell text as a person reads it: trimmed, whitespace collapsed; "" for blank. */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  // Most cells are tidy already: testing is cheaper than building a new string, and this runs
  // for every cell the reader looks at (the engine profile's largest single item).
  if (typeof value === "string") return UNTIDY.test(value) ? value.replace(/\s+/g, " ").trim() : value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

const ERROR_VALUE = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/** True for an Excel error value such as `#N/A` or `#REF!`. */
export function isErrorValue(value: CellValue): boolean {
  // Cheap test first: this runs on every cell of every row.
  return typeof value === "string" && value.length < 24 && value.includes("#") && ERROR_VALUE.test(value.trim());
}
