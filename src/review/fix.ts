import type { CellEdit } from "../core/specs/types";
import type { WorkbookSnapshot, WritePlan } from "../workbook/port";
import { checkSnapshot, type CheckOptions, type ResolvedPlan } from "./check";

export interface FixPlan {
  resolved: ResolvedPlan;
  edits: CellEdit[];
  /** Ratings that need normalising but are computed by a formula: a value would destroy the formula. */
  skipped: CellEdit[];
  write: WritePlan;
}

/**
 * `fix`: the canonical label over every rating that needed normalising, and nothing else.
 * Each edit records what the cell held, so a cell changed meanwhile is not overwritten.
 */
export function planFix(snapshot: WorkbookSnapshot, options: CheckOptions): FixPlan {
  const resolved = checkSnapshot(snapshot, options);
  const formulas = new Set(resolved.sheet.grid.formulaCells ?? []);
  const all = resolved.report.issues
    .filter((i) => i.fix)
    .map((i) => ({ sheet: resolved.sheet.name, cell: i.fix!.cell, before: i.fix!.before, after: i.fix!.after }));
  const edits = all.filter((e) => !formulas.has(e.cell));
  return { resolved, edits, skipped: all.filter((e) => formulas.has(e.cell)), write: { edits } };
}
