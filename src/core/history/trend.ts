import { comparePoints, type Comparison } from "../compare/compare-points";
import { pointFigures, type PlanPoint } from "../compare/plan-point";
import type { IsoDate } from "../dates";
import { NOT_RATED, summaryLabels, type RatingScheme } from "../ratings/scheme";
import { roundBefore, type Round } from "./rounds";

/** One round of the trend: counts by rating (scheme order, then Not rated) and % complete. */
export interface TrendRow {
  asAt: IsoDate;
  counts: Record<string, number>;
  total: number;
  complete: number;
  percentComplete: number;
  /** False for the plan as it is now, shown after the rounds when not recorded today. */
  recorded: boolean;
}

/** What the summary shows from the history. */
export interface HistoryView {
  /** The plan now against the last round before today; null when there is none. */
  since: { asAt: IsoDate; comparison: Comparison } | null;
  /** Oldest → newest. */
  trend: TrendRow[];
}

function trendRow(point: PlanPoint, scheme: RatingScheme, recorded: boolean): TrendRow {
  const labels = summaryLabels(scheme);
  const counts = Object.fromEntries(labels.map((l) => [l, 0]));
  // A label the scheme no longer has (the scheme was changed since) counts as Not rated.
  for (const item of point.items) counts[item.rating !== null && item.rating in counts ? item.rating : NOT_RATED]! += 1;
  const f = pointFigures(point);
  return { asAt: point.asAt, counts, total: f.total, complete: f.complete, percentComplete: f.percentComplete, recorded };
}

/**
 * The history as the summary reads it: changes since the last round before `now.asAt`, and the
 * trend over every round, ending with the plan now when no round is recorded on its date.
 * Null when nothing is recorded.
 */
export function historyView(rounds: readonly Round[], now: PlanPoint, scheme: RatingScheme): HistoryView | null {
  if (rounds.length === 0) return null;
  const last = roundBefore(rounds, now.asAt);
  const trend = rounds.filter((r) => r.asAt <= now.asAt).map((r) => trendRow(r, scheme, true));
  if (!rounds.some((r) => r.asAt === now.asAt)) trend.push(trendRow(now, scheme, false));
  return { since: last ? { asAt: last.asAt, comparison: comparePoints(last, now, scheme) } : null, trend };
}
