import { planPoint } from "../core/compare";
import { formatUkDate, type IsoDate } from "../core/dates";
import { historyView } from "../core/history";
import { changeRows } from "../core/specs/summary-history";
import type { WorkbookSnapshot } from "../workbook/port";
import type { ResolvedPlan } from "./check";
import { roundsOf } from "./history";
import { shorten } from "./issue-rows";
import type { ReviewSection } from "./overview";
import { listing, plural } from "./words";

const LINES = 12;

/**
 * "Changes since last round" for the pane, from branch compare's history (recorded with
 * `wsoa record`): the counts in a sentence, then each changed item in the board's order, as
 * `changesSinceLastRound` words them, from the plan already read (no second analysis).
 * Empty when no round is recorded.
 */
export function changesSection(snapshot: WorkbookSnapshot, resolved: ResolvedPlan, today: IsoDate): ReviewSection[] {
  const { analysis, sheet, state } = resolved;
  const since = historyView(roundsOf(snapshot, state), planPoint(analysis.plan, sheet.grid, today), analysis.plan.scheme)?.since;
  if (!since) return [];
  const c = since.comparison.counts;
  const parts = [
    c.completed ? `${c.completed} completed` : null,
    c.improved ? `${c.improved} improved` : null,
    c.worse ? `${c.worse} worse` : null,
    c.slipped ? `${plural(c.slipped, "deadline")} slipped` : null,
    c.notUpdated ? `${c.notUpdated} not updated` : null,
    c.added ? `${c.added} added` : null,
    c.removed ? `${c.removed} removed` : null,
  ].filter((p): p is string => p !== null);
  const lines = changeRows(since.comparison.items).map((r) => `${r.group}: ${[r.item.ref, shorten(r.item.text, 40)].filter(Boolean).join(" ")}${r.detail ? `, ${r.detail}` : ""}.`);
  const more = lines.length > LINES ? [`…and ${lines.length - LINES} more (wsoa compare lists them all).`] : [];
  return [{
    id: "changes",
    heading: "Changes since last round",
    summary: `Since the round of ${formatUkDate(since.asAt)}: ${parts.length ? listing(parts) : "no changes"}.`,
    lines: [...lines.slice(0, LINES), ...more],
  }];
}
