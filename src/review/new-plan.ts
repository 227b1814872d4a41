import { BUILT_IN_SCHEMES, type BuiltInSchemeId } from "../core/ratings/scheme";
import { newPlanSheet } from "../core/specs/new-plan-sheet";
import { freeSheetName, stateSheetRows, STATE_SHEET } from "../core/state";
import type { WorkbookSnapshot, WritePlan } from "../workbook/port";
import { stateOf } from "./check";

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
  const name = freeSheetName(options.name ?? "Action plan", existing, []);
  const scheme = BUILT_IN_SCHEMES[options.scheme];
  const { sheet, format } = newPlanSheet({ name, scheme, title: options.title });
  const { columns: _columns, headerRow: _headerRow, ...rest } = state.config;
  const config = { ...rest, scheme: options.scheme, sheet: name };
  const owned = state.ownedSheets.filter((n) => existing.includes(n));
  return {
    sheet: name,
    writes: [
      {
        sheets: [sheet],
        format,
        stateSheet: { name: STATE_SHEET, rows: stateSheetRows({ config, ownedSheets: owned }, scheme.ratings.map((r) => r.label)).rows },
        activate: name,
      },
    ],
  };
}
