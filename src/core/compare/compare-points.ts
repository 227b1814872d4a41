import { daysBetween, type IsoDate } from "../dates";
import type { RatingScheme } from "../ratings/scheme";
import { matchItems } from "./match-items";
import { pointFigures, type PlanPoint, type PointFigures, type PointItem } from "./plan-point";

export type Direction = "improved" | "worse" | "same";

/** One item's change between two points (contract: DESIGN.md `wsoa compare --json` items). */
export interface ItemChange {
  ref: string | null;
  text: string;
  cellBefore: string | null;
  cellAfter: string | null;
  ratingBefore: string | null;
  ratingAfter: string | null;
  /** By the scheme's order; null when unrated at either point, added or removed. */
  direction: Direction | null;
  /** Not complete before, complete now. */
  completed: boolean;
  deadlineBefore: IsoDate | null;
  deadlineAfter: IsoDate | null;
  /** Days the deadline moved (later > 0, brought forward < 0); null unless readable at both points. */
  slippedDays: number | null;
  /** False when the progress text is the same at both points; null when either has none to compare. */
  progressUpdated: boolean | null;
  /** Not complete now, and the progress text is what it was: its lead did not update it. */
  notUpdated: boolean;
  /** Present at both points, or only after (added) or only before (removed). */
  presence: "both" | "added" | "removed";
  /** How the two were paired: same ref and words, or re-worded / renumbered. */
  match: "exact" | "similar" | null;
}

export interface ChangeCounts {
  completed: number;
  improved: number;
  worse: number;
  same: number;
  slipped: number;
  broughtForward: number;
  added: number;
  removed: number;
  notUpdated: number;
}

export interface Comparison {
  before: PointFigures;
  after: PointFigures;
  counts: ChangeCounts;
  items: ItemChange[];
}

/**
 * A rating's place in the scheme, worst first. Schemes list ratings worst → best; where a
 * scheme also gives every rating a rank, the rank decides (BRAG is listed best first).
 */
export function ratingOrder(scheme: RatingScheme): Map<string, number> {
  const ranks = scheme.ratings.map((r) => (r as { rank?: unknown }).rank);
  const byRank = ranks.every((r) => typeof r === "number");
  return new Map(scheme.ratings.map((r, i) => [r.label, byRank ? (ranks[i] as number) : i]));
}

function direction(order: Map<string, number>, a: string | null, b: string | null): Direction | null {
  const x = a === null ? undefined : order.get(a);
  const y = b === null ? undefined : order.get(b);
  if (x === undefined || y === undefined) return null;
  return y > x ? "improved" : y < x ? "worse" : "same";
}

function pairChange(order: Map<string, number>, a: PointItem, b: PointItem, match: "exact" | "similar"): ItemChange {
  return {
    ref: b.ref ?? a.ref,
    text: b.text,
    cellBefore: a.cell,
    cellAfter: b.cell,
    ratingBefore: a.rating,
    ratingAfter: b.rating,
    direction: direction(order, a.rating, b.rating),
    completed: !a.complete && b.complete,
    deadlineBefore: a.due,
    deadlineAfter: b.due,
    slippedDays: a.due !== null && b.due !== null ? daysBetween(a.due, b.due) : null,
    progressUpdated: a.progress === null || b.progress === null ? null : a.progress !== b.progress,
    notUpdated: a.progress !== null && a.progress === b.progress && !b.complete,
    presence: "both",
    match,
  };
}

function loneChange(item: PointItem, presence: "added" | "removed"): ItemChange {
  const here = presence === "added";
  return {
    ref: item.ref,
    text: item.text,
    cellBefore: here ? null : item.cell,
    cellAfter: here ? item.cell : null,
    ratingBefore: here ? null : item.rating,
    ratingAfter: here ? item.rating : null,
    direction: null,
    completed: false,
    deadlineBefore: here ? null : item.due,
    deadlineAfter: here ? item.due : null,
    slippedDays: null,
    progressUpdated: null,
    notUpdated: false,
    presence,
    match: null,
  };
}

/**
 * What changed between two points of a plan, item by item and in total. Items are paired by
 * ref and words (see matchItems), never by row. Ratings compare by the scheme's order.
 * Example: comparePoints(march, december, RAG).counts.completed.
 */
export function comparePoints(before: PlanPoint, after: PlanPoint, scheme: RatingScheme): Comparison {
  const order = ratingOrder(scheme);
  const m = matchItems(before.items, after.items);
  const counts: ChangeCounts = { completed: 0, improved: 0, worse: 0, same: 0, slipped: 0, broughtForward: 0, added: m.added.length, removed: m.removed.length, notUpdated: 0 };
  const rows: { at: number; change: ItemChange }[] = [];
  for (const p of m.pairs) {
    const b = after.items[p.after]!;
    const change = pairChange(order, before.items[p.before]!, b, p.how);
    if (change.completed) counts.completed++;
    if (change.direction) counts[change.direction]++;
    if (change.slippedDays !== null && change.slippedDays > 0) counts.slipped++;
    if (change.slippedDays !== null && change.slippedDays < 0) counts.broughtForward++;
    if (change.notUpdated) counts.notUpdated++;
    rows.push({ at: p.after, change });
  }
  for (const j of m.added) rows.push({ at: j, change: loneChange(after.items[j]!, "added") });
  rows.sort((x, y) => x.at - y.at);
  const items = [...rows.map((r) => r.change), ...m.removed.map((i) => loneChange(before.items[i]!, "removed"))];
  return { before: pointFigures(before), after: pointFigures(after), counts, items };
}
