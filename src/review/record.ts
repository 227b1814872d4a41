import { planPoint } from "../core/compare";
import type { IsoDate } from "../core/dates";
import { withRound, type Round } from "../core/history";
import type { WorkbookSnapshot, WritePlan } from "../workbook/port";
import { checkSnapshot, type CheckOptions, type ResolvedPlan } from "./check";
import { historySheetName, historySheetSpec, roundsOf } from "./history";
import { stateWrite } from "./state-write";

export interface RecordOptions extends Omit<CheckOptions, "today"> {
  /** The date the round is recorded as at (overdue is counted at it). */
  asAt: IsoDate;
}

export interface RecordPlan {
  resolved: ResolvedPlan;
  write: WritePlan;
  /** The round recorded. */
  round: Round;
  /** Every round after this write, oldest first. */
  rounds: Round[];
  /** True when a round of the same date was replaced. */
  replaced: boolean;
  historySheet: string;
}

/** The plan as a round as at a date: cells belong to this version of the plan, so a round keeps only what identifies an item. */
export function roundOf(resolved: ResolvedPlan, asAt: IsoDate): Round {
  const round = planPoint(resolved.analysis.plan, resolved.sheet.grid, asAt);
  return { asAt, items: round.items.map((i) => ({ ...i, cell: null })) };
}

/**
 * "Record this round": each item's key, rating, deadline and progress fingerprint as at a date,
 * on our history sheet. Recording the same date again replaces that round; other rounds are
 * written back exactly as read. One write: the history sheet and our state sheet listing it.
 */
export function planRecord(snapshot: WorkbookSnapshot, options: RecordOptions): RecordPlan {
  const resolved = checkSnapshot(snapshot, { ...options, today: options.asAt });
  const { analysis, state } = resolved;
  const before = roundsOf(snapshot, state);
  const stored = roundOf(resolved, options.asAt);
  const rounds = withRound(before, stored);
  const name = historySheetName(snapshot, state);
  const labels = analysis.plan.scheme.ratings.map((r) => r.label);
  return {
    resolved,
    round: stored,
    rounds,
    replaced: before.some((r) => r.asAt === options.asAt),
    historySheet: name,
    write: {
      stateSheet: stateWrite(snapshot, state, labels, name),
      sheets: [historySheetSpec(snapshot, state, rounds)],
    },
  };
}
