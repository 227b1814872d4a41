import { a1, parseA1, parseA1Range } from "../../core/address";
import { cellAt } from "../../core/grid";
import { readState, STATE_SHEET } from "../../core/state";
import { OUR_TAG, type FormatSpec, type SheetSpec } from "../../core/specs/types";
import { checkWritePlan } from "../preflight";
import type { WritePlan } from "../port";
import { emptySheet, findSheet, setCell, type MemorySheet, type MemoryState } from "./model";
import { sheetGrid } from "./read";
import { sameSheetName } from "../../core/sheet-names";

const overlaps = (a: string, b: string) => {
  const x = parseA1Range(a);
  const y = parseA1Range(b);
  return x.left <= y.right && y.left <= x.right && x.top <= y.bottom && y.top <= x.bottom;
};

function writeFormat(state: MemoryState, spec: FormatSpec): void {
  const sheet = findSheet(state, spec.sheet)!;
  // Ours are found by the tag in their formula; everything else is the user's and stays.
  sheet.rules = [...sheet.rules.filter((r) => !r.formula.includes(OUR_TAG)), ...spec.rules.map((r) => ({ range: r.range, formula: r.formula, style: { ...r.style } }))];
  sheet.validations = sheet.validations.filter((v) => !spec.validations.some((n) => overlaps(v.range, n.range)));
  for (const v of spec.validations) sheet.validations.push({ range: v.range, source: `=${v.listName}`, errorStyle: v.errorStyle, prompt: v.prompt });
  for (const list of spec.lists) state.names.set(list.name, `'${list.sheet}'!${list.range}`);
}

function buildSheet(spec: SheetSpec): MemorySheet {
  const sheet = emptySheet(spec.name);
  spec.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      setCell(sheet, r + 1, c + 1, cell.value, cell.style?.numberFormat ?? null);
      if (cell.style) sheet.styles.set(a1(r + 1, c + 1), { ...cell.style });
    }),
  );
  sheet.merges = [...spec.merges];
  sheet.columnWidths = [...spec.columnWidths];
  sheet.print = { ...spec.print };
  if (spec.freezeRows !== undefined) sheet.freezeRows = spec.freezeRows;
  return sheet;
}

function writeStateSheet(state: MemoryState, name: string, rows: (string | number | null)[][]): void {
  let sheet = findSheet(state, name);
  if (!sheet) state.sheets.push((sheet = emptySheet(name)));
  sheet.values = [];
  sheet.numberFormats = [];
  rows.forEach((row, r) => row.forEach((v, c) => setCell(sheet, r + 1, c + 1, v)));
  sheet.visibility = "veryHidden";
}

/**
 * Execute a write plan on a workbook held in memory, all or nothing: every rule of the port
 * is checked first (see preflight.ts), then the changes are made.
 */
export function writeMemory(state: MemoryState, plan: WritePlan): void {
  const stateSheet = findSheet(state, STATE_SHEET);
  const current = readState(stateSheet ? sheetGrid(stateSheet) : null);
  checkWritePlan(plan, {
    sheet: (name) => findSheet(state, name),
    ownedSheets: current.ok ? current.state.ownedSheets : [],
    cell: (name, address) => {
      const { row, col } = parseA1(address);
      return cellAt(sheetGrid(findSheet(state, name)!), row, col);
    },
  });
  if (plan.stateSheet) writeStateSheet(state, plan.stateSheet.name, plan.stateSheet.rows);
  for (const spec of plan.sheets ?? []) {
    const at = state.sheets.findIndex((s) => sameSheetName(s.name, spec.name));
    if (at >= 0) state.sheets.splice(at, 1, buildSheet(spec));
    else state.sheets.push(buildSheet(spec));
  }
  // After the sheets: the sheet to format may be one this write creates.
  if (plan.format) writeFormat(state, plan.format);
  for (const edit of plan.edits ?? []) {
    const { row, col } = parseA1(edit.cell);
    setCell(findSheet(state, edit.sheet)!, row, col, edit.after);
  }
  if (plan.activate) state.active = plan.activate;
}
