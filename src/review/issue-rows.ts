import type { IsoDate } from "../core/dates";
import type { Issue, Severity } from "../core/issue";
import { daysOverdue } from "../core/validate";
import type { ResolvedPlan } from "./check";
import { SEVERITY_ORDER } from "./words";

/** One issue with the context a programme manager chases it by: the row's ref, text and lead. */
export interface IssueRow {
  issue: Issue;
  /** Sheet row of the cell, or null for a whole-sheet issue. */
  row: number | null;
  ref: string | null;
  /** The milestone, else the action (whole text; the pane truncates it). */
  text: string | null;
  lead: string | null;
  workstream: string | null;
  /** Days past its due date when the item is overdue with a real due date; else 0. */
  daysOverdue: number;
  /** The accessible name of the "go to" link, e.g. "Go to E8: 1.2 Audit tool agreed, overdue 90 days". */
  linkName: string;
}

export type IssueSort = "severity" | "overdue" | "workstream";

/** The plan-sheet row of an issue's cell; NaN for a whole-sheet issue or a cell on another sheet ("KPIs!D7"). */
const rowOf = (cell: string | null) => (cell && !cell.includes("!") ? Number(/\d+$/.exec(cell)?.[0] ?? NaN) : NaN);

export const shorten = (text: string, max = 48): string => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/** The plan's issues with their row's context. */
export function issueRows(resolved: ResolvedPlan, today: IsoDate): IssueRow[] {
  const byRow = new Map(resolved.analysis.plan.items.map((i) => [i.row, i]));
  return resolved.report.issues.map((issue) => {
    const r = rowOf(issue.cell);
    const item = Number.isNaN(r) ? undefined : byRow.get(r);
    const text = item ? item.milestone ?? item.action : null;
    const days = item ? daysOverdue(item, today) : 0;
    const about = [item?.ref, text ? shorten(text, 40) : null].filter(Boolean).join(" ");
    const linkName = `Go to ${issue.cell}${about ? `: ${about}` : ""}${days > 0 ? `, overdue ${days} days` : ""}`;
    return { issue, row: Number.isNaN(r) ? null : r, ref: item?.ref ?? null, text, lead: item?.lead?.trim() || null, workstream: item?.workstream ?? null, daysOverdue: days, linkName };
  });
}

/** Sorted (severity first by default; most overdue first; by workstream) and filtered to one lead. */
export function arrangeIssues(rows: readonly IssueRow[], sort: IssueSort, lead: string | null): IssueRow[] {
  const rank = (s: Severity) => SEVERITY_ORDER.indexOf(s);
  const mine = lead ? rows.filter((r) => r.lead === lead) : [...rows];
  const byRow = (a: IssueRow, b: IssueRow) => (a.row ?? 0) - (b.row ?? 0);
  if (sort === "overdue") return mine.sort((a, b) => b.daysOverdue - a.daysOverdue || rank(a.issue.severity) - rank(b.issue.severity) || byRow(a, b));
  if (sort === "workstream") return mine.sort((a, b) => (a.workstream ?? "").localeCompare(b.workstream ?? "") || byRow(a, b));
  return mine.sort((a, b) => rank(a.issue.severity) - rank(b.issue.severity) || byRow(a, b));
}
