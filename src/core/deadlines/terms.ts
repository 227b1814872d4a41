/** School terms: autumn ends the calendar year, spring and summer fall in the next. */
import { addDays, daysInMonth, isoDate } from "../dates";
import type { Interval, TermEnds } from "./types";

/** A school term. */
export type Season = "autumn" | "spring" | "summer";

/** Default term ends when a council sets none: 31 Dec, 30 Apr, 31 Jul. */
export const DEFAULT_TERMS: TermEnds = { autumn: "12-31", spring: "04-30", summer: "07-31" };

/** "MM-DD" in a year; a day past the month's end (e.g. "02-29" in 2023) is the month's last day. */
function dayInYear(monthDay: string, year: number): string {
  const m = /^(\d{1,2})-(\d{1,2})$/.exec(monthDay.trim());
  const month = Number(m?.[1]);
  if (!m || month < 1 || month > 12) throw new RangeError(`A term end must be MM-DD: ${monthDay}`);
  return isoDate(year, month, Math.max(1, Math.min(Number(m[2]), daysInMonth(year, month))));
}

/**
 * A term of a calendar year. Autumn starts 1 Sep, spring 1 Jan, summer the day after spring ends.
 * termInterval("summer", 2020) → { start: "2020-05-01", due: "2020-07-31" }.
 * Throws only when `terms` holds something that is not MM-DD (misuse: config is validated first).
 */
export function termInterval(season: Season, year: number, terms: TermEnds = DEFAULT_TERMS): Interval {
  const due = dayInYear(terms[season], year);
  const start = season === "autumn" ? isoDate(year, 9, 1)
    : season === "spring" ? isoDate(year, 1, 1)
    : addDays(dayInYear(terms.spring, year), 1);
  return { start: start <= due ? start : due, due };
}

/**
 * The calendar year of a term named with an academic year: autumn is in the first year, spring
 * and summer in the second. academicTermYear("spring", 2019) → 2020.
 */
export function academicTermYear(season: Season, firstYear: number): number {
  return season === "autumn" ? firstYear : firstYear + 1;
}
