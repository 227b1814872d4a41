import type { IsoDate } from "../dates";
import type { PlanPoint } from "../compare/plan-point";

/**
 * A reporting round: every item as it stood on one date (its key, rating, deadline and a
 * fingerprint of its progress text), recorded on our history sheet. It is a PlanPoint whose
 * items have no cell: rounds and plan versions compare alike.
 */
export type Round = PlanPoint;

/**
 * The rounds with `round` added, oldest first; a round already recorded on the same date is
 * replaced (recording twice on one day keeps one round, the later).
 */
export function withRound(rounds: readonly Round[], round: Round): Round[] {
  return [...rounds.filter((r) => r.asAt !== round.asAt), round].sort((a, b) => (a.asAt < b.asAt ? -1 : a.asAt > b.asAt ? 1 : 0));
}

/** The latest round before a date (the "last report" a summary as at that date compares with). */
export function roundBefore(rounds: readonly Round[], asAt: IsoDate): Round | null {
  let found: Round | null = null;
  for (const r of rounds) if (r.asAt < asAt && (!found || r.asAt > found.asAt)) found = r;
  return found;
}
