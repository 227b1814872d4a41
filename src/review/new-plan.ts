import { BUILT_IN_SCHEMES, type BuiltInSchemeId } from "../core/ratings/scheme";
import { newPlanSheet } from "../core/specs/new-plan-sheet";
import { freeSheetName } from "../core/state";
import { sheetNameProblem } from "../core/sheet-names";
import { WorkbookError } from "../workbook/errors";
import type { WorkbookSnapshot, WritePlan } from "../workbook/port";
import { stateOf } from "./check";
import { listsOnSettingsSheet, settingsWrite } from "./settings-write";

export interface NewPlanOptions {
  scheme: BuiltInSchemeId;
  /** Wanted sheet name; a free variant is used when a sheet already has it. Default "Action plan". */
  name?: string;
  title?: string;
}

/**
 * "New plan": a blank plan sheet for the chosen scheme, under a name no sheet has, made the
 * workbook's plan sheet in the stored config (the old sheet's column overrides and header row
 * are dropped: they described another sheet). The new sheet is the user's, not ours: later
 * writes never replace it.
 *
 * One write: the sheet, its formatting (the port writes new sheets before formatting, so a
 * sheet may be formatted in the write that creates it) and the settings. `writes` stays a
 * list so callers loop over it.
 */
export function planNewPlan(snapshot: WorkbookSnapshot, options: NewPlanOptions): { sheet: string; writes: [WritePlan] } {
  const state = stateOf(snapshot);
  const existing = snapshot.sheets.map((s) => s.name);
  const wanted = (options.name ?? "Action plan").trim();
  // Refused here, before anything is written, in words the form can show (the port checks again).
  const problem = sheetNameProblem(wanted);
  if (problem) throw new WorkbookError("write-failed", `"${wanted}" cannot be a sheet name in Excel: a sheet name ${problem}. Choose another name, such as "${suggestedName(wanted)}".`);
  const name = freeSheetName(wanted, existing, []);
  if (sheetNameProblem(name)) throw new WorkbookError("write-failed", `A sheet called "${wanted}" already exists: choose another name for the new plan.`);
  const scheme = BUILT_IN_SCHEMES[options.scheme];
  const { sheet, format } = newPlanSheet({ name, scheme, title: options.title });
  const { columns: _columns, headerRow: _headerRow, ...rest } = state.config;
  const config = { ...rest, scheme: options.scheme, sheet: name };
  return {
    sheet: name,
    writes: [
      {
        // The new plan is the user's sheet: no ownership marker, never replaced by us.
        sheets: [{ ...sheet, role: "user" }],
        format: listsOnSettingsSheet(snapshot, format),
        stateSheet: settingsWrite(snapshot, { config, labels: scheme.ratings.map((r) => r.label) }),
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
