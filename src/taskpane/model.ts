/**
 * What the task pane shows, derived from a check: plain data, no React. Kept apart from the
 * components so it can be tested and so components hold no plan logic.
 */
import { columnLetter, columnNumber } from "../core/address";
import { FIELD_LABELS, FIELDS, type Field } from "../core/fields";
import { cellAt, cellText } from "../core/grid";
import type { Issue, Severity } from "../core/issue";
import { NOT_RATED } from "../core/ratings/scheme";
import type { SheetSpec } from "../core/specs/types";
import type { Summary } from "../core/summarise";
import { stateOf, type ResolvedPlan } from "../review/check";
import type { WorkbookSnapshot, WritePlan } from "../workbook/port";
import type { RatingsChartSpec } from "./host";
import { settingsWrite } from "../review/settings-write";

export interface RatingLook {
  label: string;
  meaning: string;
  fill: string;
  font: string;
}

export interface PlanOverview {
  sheet: string;
  headerRow: number;
  schemeName: string;
  ratings: RatingLook[];
  items: number;
  /** Field → column letter as understood (config overrides included). */
  columns: Partial<Record<Field, string>>;
  /** The header row's columns, for the mapping dropdowns: letter and heading text. */
  headers: { letter: string; text: string }[];
  summary: Summary;
}

/** The look of "Not rated": plain, so it never passes for a rating. */
export const NOT_RATED_LOOK: RatingLook = { label: NOT_RATED, meaning: "No rating entered yet", fill: "#FFFFFF", font: "#242424" };

/** The overview of a resolved plan, with the header texts for the column dropdowns. */
export function overviewOf(resolved: ResolvedPlan): PlanOverview {
  const { plan, summary } = resolved.analysis;
  const grid = resolved.sheet.grid;
  const headers: PlanOverview["headers"] = [];
  for (let col = 1; col <= plan.lastCol; col++) {
    const text = cellText(cellAt(grid, plan.headerRow, col));
    if (text) headers.push({ letter: columnLetter(col), text });
  }
  return {
    sheet: plan.sheet,
    headerRow: plan.headerRow,
    schemeName: plan.scheme.name,
    ratings: plan.scheme.ratings.map((r) => ({ label: r.label, meaning: r.meaning, fill: r.fill, font: r.font })),
    items: plan.items.length,
    columns: resolved.report.columns,
    headers,
    summary,
  };
}

/** Fields in the order the pane lists them: found ones in sheet order, then the rest. */
export function fieldsInOrder(columns: Partial<Record<Field, string>>): Field[] {
  const found = FIELDS.filter((f) => columns[f] !== undefined).sort((a, b) => columnNumber(columns[a]!) - columnNumber(columns[b]!));
  return [...found, ...FIELDS.filter((f) => columns[f] === undefined)];
}

export const fieldLabel = (f: Field): string => FIELD_LABELS[f];

/**
 * The write that saves a corrected column (field → letter) in the workbook's config, where
 * every co-author and the CLI read it. Re-reads the stored state from `snapshot`.
 */
export function setColumnWrite(snapshot: WorkbookSnapshot, resolved: ResolvedPlan, field: Field, letter: string): WritePlan {
  const state = stateOf(snapshot);
  const config = { ...state.config, sheet: resolved.sheet.name, columns: { ...state.config.columns, [field]: letter } };
  const labels = resolved.analysis.plan.scheme.ratings.map((r) => r.label);
  return { stateSheet: settingsWrite(snapshot, { config, labels }) };
}

export const SEVERITY_ORDER: Severity[] = ["error", "warning", "info"];
export const SEVERITY_TITLES: Record<Severity, string> = { error: "Errors", warning: "Warnings", info: "Notes" };

/** People's names for the rule ids (README, "Validation rules"). */
export const RULE_TITLES: Record<string, string> = {
  "structure.missing-column": "Missing columns",
  "structure.duplicate-column": "Duplicate columns",
  "structure.merged-cells": "Merged rating or deadline cells",
  "structure.no-items": "No items",
  "cell.error": "Formula errors",
  "ref.duplicate": "Duplicate references",
  "date.unparseable": "Deadlines that cannot be read",
  "date.implausible": "Implausible years",
  "date.missing": "Missing deadlines",
  "date.ambiguous": "Ambiguous deadlines",
  "status.normalised": "Ratings to tidy",
  "status.unknown": "Unknown ratings",
  "status.missing": "Not rated",
  "item.overdue": "Overdue items",
  "rating.mismatch": "On-track ratings on overdue items",
};

export const ruleTitle = (rule: string): string => RULE_TITLES[rule] ?? rule;

export interface IssueGroup {
  severity: Severity;
  rules: { rule: string; title: string; issues: Issue[] }[];
  count: number;
}

/** Issues grouped by severity (errors first), then by rule in order of first appearance. */
export function groupIssues(issues: readonly Issue[]): IssueGroup[] {
  return SEVERITY_ORDER.map((severity) => {
    const mine = issues.filter((i) => i.severity === severity);
    const rules = [...new Set(mine.map((i) => i.rule))].map((rule) => ({ rule, title: ruleTitle(rule), issues: mine.filter((i) => i.rule === rule) }));
    return { severity, rules, count: mine.length };
  }).filter((g) => g.count > 0);
}

/** "2 errors, 5 warnings and 1 note", or "No issues". */
export function issueHeadline(issues: readonly Issue[]): string {
  const n = (severity: Severity) => issues.filter((i) => i.severity === severity).length;
  const parts = ([["error", "error"], ["warning", "warning"], ["info", "note"]] as const)
    .map(([s, word]) => [n(s), word] as const)
    .filter(([count]) => count > 0)
    .map(([count, word]) => `${count} ${word}${count === 1 ? "" : "s"}`);
  if (parts.length === 0) return "No issues";
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/**
 * The chart over the summary sheet's workstream table: the header row ("Workstream", ratings…)
 * down to the last workstream (the Total row excluded), the rating columns only.
 */
export function ratingsChartSpec(sheet: SheetSpec, summary: Summary, ratings: RatingLook[]): RatingsChartSpec | null {
  const head = sheet.rows.findIndex((r) => r[0]?.value === "Workstream");
  if (head < 0 || summary.byWorkstream.length === 0) return null;
  const top = head + 1;
  const bottom = top + summary.byWorkstream.length;
  const right = 1 + summary.ratings.length;
  const look = (label: string) => ratings.find((r) => r.label === label) ?? NOT_RATED_LOOK;
  return {
    sheet: sheet.name,
    range: `A${top}:${columnLetter(right)}${bottom}`,
    title: "Items by workstream and rating",
    labels: [...summary.ratings],
    colours: summary.ratings.map((l) => (l === NOT_RATED ? "#BFBFBF" : look(l).fill)),
    position: { from: `${columnLetter(right + 5)}4`, to: `${columnLetter(right + 13)}24` },
  };
}
