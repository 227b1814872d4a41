import { cellText, type CellValue } from "../core/grid";
import { STATE_SHEET } from "../core/state";
import { WorkbookError } from "./errors";
import type { WritePlan } from "./port";
import { sameSheetName } from "../core/sheet-names";

/** What an adapter knows about the workbook just before writing (from its read phase). */
export interface WriteTarget {
  /** The sheet as it stands, or undefined when there is none (names compare without case). */
  sheet(name: string): { protected: boolean } | undefined;
  /** Sheets our state sheet says we made (read before this write, not the plan's new list). */
  ownedSheets: readonly string[];
  /** A cell's current value. */
  cell(sheet: string, address: string): CellValue;
}


function writable(target: WriteTarget, name: string, why: string): void {
  const sheet = target.sheet(name);
  if (sheet?.protected) throw new WorkbookError("protected", `Sheet "${name}" is protected: unprotect it (Review › Unprotect Sheet) so ${why}.`);
}

/**
 * The port's write rules, checked before anything is written so a refused write changes
 * nothing: no writing to protected sheets, never replacing a user's sheet, formatting only a
 * sheet that exists or that this write creates, and edits only where the cell still holds what
 * it held when we decided.
 */
export function checkWritePlan(plan: WritePlan, target: WriteTarget): void {
  const creates = (name: string) => (plan.sheets ?? []).some((s) => sameSheetName(s.name, name));
  if (plan.format) {
    const name = plan.format.sheet;
    const exists = Boolean(target.sheet(name));
    // A sheet this write creates may be formatted by it (written first); one it would replace
    // may not: its rules and dropdowns would go with it.
    if (!exists && !creates(name)) throw new WorkbookError("no-sheet", `There is no sheet called "${name}" to format.`);
    if (exists && creates(name)) throw new WorkbookError("write-failed", `The summary cannot replace the plan sheet "${name}"; nothing was written.`);
    writable(target, name, "the rating formatting and dropdowns can be added");
  }
  for (const spec of plan.sheets ?? []) {
    if (sameSheetName(spec.name, STATE_SHEET)) throw new WorkbookError("write-failed", `"${STATE_SHEET}" is the add-in's settings sheet: the summary cannot take its name.`);
    if (target.sheet(spec.name) && !target.ownedSheets.some((o) => sameSheetName(o, spec.name)))
      throw new WorkbookError("write-failed", `A sheet called "${spec.name}" already exists and was not made by WSOA Tracker: it has been left untouched. Rename it, or let the add-in choose another name.`);
    writable(target, spec.name, "the summary can be rebuilt");
  }
  if (plan.stateSheet) writable(target, plan.stateSheet.name, "the add-in can save its settings");
  for (const edit of plan.edits ?? []) {
    if (!target.sheet(edit.sheet)) throw new WorkbookError("no-sheet", `There is no sheet called "${edit.sheet}" for the change to ${edit.cell}.`);
    writable(target, edit.sheet, `${edit.cell} can be corrected`);
    const now = cellText(target.cell(edit.sheet, edit.cell));
    if (now !== cellText(edit.before))
      throw new WorkbookError("write-failed", `${edit.sheet}!${edit.cell} changed since it was checked ("${cellText(edit.before)}" is now "${now}"): nothing was written. Validate again.`);
  }
}
