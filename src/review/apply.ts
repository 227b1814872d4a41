import { buildFormatSpec } from "../core/specs/format-spec";
import { buildSummarySheet } from "../core/specs/summary-sheet";
import { freeSheetName } from "../core/state";
import { WorkbookError } from "../workbook/errors";
import type { WorkbookSnapshot, WritePlan } from "../workbook/port";
import { checkSnapshot, type CheckOptions, type ResolvedPlan } from "./check";
import { stateWrite } from "./state-write";

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
  const summarySheet = options.summary === false ? null : freeSheetName("Summary", existing, state.ownedSheets);
  const labels = analysis.plan.scheme.ratings.map((r) => r.label);
  // Other plans' rating lists are written back as they are: their dropdowns never change.
  const write: WritePlan = { stateSheet: stateWrite(snapshot, state, labels, summarySheet ? [summarySheet] : []) };
  if (options.format !== false) write.format = buildFormatSpec(analysis.plan, state.config.ratingList);
  if (summarySheet) {
    write.sheets = [buildSummarySheet(analysis, { name: summarySheet, today: options.today, title: options.title, kpis: resolved.kpis })];
    write.activate = summarySheet;
  }
  return { resolved, write, summarySheet };
}
