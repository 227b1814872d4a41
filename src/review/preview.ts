import { sameSheetName } from "../core/sheet-names";
import { readState } from "../core/state";
import type { WorkbookSnapshot, WritePlan } from "../workbook/port";
import { rowList, type ApplyPlan } from "./apply";
import { settingsSheetOf, type ResolvedPlan } from "./check";
import { editLine } from "./describe";
import { FOR_EVERYONE } from "./settings";
import { listing, plural } from "./words";

/** What a write will do, listed before it happens, so the user can confirm it once. */
export interface Preview {
  title: string;
  /** One line per kind of change: rules and ranges, sheets, settings. */
  lines: string[];
  /** Each cell before → after (Fix, Fix all, stamping). */
  cells: string[];
  /** Things to weigh before confirming (a summary someone edited, shared settings). */
  warnings: string[];
  confirmLabel: string;
}


/** The lines of a preview for any write, worked out from the write itself and the workbook as read. */
export function previewLines(snapshot: WorkbookSnapshot, write: WritePlan): { lines: string[]; cells: string[]; settingsChange: boolean } {
  const lines: string[] = [];
  const f = write.format;
  if (f) {
    const ratingRanges = [...new Set(f.rules.filter((r) => r.purpose === "rating").map((r) => r.range))];
    const perRange = ratingRanges.length ? f.rules.filter((r) => r.purpose === "rating").length / ratingRanges.length : 0;
    if (ratingRanges.length) lines.push(`Colour the ratings on "${f.sheet}" ${listing(ratingRanges)}: ${plural(perRange, "rule")} per column, one per rating. Colour rules WSOA Tracker wrote before are replaced; your own rules stay.`);
    if (f.validations.length) lines.push(`Add rating dropdowns on ${listing(f.validations.map((v) => v.range))} (list ${[...new Set(f.validations.map((v) => v.listName))].join(", ")}). ${f.validations.some((v) => v.errorStyle === "stop") ? "Other entries are refused." : "Other entries get a warning."}`);
    const overdue = f.rules.find((r) => r.purpose === "overdue");
    if (overdue) lines.push(`Highlight overdue deadlines on ${overdue.range} (real dates only).`);
  }
  for (const s of write.sheets ?? []) {
    const exists = snapshot.sheets.some((x) => sameSheetName(x.name, s.name));
    lines.push(exists ? `Replace the sheet "${s.name}", which WSOA Tracker made: anything typed on it is lost.` : `Create the sheet "${s.name}".`);
  }
  const settingsChange = write.stateSheet ? configText(snapshot) !== String(write.stateSheet.rows[1]?.[1] ?? "") : false;
  if (settingsChange) lines.push(`Save WSOA Tracker's settings in this workbook. ${FOR_EVERYONE}`);
  return { lines, cells: (write.edits ?? []).map(editLine), settingsChange };
}

function configText(snapshot: WorkbookSnapshot): string {
  const grid = settingsSheetOf(snapshot)?.grid ?? null;
  const read = readState(grid);
  return read.ok && read.found ? JSON.stringify(read.state.config) : "";
}

/** What would make the board paper's figures wrong: ratings that are not ratings, no rating column. */
function summaryWarnings(resolved: ResolvedPlan): string[] {
  const issues = resolved.report.issues;
  const unknown = issues.filter((i) => i.rule === "status.unknown" && i.cell);
  const warnings: string[] = [];
  if (resolved.analysis.plan.columns.status === undefined) warnings.push("No rating column was found, so every item will be counted as Not rated. Set the rating column under Plan settings first.");
  if (unknown.length)
    warnings.push(`${plural(unknown.length, "rating is", "ratings are")} not in the scheme (${unknown.slice(0, 3).map((i) => i.cell).join(", ")}${unknown.length > 3 ? "…" : ""}) and will be counted as Not rated.`);
  return warnings;
}

/**
 * The preview for Apply formatting / Build summary: the summary-edited warning when the use
 * case reports it (branch excel), and, for a summary, what would make its figures wrong.
 */
export function previewApply(snapshot: WorkbookSnapshot, plan: Pick<ApplyPlan, "write" | "resolved" | "summaryEdited">, title: string, confirmLabel: string): Preview {
  const { lines, cells } = previewLines(snapshot, plan.write);
  const e = plan.summaryEdited;
  const warnings = e ? [`Someone has changed "${e.sheet}" since WSOA Tracker last wrote it (${rowList(e.rows)}): building it again replaces those changes. Copy anything you want to keep first.`] : [];
  if (plan.write.sheets?.length) warnings.push(...summaryWarnings(plan.resolved));
  return { title, lines, cells, warnings, confirmLabel };
}

/** The preview for a settings change (its sentence already says it applies to everyone). */
export function previewSettings(title: string, change: string, confirmLabel = "Save"): Preview {
  return { title, lines: [change], cells: [], warnings: [], confirmLabel };
}

/** The preview for Fix / Fix all: every cell, before → after. */
export function previewFix(snapshot: WorkbookSnapshot, write: WritePlan, skipped: string[]): Preview {
  const { cells } = previewLines(snapshot, write);
  const warnings = skipped.length ? [`${plural(skipped.length, "rating is", "ratings are")} worked out by a formula and will be left alone: ${skipped.join(", ")}.`] : [];
  return { title: cells.length === 1 ? "Fix this rating?" : `Fix ${cells.length} ratings?`, lines: ["Write each rating in the scheme's own words. Nothing else on the sheet changes."], cells, warnings, confirmLabel: cells.length === 1 ? "Fix" : `Fix ${cells.length}` };
}
