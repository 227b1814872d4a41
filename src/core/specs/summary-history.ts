import type { ItemChange } from "../compare/compare-points";
import { formatUkDate } from "../dates";
import type { HistoryView, TrendRow } from "../history/trend";
import { NOT_RATED, summaryLabels, type RatingScheme } from "../ratings/scheme";
import type { CellStyle, SheetCell } from "./types";

/**
 * The summary's history section: "Since the last report (as at …)" — the compare counts and the
 * items behind them — and the trend of ratings by recorded round. Hooked into summary-sheet.ts.
 */

const HEADING: CellStyle = { bold: true, size: 12 };
const HEAD: CellStyle = { bold: true, fill: "#D9D9D9", font: "#000000", border: true, wrap: true, align: "center" };
const BORDERED: CellStyle = { border: true, wrap: true };
const NUMBER: CellStyle = { border: true, align: "right" };
const PERCENT: CellStyle = { border: true, align: "right", numberFormat: "0.0%" };
const cell = (value: string | number | null, style?: CellStyle): SheetCell => (style ? { value, style } : { value });

/** A rating as its word on its colours (readable in greyscale), as the summary shows ratings. */
function ratingCell(label: string, scheme: RatingScheme): SheetCell {
  const r = scheme.ratings.find((x) => x.label === label);
  const colours = r ? { fill: r.fill, font: r.font } : { fill: "#FFFFFF", font: "#000000" };
  return { value: label, style: { ...colours, border: true, align: "center", bold: r !== undefined } };
}

/** A board paper lists at most this many changed items (as the exceptions list), then says how many more. */
export const MAX_CHANGES = 200;

const rating = (r: string | null) => r ?? NOT_RATED;
const day = (d: string | null) => (d ? formatUkDate(d) : "no date");
const days = (n: number) => `${n > 0 ? "+" : ""}${n} day${Math.abs(n) === 1 ? "" : "s"}`;

/** The changed items in the board's groups: each row is [group, item, detail]. */
export function changeRows(items: ItemChange[]): { group: string; item: ItemChange; detail: string }[] {
  const both = items.filter((c) => c.presence === "both");
  const moved = (c: ItemChange) => `${day(c.deadlineBefore)} → ${day(c.deadlineAfter)} (${days(c.slippedDays!)})`;
  return [
    ...both.filter((c) => c.completed).map((item) => ({ group: "Completed", item, detail: `${rating(item.ratingBefore)} → ${rating(item.ratingAfter)}` })),
    ...both.filter((c) => c.direction === "worse").map((item) => ({ group: "Worse", item, detail: `${rating(item.ratingBefore)} → ${rating(item.ratingAfter)}` })),
    ...both.filter((c) => (c.slippedDays ?? 0) > 0).map((item) => ({ group: "Slipped", item, detail: moved(item) })),
    ...both.filter((c) => c.notUpdated).map((item) => ({ group: "Not updated", item, detail: rating(item.ratingAfter) })),
    ...items.filter((c) => c.presence === "added").map((item) => ({ group: "Added", item, detail: rating(item.ratingAfter) })),
    ...items.filter((c) => c.presence === "removed").map((item) => ({ group: "Removed", item, detail: `was ${rating(item.ratingBefore)}` })),
  ];
}

function sinceSection(since: NonNullable<HistoryView["since"]>): SheetCell[][] {
  const { comparison: c } = since;
  const n = c.counts;
  const figures = (f: typeof c.before) => `${f.complete} of ${f.total} complete (${f.percentComplete.toFixed(1)}%), ${f.overdue} overdue`;
  const heads = ["Completed", "Improved", "Worse", "Same", "Slipped", "Not updated", "Added", "Removed"];
  const values = [n.completed, n.improved, n.worse, n.same, n.slipped, n.notUpdated, n.added, n.removed];
  const all = changeRows(c.items);
  const list = all.slice(0, MAX_CHANGES);
  const more = all.length - list.length;
  return [
    [cell(`Since the last report (as at ${formatUkDate(since.asAt)})`, HEADING)],
    [cell(`Then: ${figures(c.before)}. Now: ${figures(c.after)}.`)],
    heads.map((h) => cell(h, HEAD)),
    values.map((v) => cell(v, NUMBER)),
    ...(list.length
      ? [
          ["Action / milestone", "Ref", "Change", "Detail", "Cell"].map((h) => cell(h, HEAD)),
          ...list.map((r) => [cell(r.item.text, BORDERED), cell(r.item.ref ?? "", BORDERED), cell(r.group, BORDERED), cell(r.detail, BORDERED), cell(r.item.cellAfter ?? r.item.cellBefore ?? "", BORDERED)]),
          ...(more > 0 ? [[cell(`… and ${more} more change${more === 1 ? "" : "s"}: wsoa compare (or Changes in the task pane) lists them all.`, { italic: true })]] : []),
        ]
      : [[cell("No item changed rating, deadline or progress since then.")]]),
  ];
}

function trendSection(trend: TrendRow[], scheme: RatingScheme): SheetCell[][] {
  const labels = summaryLabels(scheme);
  return [
    [cell("Trend by reporting round", HEADING)],
    [cell("As at", HEAD), ...labels.map((l) => ratingCell(l, scheme)), cell("Total", HEAD), cell("% complete", HEAD)],
    ...trend.map((t) => [
      cell(`${formatUkDate(t.asAt)}${t.recorded ? "" : " (now, not recorded)"}`, BORDERED),
      ...labels.map((l) => cell(t.counts[l] ?? 0, NUMBER)),
      cell(t.total, NUMBER),
      cell(t.total === 0 ? 0 : t.complete / t.total, PERCENT),
    ]),
  ];
}

/** The rows the summary adds when rounds are recorded (none otherwise). */
export function historySection(view: HistoryView | undefined | null, scheme: RatingScheme): SheetCell[][] {
  if (!view) return [];
  return [...(view.since ? [...sinceSection(view.since), []] : []), ...trendSection(view.trend, scheme), []];
}
