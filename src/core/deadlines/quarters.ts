/** Quarters and years: financial (April to March) and calendar. */
import { isoDate, lastDayOfMonth, monthAbbr } from "../dates";
import type { Interval, QuarterStyle, TermEnds } from "./types";
import { termInterval } from "./terms";

/** Months [first, last] spanned, as an interval. */
function months(year: number, first: number, endYear: number, last: number): Interval {
  return { start: isoDate(year, first, 1), due: lastDayOfMonth(endYear, last) };
}

/** The financial year starting in April of `year`. financialYear(2024) → 2024-04-01..2025-03-31. */
export function financialYear(year: number): Interval {
  return months(year, 4, year + 1, 3);
}

/** A quarter of the financial year starting in `year` (Q1 = Apr–Jun). financialQuarter(3, 2024) → 2024-10-01..2024-12-31. */
export function financialQuarter(quarter: number, year: number): Interval {
  const first = (quarter % 4) * 3 + 1;
  const y = quarter === 4 ? year + 1 : year;
  return months(y, first, y, first + 2);
}

/** A calendar quarter (Q1 = Jan–Mar). calendarQuarter(3, 2024) → 2024-07-01..2024-09-30. */
export function calendarQuarter(quarter: number, year: number): Interval {
  const first = (quarter - 1) * 3 + 1;
  return months(year, first, year, first + 2);
}

/** The academic year starting in September of `year`, to the end of its summer term. academicYear(2019) → 2019-09-01..2020-07-31. */
export function academicYear(year: number, terms?: TermEnds): Interval {
  return { start: isoDate(year, 9, 1), due: termInterval("summer", year + 1, terms).due };
}

/** "Jul–Sep 2024", "Oct 2024–Mar 2025" style label of an interval of whole months. */
function monthsLabel(i: Interval): string {
  const [sy, sm] = [Number(i.start.slice(0, 4)), Number(i.start.slice(5, 7))];
  const [dy, dm] = [Number(i.due.slice(0, 4)), Number(i.due.slice(5, 7))];
  return sy === dy ? `${monthAbbr(sm)}–${monthAbbr(dm)} ${dy}` : `${monthAbbr(sm)} ${sy}–${monthAbbr(dm)} ${dy}`;
}

/**
 * A quarter written with one year ("Q3 2024"), which is ambiguous: read as `style` says, with
 * the other reading named in `ambiguity`.
 * bareQuarter(3, 2024, "calendar") → { start: "2024-07-01", due: "2024-09-30", ambiguity: "Q3 2024 read as a calendar quarter (Jul–Sep 2024); …" }.
 */
export function bareQuarter(quarter: number, year: number, style: QuarterStyle): Interval & { ambiguity: string } {
  const calendar = calendarQuarter(quarter, year);
  const financial = financialQuarter(quarter, year);
  const name = `Q${quarter} ${year}`;
  const fy = `${year}/${String((year + 1) % 100).padStart(2, "0")}`;
  return style === "calendar"
    ? { ...calendar, ambiguity: `${name} read as a calendar quarter (${monthsLabel(calendar)}); set quarters: financial in config if you mean ${monthsLabel(financial)}` }
    : { ...financial, ambiguity: `${name} read as a financial quarter of ${fy} (${monthsLabel(financial)}), as config says; as a calendar quarter it would be ${monthsLabel(calendar)}` };
}
