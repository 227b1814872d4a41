import { columnLetter } from "../../core/address";
import type { Grid } from "../../core/grid";
import { ratingFillsWanted } from "../../core/plan/fill-columns";
import type { ExcelContext, RangeApi, WorksheetApi } from "./excel-api";

/*
 * Fill colours of the rating column, for plans that show ratings only as colour. Excel gives
 * them through `Range.getCellProperties` (ExcelApi 1.9), asked for the rating column's item
 * rows only (about 60 bytes a cell), for every read sheet together in one request, and only when
 * that column has cells with no word. An Excel without 1.9 reads no fills: such cells count as
 * Not rated, as they did before, and the pane says why (FEATURES.cellFills).
 */

interface CellFill {
  format?: { fill?: { color?: string; pattern?: string } };
}

/** The part of the 1.9 API used here (kept out of excel-api.ts: only this module needs it). */
interface RangeWithCellProperties extends RangeApi {
  getCellProperties(loads: { format: { fill: { color: true; pattern: true } } }): { readonly value: CellFill[][] };
}

export interface FillSheet {
  worksheet: WorksheetApi;
  name: string;
  grid?: Grid;
}

/** Solid fills only; "#FFFFFF" with no pattern is Excel's "no fill". */
function solid(cell: CellFill | undefined): string | null {
  const fill = cell?.format?.fill;
  if (!fill?.color || (fill.pattern !== undefined && fill.pattern !== "Solid")) return null;
  return /^#[0-9A-Fa-f]{6}$/.test(fill.color) ? fill.color.toUpperCase() : null;
}

/**
 * Read the rating column's fills of each sheet that needs them, in one request, into its
 * grid's `fills`. Does nothing (no request) when no sheet needs them or Excel cannot.
 */
export async function readRatingFills(context: ExcelContext, sheets: FillSheet[], supported: boolean): Promise<void> {
  if (!supported) return;
  const queued: { grid: Grid; col: number; top: number; result: { readonly value: CellFill[][] } }[] = [];
  for (const sheet of sheets) {
    if (!sheet.grid) continue;
    const wanted = ratingFillsWanted(sheet.grid, sheet.name);
    if (!wanted) continue;
    const letter = columnLetter(wanted.col);
    const range = sheet.worksheet.getRange(`${letter}${wanted.top}:${letter}${wanted.bottom}`) as RangeWithCellProperties;
    // A strict fake (or an Excel that lies about 1.9) without the method: read no fills.
    if (typeof range.getCellProperties !== "function") continue;
    queued.push({ grid: sheet.grid, col: wanted.col, top: wanted.top, result: range.getCellProperties({ format: { fill: { color: true, pattern: true } } }) });
  }
  if (!queued.length) return;
  await context.sync();
  for (const { grid, col, top, result } of queued) {
    const fills: (string | null)[][] = grid.values.map(() => []);
    result.value.forEach((row, i) => {
      const r = fills[top + i - grid.origin.row];
      if (!r) return;
      while (r.length < col - grid.origin.col) r.push(null);
      r[col - grid.origin.col] = solid(row[0]);
    });
    grid.fills = fills;
  }
}
