import { cellAt, cellText, lastCol, lastRow, type CellValue, type Grid } from "../grid";
import type { SheetSpec } from "./types";

/** FNV-1a, 32 bits, in base 36: short, and enough to notice that a row changed. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

function rowHash(cells: CellValue[]): string {
  const texts = cells.map(cellText);
  while (texts.length && texts[texts.length - 1] === "") texts.pop();
  return texts.length ? hash(texts.join("\t")) : "";
}

/**
 * The summary as we write it, one hash per row (stored on our state sheet), so a later apply
 * can tell whether a person has typed on it since.
 *
 *   summaryRowHashes(spec) → ["1k2j3f", "9zx01", "", …]
 */
export function summaryRowHashes(spec: SheetSpec): string[] {
  return spec.rows.map((row) => rowHash(row.map((c) => c.value)));
}

/**
 * Rows (1-based) of the summary sheet as read that differ from what we last wrote: edited,
 * cleared, or typed below. Empty when nothing changed.
 *
 *   editedSummaryRows(["a1", "b2"], grid with row 2 changed) → [2]
 */
export function editedSummaryRows(stored: readonly string[], grid: Grid): number[] {
  const rows = Math.max(stored.length, grid.values.length ? lastRow(grid) : 0);
  const cols = grid.values.length ? lastCol(grid) : 0;
  const edited: number[] = [];
  for (let r = 1; r <= rows; r++) {
    const now = rowHash(Array.from({ length: cols }, (_, c) => cellAt(grid, r, c + 1)));
    if (now !== (stored[r - 1] ?? "")) edited.push(r);
  }
  return edited;
}
