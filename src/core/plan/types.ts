import type { Deadline } from "../deadlines";
import type { Field } from "../fields";
import type { ColumnMap } from "../header";
import type { RatingRead } from "../ratings/match-rating";
import type { RatingScheme } from "../ratings/scheme";

/** One tracked row: an action, or a milestone of an action. */
export interface PlanItem {
  /** Sheet row (1-based). */
  row: number;
  /** The row's own reference, or the one it inherits from its action. */
  ref: string | null;
  /** True when the ref is written in this row (not inherited from the action above). */
  refIsOwn: boolean;
  workstream: string;
  /** The workstream column's text when section rows name the workstream instead. */
  area: string | null;
  outcome: string | null;
  action: string | null;
  milestone: string | null;
  lead: string | null;
  deadline: Deadline;
  status: RatingRead;
  /** Null when the plan has no initial-rating column. */
  initialStatus: RatingRead | null;
}

/** A cell whose value could not be used, e.g. an error value from a formula. */
export interface CellProblem {
  cell: string;
  field: Field;
  value: string;
}

/** What the core understood of a plan sheet. */
export interface Plan {
  sheet: string;
  headerRow: number;
  columns: ColumnMap;
  /** Header cells ignored because an earlier column already means that field. */
  duplicateColumns: { field: Field; col: number; keptCol: number; text: string }[];
  scheme: RatingScheme;
  /** True when the scheme came from config or the caller rather than the labels in use. */
  schemeChosen: boolean;
  items: PlanItem[];
  /** Workstreams in plan order. */
  workstreams: string[];
  /** Last sheet row of the table (the last item row). */
  lastRow: number;
  /** Rightmost column of the header. */
  lastCol: number;
  /** Header rows repeated lower down (page by page pastes), skipped. */
  repeatedHeaderRows: number[];
  cellProblems: CellProblem[];
  /** Merged areas that cover item rows in mapped columns. */
  mergedCells: string[];
  /**
   * What the reader decided that the user may want to correct, reported as info:
   * `structure.column-decided` (a second action column read as milestones, a column read for
   * both date and rating), `structure.rating-by-contents` (no heading named the ratings).
   */
  notes?: ReadingNote[];
}

export interface ReadingNote {
  rule: string;
  /** Info unless said. */
  severity?: "warning" | "info";
  cell: string | null;
  message: string;
}
