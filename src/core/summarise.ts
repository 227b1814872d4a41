import type { IsoDate } from "./dates";
import type { Plan, PlanItem } from "./plan/types";
import { isComplete, isOverdue } from "./validate";
import type { RatingRead } from "./ratings/match-rating";
import { NOT_RATED, summaryLabels } from "./ratings/scheme";

export type Counts = Record<string, number>;

export interface WorkstreamSummary {
  workstream: string;
  counts: Counts;
  total: number;
  complete: number;
  percentComplete: number;
  overdue: number;
}

/** The board's figures (contract: DESIGN.md `--json` "summary"). */
export interface Summary {
  ratings: string[];
  byWorkstream: WorkstreamSummary[];
  totals: Counts;
  total: number;
  complete: number;
  percentComplete: number;
  overdue: number;
  /** Present only when the plan has an initial-rating column. */
  initial?: { totals: Counts; improved: number; same: number; worse: number; unrated: number };
}

/** The label an item counts under: its rating, or Not rated (unknown labels too). */
export function ratingLabel(status: RatingRead | null): string {
  return status && (status.kind === "exact" || status.kind === "normalised") ? status.rating.label : NOT_RATED;
}

function zeroCounts(labels: string[]): Counts {
  return Object.fromEntries(labels.map((l) => [l, 0]));
}

/** One decimal place: 105 of 106 → 99.1. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;
}

function summariseItems(items: PlanItem[], labels: string[], today: IsoDate) {
  const counts = zeroCounts(labels);
  let complete = 0;
  let overdue = 0;
  for (const item of items) {
    counts[ratingLabel(item.status)]! += 1;
    if (isComplete(item.status)) complete++;
    if (isOverdue(item, today)) overdue++;
  }
  return { counts, total: items.length, complete, percentComplete: percent(complete, items.length), overdue };
}

/**
 * Counts by rating × workstream in plan order, totals, % complete, overdue, and initial vs
 * current when the plan records an initial rating.
 */
export function summarisePlan(plan: Plan, today: IsoDate): Summary {
  const labels = summaryLabels(plan.scheme);
  const groups = new Map<string, PlanItem[]>(plan.workstreams.map((w) => [w, []]));
  for (const item of plan.items) groups.get(item.workstream)?.push(item);
  const byWorkstream = plan.workstreams.map((workstream) => ({ workstream, ...summariseItems(groups.get(workstream) ?? [], labels, today) }));
  const all = summariseItems(plan.items, labels, today);
  const summary: Summary = {
    ratings: labels,
    byWorkstream,
    totals: all.counts,
    total: all.total,
    complete: all.complete,
    percentComplete: all.percentComplete,
    overdue: all.overdue,
  };
  if (plan.columns.initialStatus !== undefined) {
    const totals = zeroCounts(labels);
    let improved = 0, same = 0, worse = 0, unrated = 0;
    for (const item of plan.items) {
      totals[ratingLabel(item.initialStatus)]! += 1;
      const before = item.initialStatus;
      const now = item.status;
      const rated = (r: RatingRead | null) => r !== null && (r.kind === "exact" || r.kind === "normalised");
      if (!rated(before) || !rated(now)) { unrated++; continue; }
      const b = (before as Extract<RatingRead, { kind: "exact" }>).rating.rank;
      const n = (now as Extract<RatingRead, { kind: "exact" }>).rating.rank;
      if (n > b) improved++; else if (n < b) worse++; else same++;
    }
    summary.initial = { totals, improved, same, worse, unrated };
  }
  return summary;
}
