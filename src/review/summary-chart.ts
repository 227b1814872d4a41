import { columnLetter } from "../core/address";
import { NOT_RATED } from "../core/ratings/scheme";
import type { SheetSpec } from "../core/specs/types";
import type { Summary } from "../core/summarise";
import { NOT_RATED_LOOK, type RatingLook } from "./overview";

/** A stacked bar chart of ratings by workstream, drawn from the summary sheet's table (Excel only). */
export interface RatingsChartSpec {
  sheet: string;
  /** The workstream × rating block, header row included, e.g. "A12:G17". */
  range: string;
  title: string;
  /** Series names (the ratings), in the table's column order. */
  labels: string[];
  /** Fill per series (rating), in the table's column order. */
  colours: string[];
  /** Where the chart goes: top-left and bottom-right cells. */
  position: { from: string; to: string };
}

/**
 * The chart over the summary sheet's workstream table: the header row ("Workstream", ratings…)
 * down to the last workstream (the Total row excluded), the rating columns only.
 */
export function ratingsChartSpec(sheet: SheetSpec, summary: Summary, ratings: RatingLook[]): RatingsChartSpec | null {
  const head = sheet.rows.findIndex((r) => r[0]?.value === "Workstream");
  if (head < 0 || summary.byWorkstream.length === 0) return null;
  const top = head + 1;
  const bottom = top + summary.byWorkstream.length;
  const right = 1 + summary.ratings.length;
  const look = (label: string) => ratings.find((r) => r.label === label) ?? NOT_RATED_LOOK;
  return {
    sheet: sheet.name,
    range: `A${top}:${columnLetter(right)}${bottom}`,
    title: "Items by workstream and rating",
    labels: [...summary.ratings],
    colours: summary.ratings.map((l) => (l === NOT_RATED ? "#BFBFBF" : look(l).fill)),
    position: { from: `${columnLetter(right + 5)}4`, to: `${columnLetter(right + 13)}24` },
  };
}
