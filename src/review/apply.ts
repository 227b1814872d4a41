import { buildKpiFormats } from "../core/kpi/kpi-format";
import { buildFormatSpec } from "../core/specs/format-spec";
import { editedSummaryRows, summaryRowHashes } from "../core/specs/summary-fingerprint";
import { buildSummarySheet } from "../core/specs/summary-sheet";
import { freeSheetName } from "../core/state";
import { WorkbookError } from "../workbook/errors";
import type { WorkbookSnapshot, WritePlan } from "../workbook/port";
import { checkSnapshot, settingsSheetName, type CheckOptions, type ResolvedPlan } from "./check";
import { historyViewOf } from "./history";
import { listsOnOurSheet, stateWrite } from "./state-write";

export interface ApplyOptions extends CheckOptions {
  /** Write the formatting (rules, dropdowns). Default true. */
  format?: boolean;
  /** Write the summary sheet. Default true. */
  summary?: boolean;
  title?: string;
}

/** A summary a person has changed since WSOA Tracker last wrote it: what the rebuild replaces. */
export interface SummaryEdits {
  sheet: string;
  /** Sheet rows (1-based) that differ from what was written: edited, cleared or typed below. */
  rows: number[];
}

export interface ApplyPlan {
  resolved: ResolvedPlan;
  write: WritePlan;
  /** The summary sheet's name ("Summary", or another when a user's sheet has that name). */
  summarySheet: string | null;
  /**
   * Set when the summary about to be replaced was edited by a person since we last wrote it
   * (known from the fingerprint on our state sheet): the pane asks before replacing, the CLI
   * says what it replaced. Null when unchanged, new, or written before fingerprints existed.
   */
  summaryEdited: SummaryEdits | null;
}

/** "rows 5, 12 and 40" */
export function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, 10);
  const more = rows.length - shown.length;
  const list = shown.length === 1 ? `row ${shown[0]}` : `rows ${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
  return more > 0 ? `${list.replace(/ and /, ", ")} and ${more} more` : list;
}

/**
 * Decide everything `apply` writes, from one read of the workbook: formatting for the plan
 * sheet and for each sheet holding KPI tables (their actuals rated live), the summary on the sheet proved ours (updated in place, whatever it is now called),
 * or under a free name, and our state sheet with the summary's fingerprint.
 */
export function planApply(snapshot: WorkbookSnapshot, options: ApplyOptions): ApplyPlan {
  const resolved = checkSnapshot(snapshot, options);
  const { analysis, sheet, state } = resolved;
  if (sheet.protected && options.format !== false)
    throw new WorkbookError("protected", `Sheet "${sheet.name}" is protected: unprotect it (Review › Unprotect Sheet) so the rating formatting and dropdowns can be added.`);
  const existing = snapshot.sheets.map((s) => s.name);
  // Ours by proof (marker, or the previous version's evidence), never by name: a user's own
  // "WSOA Tracker" or "Summary" (any case) is left alone and ours take another name.
  const ours = snapshot.sheets.find((s) => s.ownedAs === "summary");
  const stateName = settingsSheetName(snapshot);
  const summarySheet = options.summary === false ? null : (ours?.name ?? freeSheetName("Summary", [...existing, stateName], []));
  const write: WritePlan = {};
  if (options.format !== false) {
    write.format = listsOnOurSheet(snapshot, buildFormatSpec(analysis.plan, state.config.ratingList));
    // The KPI sheets' own colours; a protected KPI sheet is left as it is (the summary still rates its KPIs).
    const kpiFormats = resolved.kpis ? buildKpiFormats(resolved.kpis, snapshot.sheets.filter((s) => s.protected).map((s) => s.name)) : [];
    if (kpiFormats.length) write.formats = kpiFormats;
  }
  let summaryRows = state.summaryRows;
  let summaryEdited: SummaryEdits | null = null;
  if (summarySheet) {
    const spec = buildSummarySheet(analysis, { name: summarySheet, today: options.today, title: options.title, kpis: resolved.kpis, history: historyViewOf(snapshot, resolved, options.today) });
    write.sheets = [{ ...spec, role: "summary" }];
    write.activate = summarySheet;
    const edited = ours && state.summaryRows ? editedSummaryRows(state.summaryRows, ours.grid) : [];
    if (ours && edited.length) summaryEdited = { sheet: ours.name, rows: edited };
    summaryRows = summaryRowHashes(spec);
  }
  const labels = analysis.plan.scheme.ratings.map((r) => r.label);
  // Other plans' rating lists are written back as they are: their dropdowns never change.
  write.stateSheet = stateWrite(snapshot, { ...state, ...(summaryRows ? { summaryRows } : {}) }, labels, summarySheet);
  return { resolved, write, summarySheet, summaryEdited };
}
