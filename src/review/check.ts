import { analysePlan, columnLetters, type Analysis } from "../core/analyse";
import { schemeFromConfig, type PlanConfig } from "../core/config";
import type { IsoDate } from "../core/dates";
import type { Field } from "../core/fields";
import type { Issue } from "../core/issue";
import { choosePlanSheet } from "../core/plan/choose-sheet";
import { BUILT_IN_SCHEMES, type BuiltInSchemeId } from "../core/ratings/scheme";
import { readState, STATE_SHEET, type TrackerState } from "../core/state";
import { findSheet, freeName } from "../core/sheet-names";
import type { Summary } from "../core/summarise";
import type { KpiAnalysis } from "../core/kpi";
import { WorkbookError } from "../workbook/errors";
import { describeSettingsProblem } from "./settings-problems";
import type { SheetSnapshot, WorkbookSnapshot } from "../workbook/port";
import { kpiReport, workbookKpis, type KpiReport } from "./kpis";

export interface CheckOptions {
  today: IsoDate;
  /** The plan sheet; else the config's; else found automatically. */
  sheet?: string;
  /** Overrides the config's scheme and detection: a built-in id, or a scheme file's contents. */
  scheme?: SchemeChoice;
}

/**
 * A scheme file (`--scheme my-scheme.json`): a custom scheme and/or ratings and aliases added
 * to the scheme (the config's `scheme`, `addRatings` and `aliases` keys), used over the stored config.
 */
export type SchemeFile = Pick<PlanConfig, "scheme" | "addRatings" | "aliases">;
export type SchemeChoice = BuiltInSchemeId | SchemeFile;

/** The `check` report (contract: DESIGN.md "Command line", `--json`). */
export interface CheckReport {
  sheet: string;
  headerRow: number;
  scheme: string;
  columns: Partial<Record<Field, string>>;
  items: number;
  issues: Issue[];
  summary: Summary;
  /** Present only when the workbook has a KPI table (contract: DESIGN.md `kpis`). */
  kpis?: KpiReport;
}

export interface ResolvedPlan {
  report: CheckReport;
  analysis: Analysis;
  sheet: SheetSnapshot;
  state: TrackerState;
  /** The workbook's KPIs (KPI sheets and KPI blocks of the plan sheet), or null when it has none. */
  kpis: KpiAnalysis | null;
}

const SEVERITY = { error: 0, warning: 1, info: 2 } as const;
const hasCells = (s: SheetSnapshot) => s.grid.values.some((r) => r.some((v) => v !== null && v !== ""));
/** The sheets that are ours (settings, summary, history): proved by marker or the old version's evidence (src/core/ownership-proof.ts). */
export function ourSheets(snapshot: WorkbookSnapshot): Set<string> {
  return new Set(snapshot.sheets.filter((s) => s.ownedAs).map((s) => s.name));
}

/** Our settings sheet as read, or undefined when the workbook has none yet. */
export function settingsSheetOf(snapshot: WorkbookSnapshot): SheetSnapshot | undefined {
  return snapshot.sheets.find((s) => s.ownedAs === "settings");
}

/**
 * The name our settings sheet has, or will take: "WSOA Tracker", or "WSOA Tracker 2", … when a
 * user's own sheet already has that name (theirs is never touched).
 */
export function settingsSheetName(snapshot: WorkbookSnapshot): string {
  return settingsSheetOf(snapshot)?.name ?? freeName(STATE_SHEET, snapshot.sheets.map((s) => s.name));
}

const listSheets = (snapshot: WorkbookSnapshot) => {
  const ours = ourSheets(snapshot);
  return snapshot.sheets.filter((s) => !ours.has(s.name)).map((s) => `"${s.name}"`).join(", ");
};

/**
 * Our stored config, or a WorkbookError naming the damaged key. The settings sheet is the one a
 * marker proves ours (or the previous version's, src/core/ownership-proof.ts); a user's own sheet
 * called "WSOA Tracker" is never read as settings.
 */
