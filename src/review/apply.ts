import { buildFormatSpec } from "../core/specs/format-spec";
import { buildSummarySheet } from "../core/specs/summary-sheet";
import { freeName, ownedSheets } from "../core/owned-sheets";
import { freeSheetName, stateSheetRows, STATE_SHEET } from "../core/state";
import { WorkbookError } from "../workbook/errors";
import type { WorkbookSnapshot, WritePlan } from "../workbook/port";
import { checkSnapshot, type CheckOptions, type ResolvedPlan } from "./check";

export interface ApplyOptions extends CheckOptions {
  /** Write the formatting (rules, dropdowns). Default true. */
  format?: boolean;
  /** Write the summary sheet. Default true. */
  summary?: boolean;
  title?: string;
}

export interface ApplyPlan {
  resolved: ResolvedPlan;
  write: WritePlan;
  /** The summary sheet's name ("Summary", or another when a user's sheet has that name). */
  summarySheet: string | null;
}

/**
 * Decide everything `apply` writes, from one read of the workbook: formatting for the plan
 * sheet, the summary sheet under a name that is ours, and our state sheet.
 */
export function planApply(snapshot: WorkbookSnapshot, options: ApplyOptions): ApplyPlan {
  const resolved = checkSnapshot(snapshot, options);
  const { analysis, sheet, state } = resolved;
  if (sheet.protected && options.format !== false)
    throw new WorkbookError("protected", `Sheet "${sheet.name}" is protected: unprotect it (Review › Unprotect Sheet) so the rating formatting and dropdowns can be added.`);
  const existing = snapshot.sheets.map((s) => s.name);
  // Ours by proof (marker, or the previous version's evidence), never by name: a user's own
  // "WSOA Tracker" or "Summary" (any case) is left alone and ours take another name.
  const roles = ownedSheets(snapshot.sheets);
  const stateName = roles.settings ?? freeName(STATE_SHEET, existing);
  const summarySheet = options.summary === false ? null : (roles.summary ?? freeSheetName("Summary", [...existing, stateName], []));
  const owned = [...new Set([...(roles.history ? [roles.history] : []), ...(summarySheet ? [summarySheet] : [])])];
  const labels = analysis.plan.scheme.ratings.map((r) => r.label);
  const write: WritePlan = {
    stateSheet: { name: stateName, rows: stateSheetRows({ config: state.config, ownedSheets: owned }, labels).rows },
  };
  if (options.format !== false) {
    const format = buildFormatSpec(analysis.plan);
    write.format = { ...format, lists: format.lists.map((l) => ({ ...l, sheet: stateName })) };
  }
  if (summarySheet) {
    write.sheets = [buildSummarySheet(analysis, { name: summarySheet, today: options.today, title: options.title })];
    write.activate = summarySheet;
  }
  return { resolved, write, summarySheet };
}
