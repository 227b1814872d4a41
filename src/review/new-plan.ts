import { BUILT_IN_SCHEMES, type BuiltInSchemeId } from "../core/ratings/scheme";
import { newPlanSheet } from "../core/specs/new-plan-sheet";
import { freeSheetName, ratingListIndex, ratingListName } from "../core/state";
import { sheetNameProblem } from "../core/sheet-names";
import { WorkbookError } from "../workbook/errors";
import type { WorkbookSnapshot, WritePlan } from "../workbook/port";
import { stateOf } from "./check";
import { followPlan, listsInUse } from "./plans";
import { listsOnOurSheet, listsOnStateSheet, stateWrite } from "./state-write";

export interface NewPlanOptions {
  scheme: BuiltInSchemeId;
  /** Wanted sheet name; a free variant is used when a sheet already has it. Default "Action plan". */
  name?: string;
  title?: string;
  /** The plan followed now (its settings are kept for when the user switches back). */
  current?: string | null;
}

/**
 * "New plan": a blank plan sheet for the chosen scheme, under a name no sheet has, which the
 * tracker then follows. The existing plan is never touched: its settings are kept under
 * `plans`, and the new plan's dropdowns get their own rating list (WSOA_Ratings_2, …), so the
 * first plan's dropdowns keep offering and accepting their own ratings. The new sheet is the
 * user's, not ours: later writes never replace it.
 *
 * One write: the sheet, its formatting (the port writes new sheets before formatting) and the
 * settings. `writes` stays a list so callers loop over it.
 */
export function planNewPlan(snapshot: WorkbookSnapshot, options: NewPlanOptions): { sheet: string; listName: string; writes: [WritePlan] } {
  const state = stateOf(snapshot);
  const existing = snapshot.sheets.map((s) => s.name);
  const wanted = (options.name ?? "Action plan").trim();
  // Refused here, before anything is written, in words the form can show (the port checks again).
  const problem = sheetNameProblem(wanted);
  if (problem) throw new WorkbookError("write-failed", `"${wanted}" cannot be a sheet name in Excel: a sheet name ${problem}. Choose another name, such as "${suggestedName(wanted)}".`);
  const name = freeSheetName(wanted, existing, []);
  if (sheetNameProblem(name)) throw new WorkbookError("write-failed", `A sheet called "${wanted}" already exists: choose another name for the new plan.`);
  const scheme = BUILT_IN_SCHEMES[options.scheme];
  const current = options.current === undefined ? state.config.sheet ?? null : options.current;
  const onSheet = listsOnStateSheet(snapshot);
  const taken = new Set([...listsInUse(state.config).map(ratingListIndex), ...onSheet.map((l) => l.index)]);
  // With no plan yet (and no list on the state sheet), the first list is free.
  if (!current && !state.config.plans && onSheet.length === 0) taken.clear();
  let index = 0;
  while (taken.has(index)) index++;
  const listName = ratingListName(index);
  const { sheet, format } = newPlanSheet({ name, scheme, title: options.title, listName });
  const config = followPlan(state.config, current, name, { scheme: options.scheme, ratingList: listName });
  return {
    sheet: name,
    listName,
    writes: [
      {
        // The new plan is the user's sheet: no ownership marker, never replaced by us.
        sheets: [{ ...sheet, role: "user" }],
        format: listsOnOurSheet(snapshot, format),
        stateSheet: stateWrite(snapshot, { ...state, config }, scheme.ratings.map((r) => r.label)),
        activate: name,
      },
    ],
  };
}

/** "Action plan 2024/25" → "Action plan 2024-25": forbidden characters as dashes, cut to 31. */
export function suggestedName(wanted: string): string {
  const cleaned = wanted.replace(/[:\\/?*[\]]/g, "-").replace(/^'+|'+$/g, "").trim().slice(0, 31).trim();
  return cleaned && !/^history$/i.test(cleaned) ? cleaned : "Action plan";
}
