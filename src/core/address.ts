/** Letters of columns already asked for: every issue and spec names a cell, in a few columns. */
const LETTERS: string[] = [];

/** Column number (1-based) to letters: 1 → "A", 28 → "AB". */
export function columnLetter(col: number): string {
  const known = LETTERS[col];
  if (known !== undefined) return known;
  if (!Number.isInteger(col) || col < 1) throw new RangeError(`Not a column number: ${col}`);
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  if (col <= 16_384) LETTERS[col] = s;
  return s;
}

/** Letters to column number: "A" → 1, "AB" → 28. */
export function columnNumber(letters: string): number {
  if (!/^[A-Z]+$/i.test(letters)) throw new RangeError(`Not a column: ${letters}`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A1 address of a sheet row/column: a1(5, 8) → "H5". */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** A1 range: range(5, 8, 120, 8) → "H5:H120". */
export function a1Range(top: number, left: number, bottom: number, right: number): string {
  return `${a1(top, left)}:${a1(bottom, right)}`;
}

/** Parse "H5" → {row: 5, col: 8}. */
export function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address.trim());
  if (!m) throw new RangeError(`Not an A1 address: ${address}`);
  return { row: Number(m[2]), col: columnNumber(m[1]!) };
}

/** Parse "A7:H7" (or "A7") → its corners. */
export function parseA1Range(range: string): { top: number; left: number; bottom: number; right: number } {
  const [start, end = start] = range.split(":");
  const s = parseA1(start!);
  const e = parseA1(end!);
  return { top: Math.min(s.row, e.row), left: Math.min(s.col, e.col), bottom: Math.max(s.row, e.row), right: Math.max(s.col, e.col) };
}
