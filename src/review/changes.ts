import { planPoint, type ChangeCounts } from "../core/compare";
import type { IsoDate } from "../core/dates";
import { historyView, type TrendRow } from "../core/history";
import { changeRows } from "../core/specs/summary-history";
import type { WorkbookSnapshot } from "../workbook/port";
import { checkSnapshot, type CheckOptions } from "./check";
import { roundsOf } from "./history";

export type ChangeGroup = "Completed" | "Worse" | "Slipped" | "Not updated" | "Added" | "Removed";

/** One changed item, with the cell to go to on the plan sheet. */
export interface ChangedItem {
  ref: string | null;
  text: string;
  /** e.g. "Amber → Complete", "31 Mar 2023 → 30 Jun 2023 (+91 days)". */
  detail: string;
  /** The item's cell on `sheet` now; null for a removed item. */
  cell: string | null;
}

/** The task pane's "Changes since last round" view. */
export interface ChangesView {
  /** The plan sheet the cells are on. */
  sheet: string;
  asAt: IsoDate;
  /** The last recorded round before `asAt`; null when there is none (nothing to compare with). */
  lastRound: IsoDate | null;
  counts: ChangeCounts | null;
  /** In the board's order; groups with no items are left out. */
  groups: { title: ChangeGroup; items: ChangedItem[] }[];
  /** Ratings by recorded round, oldest first, then now when not recorded today. */
  trend: TrendRow[];
}

const ORDER: ChangeGroup[] = ["Completed", "Worse", "Slipped", "Not updated", "Added", "Removed"];

/**
 * "Changes since last round" for the pane: the plan as it is now against the last round
 * recorded before `today` — completed, worse, slipped, not updated, added and removed items,
 * each with its cell — and the trend. One read of the workbook; nothing written.
 */
export function changesSinceLastRound(snapshot: WorkbookSnapshot, options: CheckOptions): ChangesView {
  const resolved = checkSnapshot(snapshot, options);
  const { analysis, sheet, state } = resolved;
  const view = historyView(roundsOf(snapshot, state), planPoint(analysis.plan, sheet.grid, options.today), analysis.plan.scheme);
  const rows = view?.since ? changeRows(view.since.comparison.items) : [];
  return {
    sheet: sheet.name,
    asAt: options.today,
    lastRound: view?.since?.asAt ?? null,
    counts: view?.since?.comparison.counts ?? null,
    groups: ORDER.map((title) => ({
      title,
      items: rows.filter((r) => r.group === title).map((r) => ({ ref: r.item.ref, text: r.item.text, detail: r.detail, cell: r.item.cellAfter })),
    })).filter((g) => g.items.length > 0),
    trend: view?.trend ?? [],
  };
}
