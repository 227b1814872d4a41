import { cellAt, cellText, type CellValue } from "../core/grid";
import { parseA1 } from "../core/address";
import type { OwnedRole } from "../core/ownership";
import { findSheet, sameSheetName, sheetNameProblem } from "../core/sheet-names";
import { STATE_SHEET } from "../core/state";
import { WorkbookError } from "./errors";
import type { SheetSnapshot, WorkbookSnapshot, WritePlan } from "./port";

/** What an adapter knows about one sheet just before writing. */
export interface SheetFacts {
  protected: boolean;
  /** Set only when ownership is proved (core/ownership-proof.ts). */
  ownedAs?: OwnedRole;
}

/** What an adapter knows about the workbook just before writing (from its read phase). */
export interface WriteTarget {
  /** The sheet as it stands, or undefined when there is none (names compare without case). */
  sheet(name: string): SheetFacts | undefined;
  /** Review › Protect Workbook is on. */
  structureProtected: boolean;
  /** A cell as it stands: its value (a formula's result) and whether it holds a formula. */
  cell(sheet: string, address: string): { value: CellValue; formula: boolean };
}

/** A WriteTarget over a snapshot whose grids hold the cells that edits touch (with formulaCells). */
export function targetOf(snapshot: WorkbookSnapshot): WriteTarget {
  const find = (name: string): SheetSnapshot | undefined => findSheet(snapshot.sheets, name);
  return {
    sheet: find,
    structureProtected: snapshot.structureProtected ?? false,
    cell: (sheet, address) => {
      const grid = find(sheet)?.grid;
      const { row, col } = parseA1(address);
      return { value: grid ? cellAt(grid, row, col) : null, formula: Boolean(grid?.formulaCells?.includes(address)) };
    },
  };
}

const refuse = (message: string) => new WorkbookError("write-failed", message);

function writable(target: WriteTarget, name: string, why: string): void {
  if (target.sheet(name)?.protected) throw new WorkbookError("protected", `Sheet "${name}" is protected: unprotect it (Review › Unprotect Sheet) so ${why}. Nothing was written.`);
}

function validName(name: string): void {
  const problem = sheetNameProblem(name);
  if (problem) throw refuse(`"${name}" cannot be a sheet name in Excel: a sheet name ${problem}. Choose another name; nothing was written.`);
}

/** Adding a sheet (or hiding one) is refused by Excel under Review › Protect Workbook: say so before writing anything. */
function mayAddSheet(target: WriteTarget, name: string): void {
  if (target.structureProtected)
    throw new WorkbookError("protected", `This workbook's structure is protected (Review › Protect Workbook), so WSOA Tracker cannot add the sheet "${name}". Turn Protect Workbook off (Review › Protect Workbook), then try again; nothing was written.`);
}

/** An existing sheet may be replaced only when it is proved to be ours, in the role we write. */
function mayReplace(target: WriteTarget, name: string, role: OwnedRole | "user"): void {
  const sheet = target.sheet(name);
  if (!sheet) return;
  if (role === "user" || sheet.ownedAs !== role)
    throw refuse(`A sheet called "${name}" already exists and was not made by WSOA Tracker: it has been left untouched. Rename it, or let the add-in choose another name; nothing was written.`);
}

/**
 * The port's write rules, the one place that decides what may be written, checked before
 * anything is written so a refused write changes nothing:
 * - only names Excel accepts for the sheets we create;
 * - no sheet added under Review › Protect Workbook;
 * - never a user's sheet replaced: only sheets proved ours (ownership markers), in their role;
 *   our settings sheet likewise;
 * - never a protected sheet written to;
 * - formatting only of a sheet that exists or that this write creates, never one it replaces;
 * - edits only where the cell holds no formula and still holds what it held when we decided.
 * Adapters then write settings last, so a batch that fails part-way never leaves the settings
 * naming a sheet that was not made.
 */
export function checkWritePlan(plan: WritePlan, target: WriteTarget): void {
  const creates = (name: string) => (plan.sheets ?? []).some((s) => sameSheetName(s.name, name));
  for (const spec of plan.sheets ?? []) {
    validName(spec.name);
    if (sameSheetName(spec.name, STATE_SHEET)) throw refuse(`"${STATE_SHEET}" is the add-in's settings sheet: no other sheet may take its name. Nothing was written.`);
    if (target.sheet(spec.name)) mayReplace(target, spec.name, spec.role ?? "summary");
    else mayAddSheet(target, spec.name);
    writable(target, spec.name, "the summary can be rebuilt");
  }
  if (plan.stateSheet) {
    validName(plan.stateSheet.name);
    if (target.sheet(plan.stateSheet.name)) mayReplace(target, plan.stateSheet.name, "settings");
    else mayAddSheet(target, plan.stateSheet.name);
    writable(target, plan.stateSheet.name, "the add-in can save its settings");
  }
  if (plan.format) {
    const name = plan.format.sheet;
    const exists = Boolean(target.sheet(name));
    // A sheet this write creates may be formatted by it (written first); one it would replace
    // may not: its rules and dropdowns would go with it.
    if (!exists && !creates(name)) throw new WorkbookError("no-sheet", `There is no sheet called "${name}" to format.`);
    if (exists && creates(name)) throw refuse(`The summary cannot replace the plan sheet "${name}"; nothing was written.`);
    writable(target, name, "the rating formatting and dropdowns can be added");
    const stateName = plan.stateSheet?.name ?? STATE_SHEET;
    for (const list of plan.format.lists)
      if (!sameSheetName(list.sheet, stateName) && !target.sheet(list.sheet) && !creates(list.sheet)) throw refuse(`The rating list's sheet "${list.sheet}" does not exist; nothing was written.`);
  }
  for (const edit of plan.edits ?? []) {
    if (!target.sheet(edit.sheet)) throw new WorkbookError("no-sheet", `There is no sheet called "${edit.sheet}" for the change to ${edit.cell}.`);
    writable(target, edit.sheet, `${edit.cell} can be corrected`);
    const now = target.cell(edit.sheet, edit.cell);
    // A rating computed by a formula is not ours to overwrite with a value.
    if (now.formula) throw refuse(`${edit.sheet}!${edit.cell} holds a formula, which WSOA Tracker will not replace with a value; nothing was written.`);
    if (cellText(now.value) !== cellText(edit.before))
      throw refuse(`${edit.sheet}!${edit.cell} changed since it was checked ("${cellText(edit.before)}" is now "${cellText(now.value)}"): nothing was written. Validate again.`);
  }
}
