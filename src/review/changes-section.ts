import { formatUkDate, type IsoDate } from "../core/dates";
import type { WorkbookSnapshot } from "../workbook/port";
import type { ResolvedPlan } from "./check";
import { historyViewOf } from "./history";
import { shorten } from "./issue-rows";
import type { ReviewSection } from "./overview";
import { listing, plural } from "./words";

const LINES = 12;

/**
 * "Changes since last round" for the pane (branch compare's history, recorded with
 * `wsoa record`): the counts in a sentence, then the items that completed, moved or slipped.
 * Empty when no round is recorded.
 */
export function changesSection(snapshot: WorkbookSnapshot, resolved: ResolvedPlan, today: IsoDate): ReviewSection[] {
  const since = historyViewOf(snapshot, resolved, today)?.since;
  if (!since) return [];
  const c = since.comparison.counts;
  const parts = [
    c.completed ? `${c.completed} completed` : null,
    c.improved ? `${c.improved} improved` : null,
    c.worse ? `${c.worse} worse` : null,
    c.slipped ? `${plural(c.slipped, "deadline")} slipped` : null,
    c.added ? `${c.added} added` : null,
    c.removed ? `${c.removed} removed` : null,
    c.notUpdated ? `${c.notUpdated} not updated` : null,
  ].filter((p): p is string => p !== null);
  const lines = since.comparison.items
    .filter((i) => i.completed || i.direction === "worse" || i.direction === "improved" || (i.slippedDays ?? 0) > 0)
    .map((i) => {
      const what = [i.ref, shorten(i.text, 40)].filter(Boolean).join(" ");
      const rating = i.ratingBefore !== i.ratingAfter ? `${i.ratingBefore ?? "not rated"} → ${i.ratingAfter ?? "not rated"}` : null;
      const slipped = (i.slippedDays ?? 0) > 0 ? `deadline ${plural(i.slippedDays!, "day")} later` : null;
      return `${what}: ${[rating, slipped].filter(Boolean).join("; ")}.`;
    });
  const more = lines.length > LINES ? [`…and ${lines.length - LINES} more (wsoa compare lists them all).`] : [];
  return [{
    id: "changes",
    heading: "Changes since last round",
    summary: `Since the round of ${formatUkDate(since.asAt)}: ${parts.length ? listing(parts) : "no changes"}.`,
    lines: [...lines.slice(0, LINES), ...more],
  }];
}
