/**
 * The leads' round: each lead's own rows, and what the pane does when a lead edits the sheet
 * (re-check the edited rows; stamp "Last updated" when the programme manager turned it on).
 */
import { columnLetter, parseA1Range } from "../core/address";
import { daysBetween, formatUkDate, type IsoDate } from "../core/dates";
import { parseDeadline } from "../core/deadlines";
import { cellAt, cellText, formatAt } from "../core/grid";
import type { Issue } from "../core/issue";
import type { PlanItem } from "../core/plan/types";
import { ratingLabel } from "../core/summarise";
import type { CellEdit } from "../core/specs/types";
import { daysOverdue } from "../core/validate";
import type { ResolvedPlan } from "./check";
import type { Outcome } from "./describe";
import { plural } from "./words";

export interface MyAction {
  row: number;
  /** The rating cell (where a lead types), else the row's first cell. */
  cell: string;
  ref: string | null;
  text: string;
  rating: string;
  deadline: string;
  daysOverdue: number;
  issues: Issue[];
  /** "Updated today", "Not updated since 3 Oct 2026 (60 days)", "Never updated", or null without a Last updated column. */
  updated: string | null;
}

/** When the row was last updated, as the sheet says. */
export function updatedOn(resolved: ResolvedPlan, row: number): IsoDate | null {
  const col = resolved.analysis.plan.columns.updated;
  if (col === undefined) return null;
  const grid = resolved.sheet.grid;
  const d = parseDeadline(cellAt(grid, row, col), { numberFormat: formatAt(grid, row, col) ?? undefined });
  return d.kind === "date" ? d.due : null;
}

function updatedLine(resolved: ResolvedPlan, row: number, today: IsoDate): string | null {
  if (resolved.analysis.plan.columns.updated === undefined) return null;
  const on = updatedOn(resolved, row);
  if (!on) return "Never updated";
  const days = daysBetween(on, today);
  return days <= 0 ? "Updated today" : `Not updated since ${formatUkDate(on)} (${plural(days, "day")})`;
}

const itemText = (i: PlanItem) => i.milestone ?? i.action ?? "";

/** A lead's rows ("My actions"): rating, deadline, issues and when each was last updated. */
export function myActions(resolved: ResolvedPlan, lead: string, today: IsoDate): MyAction[] {
  const { plan, issues } = resolved.analysis;
  const statusCol = plan.columns.status;
  return plan.items
    .filter((i) => i.lead?.trim() === lead)
    .map((i) => ({
      row: i.row,
      cell: `${columnLetter(statusCol ?? 1)}${i.row}`,
      ref: i.ref,
      text: itemText(i),
      rating: i.status.kind === "unknown" ? `"${i.status.text}" (not a rating)` : ratingLabel(i.status),
      deadline: i.deadline.kind === "date" ? formatUkDate(i.deadline.due) : i.deadline.text || "No deadline",
      daysOverdue: daysOverdue(i, today),
      issues: issues.filter((x) => x.cell && Number(/\d+$/.exec(x.cell)?.[0]) === i.row),
      updated: updatedLine(resolved, i.row, today),
    }));
}

/** Rows and columns an edit touched, from Excel's changed address ("G9", "G9:H12"). */
function touched(addresses: readonly string[]): { row: number; col: number }[] {
  const cells: { row: number; col: number }[] = [];
  for (const address of addresses) {
    const r = parseA1Range(address.replace(/\$/g, "").replace(/^.*!/, ""));
    // A whole-column paste would be millions of cells: the rows matter, cap the span.
    for (let row = r.top; row <= Math.min(r.bottom, r.top + 5000); row++) for (let col = r.left; col <= Math.min(r.right, r.left + 50); col++) cells.push({ row, col });
  }
  return cells;
}

export interface LeadEdit {
  /** The plan rows the edit touched, with their issues now. */
  rows: { row: number; ref: string | null; text: string; issues: Issue[] }[];
  /** "Last updated" stamps to write (empty unless turned on). */
  stamps: CellEdit[];
  outcome: Outcome;
}

/**
 * After a lead edits the plan sheet: the edited item rows re-checked, and, when stamping is on
 * and the rating or progress changed, today's date for their "Last updated" cells (never over a
 * formula, never where the cell already says today). `stamp: false` for a co-author's edit.
 */
export function planLeadEdit(resolved: ResolvedPlan, addresses: readonly string[], today: IsoDate, options: { stamp?: boolean } = {}): LeadEdit {
  const { plan, issues } = resolved.analysis;
  const cells = touched(addresses);
  const items = new Map(plan.items.map((i) => [i.row, i]));
  const rowsTouched = [...new Set(cells.map((c) => c.row))].filter((r) => items.has(r)).sort((a, b) => a - b);
  const rows = rowsTouched.map((row) => {
    const i = items.get(row)!;
    return { row, ref: i.ref, text: itemText(i), issues: issues.filter((x) => x.cell && Number(/\d+$/.exec(x.cell)?.[0]) === row) };
  });
  const stamps: CellEdit[] = [];
  const upd = plan.columns.updated;
  const watched = [plan.columns.status, plan.columns.progress].filter((c): c is number => c !== undefined);
  if (options.stamp !== false && resolved.state.config.stampUpdated && upd !== undefined) {
    const formulas = new Set(resolved.sheet.grid.formulaCells ?? []);
    const stampRows = new Set(cells.filter((c) => watched.includes(c.col) && items.has(c.row)).map((c) => c.row));
    for (const row of [...stampRows].sort((a, b) => a - b)) {
      const cell = `${columnLetter(upd)}${row}`;
      if (formulas.has(cell) || updatedOn(resolved, row) === today) continue;
      stamps.push({ sheet: plan.sheet, cell, before: cellText(cellAt(resolved.sheet.grid, row, upd)), after: formatUkDate(today) });
    }
  }
  return { rows, stamps, outcome: describeLeadEdit(rows, stamps) };
}

function describeLeadEdit(rows: LeadEdit["rows"], stamps: CellEdit[]): Outcome {
  const problems = rows.reduce((n, r) => n + r.issues.filter((i) => i.severity !== "info").length, 0);
  const which = rows.map((r) => r.ref ?? `row ${r.row}`).join(", ");
  const stamped = stamps.length ? ` "Last updated" set to today on ${plural(stamps.length, "row")}.` : "";
  if (rows.length === 0) return { intent: "info", title: "Sheet changed", body: `The figures are up to date.${stamped}` };
  if (problems === 0) return { intent: "success", title: "Rows checked", body: `${which}: no problems.${stamped}` };
  return {
    intent: "warning",
    title: "Rows checked",
    body: `${which}: ${plural(problems, "thing", "things")} to look at.${stamped}`,
    details: rows.flatMap((r) => r.issues.filter((i) => i.severity !== "info").map((i) => i.message)),
  };
}
