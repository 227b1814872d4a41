/** What a deadline cell means, and the options that change how it is read. */
import type { IsoDate } from "../dates";

/**
 * A deadline read from a cell. `text` is always the cell's own text, trimmed.
 * e.g. "Oct 2022" → { kind: "date", start: "2022-10-01", due: "2022-10-31", text: "Oct 2022", source: "text" }.
 */
export type Deadline =
  /** An interval: `due` is its last day, `start` its first. `ambiguity` says how an ambiguous form was read. */
  | { kind: "date"; start: IsoDate; due: IsoDate; text: string; source: "date" | "text"; ambiguity?: string }
  /** Ongoing or recurring work ("Ongoing", "From May 2019", "Quarterly"): never overdue. */
  | { kind: "ongoing"; text: string }
  /** No deadline given: blank, "-", "TBC", "N/A". */
  | { kind: "missing"; text: string }
  /** Not a deadline this parser can read; reported with the text quoted. */
  | { kind: "unparsed"; text: string }
  /** A year outside 2000–2100: a typo ("March 1019"). */
  | { kind: "implausible"; text: string; year: number };

/** Last day of each school term as "MM-DD". e.g. { autumn: "12-31", spring: "04-30", summer: "07-31" }. */
export interface TermEnds {
  autumn: string;
  spring: string;
  summer: string;
}

/** How a bare "Q3 2024" is read: calendar (Jul–Sep 2024) or financial (Oct–Dec 2024, of 2024/25). */
export type QuarterStyle = "calendar" | "financial";

/** Reading options. e.g. { numberFormat: "dd/mm/yyyy", quarters: "financial" }. */
export interface DeadlineOptions {
  /** The cell's number format, when the value is a number ("General", "dd/mm/yyyy", "mmm-yy"). */
  numberFormat?: string | null;
  /** Term end dates; DEFAULT_TERMS when absent. */
  terms?: TermEnds;
  /** How a bare "Q3 2024" is read; "calendar" when absent. */
  quarters?: QuarterStyle;
}

/** A span of days, both ends included. e.g. { start: "2022-10-01", due: "2022-10-31" }. */
export interface Interval {
  start: IsoDate;
  due: IsoDate;
}
