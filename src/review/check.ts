import { analysePlan, columnLetters, type Analysis } from "../core/analyse";
import type { IsoDate } from "../core/dates";
import type { Field } from "../core/fields";
import type { Issue } from "../core/issue";
import { choosePlanSheet } from "../core/plan/choose-sheet";
import { BUILT_IN_SCHEMES, type BuiltInSchemeId } from "../core/ratings/scheme";
import type { Summary } from "../core/summarise";
import { WorkbookError } from "../workbook/errors";
import type { WorkbookSnapshot } from "../workbook/port";

export interface CheckOptions {
  today: IsoDate;
  /** The plan sheet; found automatically when absent. */
  sheet?: string;
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

/**
 * Find the plan sheet in a workbook as read and analyse it. Throws WorkbookError when the
 * workbook holds no usable plan (empty, no header row, or the named sheet is missing).
 */
export function checkSnapshot(snapshot: WorkbookSnapshot, options: CheckOptions): { report: CheckReport; analysis: Analysis } {
  const withCells = snapshot.sheets.filter((s) => s.grid.values.some((r) => r.some((v) => v !== null && v !== "")));
  if (withCells.length === 0) throw new WorkbookError("empty", "The workbook is empty: no sheet has anything in it.");
  let name = options.sheet;
  if (name !== undefined) {
    if (!snapshot.sheets.some((s) => s.name === name))
      throw new WorkbookError("no-sheet", `There is no sheet called "${name}" (sheets: ${snapshot.sheets.map((s) => `"${s.name}"`).join(", ")}).`);
  } else {
    name = choosePlanSheet(snapshot.sheets) ?? undefined;
    if (name === undefined)
      throw new WorkbookError("no-plan-sheet", `No sheet has a plan header row (a row with headings such as Ref, Action, Milestone, Deadline, RAG); sheets: ${snapshot.sheets.map((s) => `"${s.name}"`).join(", ")}.`);
  }
  const sheet = snapshot.sheets.find((s) => s.name === name)!;
  const analysis = analysePlan(sheet.grid, {
    sheet: sheet.name,
    today: options.today,
    scheme: options.scheme ? BUILT_IN_SCHEMES[options.scheme] : undefined,
  });
  if (!analysis)
    throw new WorkbookError("no-plan-sheet", `Sheet "${sheet.name}" has no header row with plan headings (such as Action, Milestone, Deadline, RAG) in its first 60 rows.`);
  const { plan, issues, summary } = analysis;
  return {
    analysis,
    report: { sheet: plan.sheet, headerRow: plan.headerRow, scheme: plan.scheme.id, columns: columnLetters(plan), items: plan.items.length, issues, summary },
  };
}