export function stateOf(snapshot: WorkbookSnapshot): TrackerState {
  const sheet = settingsSheetOf(snapshot);
  const read = readState(sheet?.grid ?? null);
  if (!read.ok)
    throw new WorkbookError("bad-config", `The WSOA Tracker settings stored in this workbook are damaged. ${read.problems.map(describeSettingsProblem).join(" ")} Open the workbook in Excel and choose Reset settings in WSOA Tracker's pane: your plan, the sheets it made and the rating dropdowns are kept.`);
  return read.state;
}

/**
 * Find the plan sheet in a workbook as read and analyse it with the workbook's stored config.
 * Throws WorkbookError when the workbook holds no usable plan.
 */
export function checkSnapshot(snapshot: WorkbookSnapshot, options: CheckOptions): ResolvedPlan {
  const state = stateOf(snapshot);
  const { config } = state;
  // Ours by proof (markers), not by name: a user's sheet that took an old name of ours is theirs.
  const userSheets = snapshot.sheets.filter((s) => !s.ownedAs);
  if (!userSheets.some(hasCells)) throw new WorkbookError("empty", "The workbook is empty: no sheet has anything in it.");
  const name = options.sheet ?? config.sheet ?? choosePlanSheet(userSheets) ?? undefined;
  const hiddenPlan = name === undefined ? choosePlanSheet(userSheets.map((s) => ({ ...s, visibility: "visible" }))) : null;
  if (hiddenPlan !== null)
    throw new WorkbookError("no-plan-sheet", `The plan looks to be on sheet "${hiddenPlan}", which is hidden: unhide it (right-click any sheet tab › Unhide), or name that sheet explicitly (--sheet in the CLI).`);
  if (name === undefined)
    throw new WorkbookError("no-plan-sheet", `No sheet has a plan header row (a row with headings such as Ref, Action, Milestone, Deadline, RAG); sheets: ${listSheets(snapshot)}.`);
  // As Excel compares sheet names: `--sheet wsoa` finds "WSOA".
  const sheet = findSheet(snapshot.sheets, name);
  if (!sheet) throw new WorkbookError("no-sheet", `There is no sheet called "${name}" (sheets: ${listSheets(snapshot)}).`);
  const analysis = analysePlan(sheet.grid, {
    sheet: sheet.name,
    today: options.today,
    scheme: typeof options.scheme === "string" ? BUILT_IN_SCHEMES[options.scheme] : schemeFromConfig(options.scheme?.scheme ?? config.scheme),
    extend: { addRatings: [...(config.addRatings ?? []), ...(typeof options.scheme === "object" ? options.scheme.addRatings ?? [] : [])], aliases: { ...config.aliases, ...(typeof options.scheme === "object" ? options.scheme.aliases : {}) } },
    headerRow: config.headerRow,
    columns: config.columns,
    deadlines: { terms: config.terms, quarters: config.quarters },
  });
  if (!analysis)
    throw new WorkbookError("no-plan-sheet", `Sheet "${sheet.name}" has no header row with plan headings (such as Action, Milestone, Deadline, RAG) in its first 60 rows.`);
  const { plan, summary } = analysis;
  const kpis = workbookKpis(userSheets, config, options.today);
  // KPI issues name their sheet in the cell (`KPIs!D7`); errors stay ahead of warnings.
  const issues = kpis ? [...analysis.issues, ...kpis.issues].sort((a, b) => SEVERITY[a.severity] - SEVERITY[b.severity]) : analysis.issues;
  const report: CheckReport = { sheet: plan.sheet, headerRow: plan.headerRow, scheme: plan.scheme.id, columns: columnLetters(plan), items: plan.items.length, issues, summary };
  if (kpis) report.kpis = kpiReport(kpis);
  return { analysis, sheet, state, kpis, report };
}
