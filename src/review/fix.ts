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
 * A fix that asks (`choices`: `Green` in the five-level scheme) is written only where the
 * user has answered in `answers` (cell → the chosen text, one of the choices).
 */
export function planFix(snapshot: WorkbookSnapshot, options: CheckOptions, answers: Record<string, string> = {}): FixPlan {
  const resolved = checkSnapshot(snapshot, options);
  const formulas = new Set(resolved.sheet.grid.formulaCells ?? []);
  const all = resolved.report.issues
    .filter((i) => i.fix && (!i.fix.choices || i.fix.choices.includes(answers[i.fix.cell] ?? "")))
    .map((i) => ({ sheet: resolved.sheet.name, cell: i.fix!.cell, before: i.fix!.before, after: i.fix!.choices ? answers[i.fix!.cell]! : i.fix!.after }));
  const edits = all.filter((e) => !formulas.has(e.cell));
  return { resolved, edits, skipped: all.filter((e) => formulas.has(e.cell)), write: { edits } };
}
