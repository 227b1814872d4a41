import { a1, parseA1, parseA1Range } from "../../core/address";
import { ownerMarkerName, ownerMarkerReference, type OwnedRole } from "../../core/ownership";
import { sameSheetName } from "../../core/sheet-names";
import { OUR_TAG, type FormatSpec, type SheetSpec } from "../../core/specs/types";
import { checkWritePlan, targetOf } from "../preflight";
import type { WritePlan } from "../port";
import { emptySheet, findSheet, setCell, type MemorySheet, type MemoryState } from "./model";
import { readMemory } from "./read";

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

/** Point the role's marker name at the sheet's A1 (ownership.ts). */
function mark(state: MemoryState, role: OwnedRole, sheet: string): void {
  for (const n of [...state.names.keys()]) if (sameSheetName(n, ownerMarkerName(role))) state.names.delete(n);
  state.names.set(ownerMarkerName(role), `=${ownerMarkerReference(sheet)}`);
}

/**
 * Execute a write plan on a workbook held in memory, all or nothing: every rule of the port
 * is checked first (see preflight.ts), then the changes are made, settings last. A sheet of
 * ours is replaced where it stands (same position).
 */
export function writeMemory(state: MemoryState, plan: WritePlan): void {
  checkWritePlan(plan, targetOf(readMemory(state)));
  // The rating list's name points at the state sheet: it must exist before the formatting.
  if (plan.stateSheet && !findSheet(state, plan.stateSheet.name)) writeStateSheet(state, plan.stateSheet.name, []);
  for (const spec of plan.sheets ?? []) {
    const at = state.sheets.findIndex((s) => sameSheetName(s.name, spec.name));
    if (at >= 0) state.sheets.splice(at, 1, buildSheet(spec));
    else state.sheets.push(buildSheet(spec));
    const role = spec.role ?? "summary";
    if (role !== "user") mark(state, role, spec.name);
  }
  // After the sheets: the sheet to format may be one this write creates.
  if (plan.format) writeFormat(state, plan.format);
  for (const edit of plan.edits ?? []) {
    const { row, col } = parseA1(edit.cell);
    setCell(findSheet(state, edit.sheet)!, row, col, edit.after);
  }
  if (plan.stateSheet) {
    writeStateSheet(state, plan.stateSheet.name, plan.stateSheet.rows);
    mark(state, "settings", plan.stateSheet.name);
  }
  if (plan.activate) state.active = plan.activate;
}
