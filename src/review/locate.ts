import { detectHeaderRow } from "../core/header";
import { choosePlanSheet } from "../core/plan/choose-sheet";
import { sameSheetName } from "../core/sheet-names";
import type { TrackerState } from "../core/state";
import type { SheetSnapshot, WorkbookSnapshot } from "../workbook/port";

/**
 * Which sheet the followed plan is on:
 * - `found`: the stored sheet, or the one detected when none is stored;
 * - `moved`: the stored sheet is gone (renamed, deleted) and exactly one other sheet has a plan
 *   header and is not another known plan: read that one, and say so;
 * - `ask`: the stored sheet is gone and several sheets could be it: the user chooses;
 * - `none`: no sheet has a plan header.
 */
export type PlanLocation =
  | { kind: "found"; sheet: string }
  | { kind: "moved"; from: string; sheet: string }
  | { kind: "ask"; from: string; candidates: string[] }
  | { kind: "none" };

/** The user's sheets: not our state sheet, not a sheet we made, not hidden. */
export function userSheets(snapshot: WorkbookSnapshot, state: TrackerState): SheetSnapshot[] {
  return snapshot.sheets.filter((s) => !s.ownedAs && !state.ownedSheets.some((o) => sameSheetName(o, s.name)));
}

export function locatePlan(snapshot: WorkbookSnapshot, state: TrackerState): PlanLocation {
  const users = userSheets(snapshot, state);
  const stored = state.config.sheet;
  if (stored === undefined) {
    const sheet = choosePlanSheet(users);
    return sheet ? { kind: "found", sheet } : { kind: "none" };
  }
  const same = snapshot.sheets.find((s) => sameSheetName(s.name, stored));
  if (same) return { kind: "found", sheet: same.name };
  const otherPlans = Object.keys(state.config.plans ?? {});
  const candidates = users
    .filter((s) => s.visibility === "visible" && !otherPlans.some((p) => sameSheetName(p, s.name)) && detectHeaderRow(s.grid))
    .map((s) => s.name);
  if (candidates.length === 1) return { kind: "moved", from: stored, sheet: candidates[0]! };
  if (candidates.length === 0) return { kind: "none" };
  return { kind: "ask", from: stored, candidates };
}
