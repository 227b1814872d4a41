import { columnLetter } from "../core/address";
import { NOT_RATED } from "../core/ratings/scheme";
import type { ChartSpec, SheetSpec } from "../core/specs/types";
import type { Summary } from "../core/summarise";
import { NOT_RATED_LOOK, type RatingLook } from "./overview";

/** A stacked bar chart of ratings by workstream, drawn from the summary sheet's table (Excel only). */
export type RatingsChartSpec = ChartSpec;

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

/** The trend chart's series and categories come from the same table, so it shares the ratings chart's shape. */
export type TrendChartSpec = RatingsChartSpec;

/** The trend table's heading (src/core/specs/summary-history.ts), found in the sheet spec. */
const TREND_HEADING = "Trend by reporting round";

/**
 * A stacked column chart of the summary's "Trend by reporting round" table: one column per
 * round (the "As at" dates, oldest → newest), stacked by rating in scheme order with the
 * ratings' colours. The range is the table's header row down to its last round, "As at" and
 * the rating columns only (Total and % complete are not stacked). Null when the summary has no
 * trend table or fewer than two rounds in it: one column is not a trend.
 */
export function trendChartSpec(sheet: SheetSpec, ratings: RatingLook[]): TrendChartSpec | null {
  const heading = sheet.rows.findIndex((r) => r[0]?.value === TREND_HEADING);
  const head = sheet.rows[heading + 1];
  if (heading < 0 || head?.[0]?.value !== "As at") return null;
  const labels: string[] = [];
  for (const c of head.slice(1)) {
    if (c.value === "Total" || typeof c.value !== "string") break;
    labels.push(c.value);
  }
  let rounds = 0;
  while (sheet.rows[heading + 2 + rounds]?.[0]?.value) rounds++;
  if (rounds < 2 || labels.length === 0) return null;
  const top = heading + 2; // the header row, as a 1-based row number
  const bottom = top + rounds;
  const right = 1 + labels.length;
  const look = (label: string) => ratings.find((r) => r.label === label) ?? NOT_RATED_LOOK;
  // Beside the table (after Total and % complete and a gap), never above row 26, where the
  // ratings chart ends, so the two never overlap.
  const from = Math.max(top - 1, 26);
  return {
    sheet: sheet.name,
    range: `A${top}:${columnLetter(right)}${bottom}`,
    title: "Items by rating at each reporting round",
    labels,
    colours: labels.map((l) => (l === NOT_RATED ? "#BFBFBF" : look(l).fill)),
    position: { from: `${columnLetter(right + 4)}${from}`, to: `${columnLetter(right + 12)}${from + 20}` },
  };
}
