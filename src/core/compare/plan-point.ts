import { a1 } from "../address";
import type { IsoDate } from "../dates";
import { cellAt, cellText, type Grid } from "../grid";
import type { Plan, PlanItem } from "../plan/types";
import { ratingLabel } from "../summarise";
import { NOT_RATED } from "../ratings/scheme";
import { isComplete } from "../validate";
import { progressFingerprint } from "./fingerprint";
import type { ItemIdentity } from "./match-items";

/** One item as it stood at one point: in a plan version, or in a recorded round. */
export interface PointItem extends ItemIdentity {
  /** The item's text cell (milestone, else action), A1 on the plan sheet; null in a recorded round. */
  cell: string | null;
  /** The rating's label; null when not rated (or a label no rating matches). */
  rating: string | null;
  complete: boolean;
  /** The deadline's due day when it could be read. */
  due: IsoDate | null;
  /** The deadline as written. */
  deadlineText: string;
  /** Fingerprint of the progress text; null when the plan has no progress column. */
  progress: string | null;
}

/** A plan at one date: the items, and where they came from. */
export interface PlanPoint {
  asAt: IsoDate;
  items: PointItem[];
}

/** Whole-plan figures at one point, side by side in a comparison. */
export interface PointFigures {
  asAt: IsoDate;
  total: number;
  complete: number;
  /** One decimal place. */
  percentComplete: number;
  overdue: number;
}

/** Due before the date and not complete (as `isOverdue`, from stored values). */
export function overdueAt(item: PointItem, asAt: IsoDate): boolean {
  return item.due !== null && item.due < asAt && !item.complete;
}

export function pointFigures(point: PlanPoint): PointFigures {
  const complete = point.items.filter((i) => i.complete).length;
  const total = point.items.length;
  return {
    asAt: point.asAt,
    total,
    complete,
    percentComplete: total === 0 ? 0 : Math.round((complete / total) * 1000) / 10,
    overdue: point.items.filter((i) => overdueAt(i, point.asAt)).length,
  };
}

function textColumn(plan: Plan, item: PlanItem): number | undefined {
  return item.milestone !== null && plan.columns.milestone !== undefined ? plan.columns.milestone : plan.columns.action ?? plan.columns.milestone;
}

/** One item of a plan as read, ready to compare or record. */
export function pointItem(plan: Plan, grid: Grid, item: PlanItem): PointItem {
  const col = textColumn(plan, item);
  const label = ratingLabel(item.status);
  const progressCol = plan.columns.progress;
  return {
    ref: item.ref,
    text: item.milestone ?? item.action ?? "",
    cell: col === undefined ? null : a1(item.row, col),
    rating: label === NOT_RATED ? null : label,
    complete: isComplete(item.status),
    due: item.deadline.kind === "date" ? item.deadline.due : null,
    deadlineText: item.deadline.text,
    progress: progressCol === undefined ? null : progressFingerprint(cellText(cellAt(grid, item.row, progressCol))),
  };
}

/**
 * A plan version as a point to compare: every item with its rating, deadline and progress
 * fingerprint. The grid is the plan sheet's, for the progress text the plan reader leaves aside.
 * Example: planPoint(analysis.plan, sheet.grid, "2024-12-31").items.length.
 */
export function planPoint(plan: Plan, grid: Grid, asAt: IsoDate): PlanPoint {
  return { asAt, items: plan.items.map((item) => pointItem(plan, grid, item)) };
}
