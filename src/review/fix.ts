import type { CellEdit } from "../core/specs/types";
import type { WorkbookSnapshot, WritePlan } from "../workbook/port";
import { checkSnapshot, type CheckOptions, type ResolvedPlan } from "./check";

/**
 * `fix`: the canonical label over every rating that needed normalising, and nothing else.
 * Each edit records what the cell held, so a cell changed meanwhile is not overwritten.
 */
export function planFix(snapshot: WorkbookSnapshot, options: CheckOptions): { resolved: ResolvedPlan; edits: CellEdit[]; write: WritePlan } {
  const resolved = checkSnapshot(snapshot, options);
  const edits = resolved.report.issues
    .filter((i) => i.fix)
    .map((i) => ({ sheet: resolved.sheet.name, cell: i.fix!.cell, before: i.fix!.before, after: i.fix!.after }));
  return { resolved, edits, write: { edits } };
}
