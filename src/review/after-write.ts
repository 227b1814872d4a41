import { parseA1 } from "../core/address";
import type { CellValue, Grid } from "../core/grid";
import { sameSheetName } from "../core/sheet-names";
import { STATE_SHEET } from "../core/state";
import type { SheetSnapshot, WorkbookSnapshot, WritePlan } from "../workbook/port";

/**
 * The workbook as a successful write left it, worked out from the snapshot the write was
 * planned on and the write itself, so the pane can refresh without another round trip to
 * Excel. Null when the write did something this cannot follow exactly (a user's new sheet,
 * our history sheet): then the caller reads afresh. Formatting changes no value read here.
 */
export function afterWrite(snapshot: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot | null {
  if ((plan.sheets ?? []).some((s) => (s.role ?? "summary") !== "summary")) return null;
  let sheets = snapshot.sheets.map((s) => ({ ...s }));
  for (const spec of plan.sheets ?? []) {
    const sheet: SheetSnapshot = { name: spec.name, visibility: "visible", protected: false, ownedAs: "summary", grid: gridOf(spec.rows.map((r) => r.map((c) => c.value))) };
    const at = sheets.findIndex((s) => sameSheetName(s.name, spec.name));
    if (at >= 0) sheets[at] = { ...sheets[at]!, grid: sheet.grid, ownedAs: "summary" };
    else sheets.push(sheet);
  }
  for (const edit of plan.edits ?? []) {
    const at = sheets.findIndex((s) => sameSheetName(s.name, edit.sheet));
    if (at < 0) return null;
    sheets[at] = { ...sheets[at]!, grid: withCell(sheets[at]!.grid, edit.cell, edit.after) };
  }
  if (plan.stateSheet) {
    const state = plan.stateSheet;
    const grid = gridOf(state.rows);
    const at = sheets.findIndex((s) => sameSheetName(s.name, state.name));
    if (at >= 0) sheets[at] = { ...sheets[at]!, grid, ownedAs: "settings" };
    else sheets = [...sheets, { name: state.name || STATE_SHEET, visibility: "veryHidden", protected: false, ownedAs: "settings", grid }];
  }
  return { ...snapshot, sheets };
}

const gridOf = (rows: CellValue[][]): Grid => ({ values: rows.map((r) => [...r]), origin: { row: 1, col: 1 } });

/** A copy of the grid with one cell's value replaced (the grid grows when the cell is outside it). */
function withCell(grid: Grid, cell: string, value: CellValue): Grid {
  const { row, col } = parseA1(cell);
  const r = row - grid.origin.row;
  const c = col - grid.origin.col;
  if (r < 0 || c < 0) return grid;
  const values = grid.values.slice();
  while (values.length <= r) values.push([]);
  const line = [...values[r]!];
  while (line.length < c) line.push(null);
  line[c] = value;
  values[r] = line;
  return { ...grid, values };
}
