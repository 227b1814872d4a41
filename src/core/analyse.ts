import { columnLetter } from "./address";
import type { IsoDate } from "./dates";
import type { DeadlineOptions } from "./deadlines";
import type { Field } from "./fields";
import type { Grid } from "./grid";
import { sortIssues, type Issue } from "./issue";
import { withoutKpiRows } from "./kpi/mask";
import { readPlan } from "./plan/read-plan";
import type { Plan } from "./plan/types";
import type { RatingScheme } from "./ratings/scheme";
import { summarisePlan, type Summary } from "./summarise";
import { validatePlan } from "./validate";

export interface AnalyseOptions {
  sheet: string;
  today: IsoDate;
  scheme?: RatingScheme;
  headerRow?: number;
  columns?: Partial<Record<Field, string>>;
  deadlines?: DeadlineOptions;
}

/** Everything `check` reports about one plan sheet. */
export interface Analysis {
  plan: Plan;
  issues: Issue[];
  summary: Summary;
}

/**
 * Read, validate and summarise one plan sheet. Null when the sheet has no header row.
 * Example: analysePlan(grid, { sheet: "WSOA", today: "2023-03-31" })?.summary.percentComplete.
 */
export function analysePlan(grid: Grid, options: AnalyseOptions): Analysis | null {
  const plan = readPlan(withoutKpiRows(grid, options.deadlines), options);
  if (!plan) return null;
  return { plan, issues: sortIssues(validatePlan(plan, options.today)), summary: summarisePlan(plan, options.today) };
}

/** Field → column letter, in sheet order (the `columns` object of the JSON report). */
export function columnLetters(plan: Plan): Partial<Record<Field, string>> {
  const entries = (Object.entries(plan.columns) as [Field, number][]).sort((a, b) => a[1] - b[1]);
  return Object.fromEntries(entries.map(([f, c]) => [f, columnLetter(c)]));
}
