import type { OwnedRole } from "../ownership";

/**
 * Declarative write specifications: what to write, never how. Adapters (ExcelJS, the Office JavaScript API,
 * memory) execute them; the core builds them. All ranges are A1 on the named sheet.
 */

/** Every formula we write carries this tag, so our rules can be found again (Excel gives rules no name). */
export const OUR_TAG = 'N("WSOA Tracker")=0';

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  size?: number;
  /** `#RRGGBB` */
  fill?: string;
  font?: string;
  wrap?: boolean;
  align?: "left" | "center" | "right";
  numberFormat?: string;
  /** Thin border all round. */
  border?: boolean;
}

/** A conditional format: cells in `range` where `formula` (relative to the range's top-left) is true. */
export interface ConditionalRule {
  /**
   * "rating" colours a rating cell by its label; "overdue" marks a past-due deadline; "kpi"
   * colours a KPI's actual by the board's rating (met/missed against target and baseline).
   */
  purpose: "rating" | "overdue" | "kpi";
  /** The rating label for rating rules; the board's rating (Green, Amber, Red) for kpi rules. */
  label?: string;
  range: string;
  /** Excel formula without the leading "=", e.g. `AND(N("WSOA Tracker")=0,UPPER(TRIM($H5))="RED")`. */
  formula: string;
  style: Pick<CellStyle, "fill" | "font" | "bold">;
}

/** A dropdown of ratings whose list comes from a named range (typed lists cap at 255 characters). */
export interface ListValidation {
  range: string;
  /** The named range holding the list, e.g. `WSOA_Ratings`. */
  listName: string;
  /** "stop" refuses other values; "warning" allows them after a warning (label + date columns). */
  errorStyle: "stop" | "warning";
  prompt: string;
}

/** A workbook-scoped name for a range on our own (very hidden) state sheet, e.g. the rating list. */
export interface NamedList {
  name: string;
  sheet: string;
  /** Absolute A1 range, e.g. "$D$2:$D$6". The values are written with the state sheet. */
  range: string;
}

export interface FormatSpec {
  /** The sheet formatted: the plan sheet, or a KPI sheet. */
  sheet: string;
  rules: ConditionalRule[];
  validations: ListValidation[];
  lists: NamedList[];
}

export interface SheetCell {
  value: string | number | null;
  style?: CellStyle;
}

export interface PrintSetup {
  orientation: "landscape" | "portrait";
  /** Pages wide (1) and tall (0 = as many as needed). */
  fitToWidth: number;
  fitToHeight: number;
  /** Rows repeated at the top of every printed page, e.g. "5:5". */
  repeatRows?: string;
  /** Footer with Excel's section codes, e.g. "&LWSOA summary&RPage &P of &N". */
  footer?: string;
}

/** A whole sheet we own (the summary, the history), written from A1. */
export interface SheetSpec {
  name: string;
  /**
   * Which of our sheets this is: adapters write its ownership marker (src/core/ownership.ts).
   * Default "summary". "user": a sheet made for the user (a new plan): no marker, never replaced.
   */
  role?: OwnedRole | "user";
  rows: SheetCell[][];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  merges: string[];
  print: PrintSetup;
  /** Freeze panes below this many rows. */
  freezeRows?: number;
}

/** One cell value to write on a user's sheet: only ever a rating label the user asked us to fix. */
export interface CellEdit {
  sheet: string;
  cell: string;
  /** What the cell held when we decided (we refuse to write if it changed meanwhile). */
  before: string;
  after: string;
}

/**
 * A stacked chart over a block of a sheet we wrote (categories in the first column, one series per
 * rating column, header row included), drawn by the add-in in Excel: the summary's ratings by
 * workstream, and its trend by reporting round.
 */
export interface ChartSpec {
  sheet: string;
  /** The block, header row included, e.g. "A12:G17". */
  range: string;
  title: string;
  /** Series names (the ratings, as in the header row), in column order. */
  labels: string[];
  /** Fill per series, in the same order. */
  colours: string[];
  /** Where the chart goes: top-left and bottom-right cells. */
  position: { from: string; to: string };
}
