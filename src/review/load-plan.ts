import type { IsoDate } from "../core/dates";
import { isWorkbookError } from "../workbook/errors";
import type { WorkbookSnapshot } from "../workbook/port";
import { changesSection } from "./changes-section";
import { checkSnapshot, stateOf, type ResolvedPlan } from "./check";
import { locatePlan, userSheets } from "./locate";
import { overviewOf, type PlanOverview } from "./overview";
import { settingsProblems } from "./settings";

/**
 * What the pane can show after reading the workbook, and the one way forward from each state:
 * - `ready`: the plan is read (with a notice when its sheet was found under a new name);
 * - `damaged`: the saved settings cannot be read: say what is wrong, offer Reset settings;
 * - `ask`: the saved plan sheet is gone and several sheets could be it: offer the picker;
 * - `none`: no plan here: say why, offer the picker (if any sheet) and New plan.
 */
export type PaneLoad =
  | { kind: "ready"; resolved: ResolvedPlan; overview: PlanOverview; moved: { from: string; to: string } | null }
  | { kind: "damaged"; problems: string[] }
  | { kind: "ask"; from: string; candidates: string[]; sheets: string[] }
  | { kind: "none"; reason: string; sheets: string[] };

export function loadPlan(snapshot: WorkbookSnapshot, today: IsoDate): PaneLoad {
  const problems = settingsProblems(snapshot);
  if (problems.length) return { kind: "damaged", problems };
  const state = stateOf(snapshot);
  const sheets = userSheets(snapshot, state).filter((s) => s.visibility === "visible").map((s) => s.name);
  const where = locatePlan(snapshot, state);
  if (where.kind === "ask") return { kind: "ask", from: where.from, candidates: where.candidates, sheets };
  if (where.kind === "none") {
    if (state.config.sheet)
      return { kind: "none", reason: `Your plan sheet "${state.config.sheet}" is no longer in this workbook, and no other sheet has plan headings. Choose the plan sheet, or start a new plan.`, sheets };
    return { kind: "none", reason: noPlanReason(snapshot, today), sheets };
  }
  try {
    const resolved = checkSnapshot(snapshot, { today, sheet: where.sheet });
    const overview = overviewOf(resolved, sheets, today);
    overview.sections = [...changesSection(snapshot, resolved, today), ...overview.sections];
    return { kind: "ready", resolved, overview, moved: where.kind === "moved" ? { from: where.from, to: where.sheet } : null };
  } catch (e) {
    return { kind: "none", reason: isWorkbookError(e) ? e.message : String(e), sheets };
  }
}

/** The sentence for a plan found under a new name. */
export const movedNotice = (m: { from: string; to: string }): string =>
  `Your plan sheet "${m.from}" is no longer in this workbook; WSOA Tracker is now reading "${m.to}", which has the same kind of headings.`;

/** Why the workbook has no plan, in the check's own words (empty workbook, no plan headings). */
function noPlanReason(snapshot: WorkbookSnapshot, today: IsoDate): string {
  try {
    checkSnapshot(snapshot, { today });
    return "No sheet has plan headings.";
  } catch (e) {
    return isWorkbookError(e) ? e.message : String(e);
  }
}
