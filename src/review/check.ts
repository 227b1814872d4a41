import { analysePlan, columnLetters, type Analysis } from "../core/analyse";
import { schemeFromConfig } from "../core/config";
import type { IsoDate } from "../core/dates";
import type { Field } from "../core/fields";
import type { Issue } from "../core/issue";
import { choosePlanSheet } from "../core/plan/choose-sheet";
import { BUILT_IN_SCHEMES, type BuiltInSchemeId } from "../core/ratings/scheme";
import { isLegacySettingsCandidate, ownedSheets } from "../core/owned-sheets";
import { readState, type TrackerState } from "../core/state";
import type { Summary } from "../core/summarise";
import { WorkbookError } from "../workbook/errors";
import type { SheetSnapshot, WorkbookSnapshot } from "../workbook/port";

export interface CheckOptions {
  today: IsoDate;
  /** The plan sheet; else the config's; else found automatically. */
  sheet?: string;
  /** Overrides the config's scheme and detection. */
  scheme?: BuiltInSchemeId;
}

/** The `check` report (contract: DESIGN.md "Command line", `--json`). */
export interface CheckReport {
  sheet: string;
  headerRow: number;
  scheme: string;
  columns: Partial<Record<Field, string>>;
  items: number;
  issues: Issue[];
  summary: Summary;
}

export interface ResolvedPlan {
  report: CheckReport;
  analysis: Analysis;
  sheet: SheetSnapshot;
  state: TrackerState;
}

const hasCells = (s: SheetSnapshot) => s.grid.values.some((r) => r.some((v) => v !== null && v !== ""));
/** The sheets that are ours (settings, summary, history), proved by marker or legacy evidence. */
export function ourSheets(snapshot: WorkbookSnapshot): Set<string> {
  return new Set(Object.values(ownedSheets(snapshot.sheets)));
}

const listSheets = (snapshot: WorkbookSnapshot) => {
  const ours = ourSheets(snapshot);
  return snapshot.sheets.filter((s) => !ours.has(s.name)).map((s) => `"${s.name}"`).join(", ");
};

/**
 * Our stored config, or a WorkbookError naming the damaged key. The settings sheet is the one a
 * marker proves ours (or the previous version's, src/core/owned-sheets.ts); a user's own sheet
 * called "WSOA Tracker" is never read as settings.
 */
export function stateOf(snapshot: WorkbookSnapshot): TrackerState {
  const name = ownedSheets(snapshot.sheets).settings;
  // The previous version's very hidden sheet with our title but a config that no longer parses: say so, touch nothing.
  const sheet = snapshot.sheets.find((s) => s.name === name) ?? snapshot.sheets.find(isLegacySettingsCandidate);
  const read = readState(sheet?.grid ?? null);
  if (!read.ok)
    throw new WorkbookError("bad-config", `The WSOA Tracker settings stored in this workbook are damaged: ${read.problems.map((p) => `${p.key}: ${p.message}`).join("; ")}. Correct them on the very hidden sheet "${sheet!.name}", or delete that sheet to start again.`);
  return read.state;
}

/**
 * Find the plan sheet in a workbook as read and analyse it with the workbook's stored config.
 * Throws WorkbookError when the workbook holds no usable plan.
 */
export function checkSnapshot(snapshot: WorkbookSnapshot, options: CheckOptions): ResolvedPlan {
  const state = stateOf(snapshot);
  const { config } = state;
  const ours = ourSheets(snapshot);
  const userSheets = snapshot.sheets.filter((s) => !ours.has(s.name));
  if (!userSheets.some(hasCells)) throw new WorkbookError("empty", "The workbook is empty: no sheet has anything in it.");
  const name = options.sheet ?? config.sheet ?? choosePlanSheet(userSheets) ?? undefined;
  const hiddenPlan = name === undefined ? choosePlanSheet(userSheets.map((s) => ({ ...s, visibility: "visible" }))) : null;
  if (hiddenPlan !== null)
    throw new WorkbookError("no-plan-sheet", `The plan looks to be on sheet "${hiddenPlan}", which is hidden: unhide it (right-click any sheet tab › Unhide), or name that sheet explicitly (--sheet in the CLI).`);
  if (name === undefined)
    throw new WorkbookError("no-plan-sheet", `No sheet has a plan header row (a row with headings such as Ref, Action, Milestone, Deadline, RAG); sheets: ${listSheets(snapshot)}.`);
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new WorkbookError("no-sheet", `There is no sheet called "${name}" (sheets: ${listSheets(snapshot)}).`);
  const analysis = analysePlan(sheet.grid, {
    sheet: sheet.name,
    today: options.today,
    scheme: options.scheme ? BUILT_IN_SCHEMES[options.scheme] : schemeFromConfig(config.scheme),
    headerRow: config.headerRow,
    columns: config.columns,
    deadlines: { terms: config.terms, quarters: config.quarters },
  });
  if (!analysis)
    throw new WorkbookError("no-plan-sheet", `Sheet "${sheet.name}" has no header row with plan headings (such as Action, Milestone, Deadline, RAG) in its first 60 rows.`);
  const { plan, issues, summary } = analysis;
  return {
    analysis,
    sheet,
    state,
    report: { sheet: plan.sheet, headerRow: plan.headerRow, scheme: plan.scheme.id, columns: columnLetters(plan), items: plan.items.length, issues, summary },
  };
}
