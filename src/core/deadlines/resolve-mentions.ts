/**
 * Turning mentions into intervals: a mention without a year borrows one from its neighbour
 * ("January to March 2019"), then each becomes the days it names.
 */
import { isValidDay, isoDate, lastDayOfMonth } from "../dates";
import type { Mention } from "./mentions";
import { isIncomplete } from "./mentions";
import { academicYear, bareQuarter, financialQuarter, financialYear } from "./quarters";
import { termInterval } from "./terms";
import type { Interval, QuarterStyle, TermEnds } from "./types";
import { isPlausibleYear } from "./years";

/** What the mentions of one cell come to. */
export type Resolution =
  | { ok: true; intervals: Interval[]; ambiguities: string[] }
  | { ok: false; problem: "implausible"; year: number }
  | { ok: false; problem: "impossible-day" | "no-year" };

interface ResolveOptions {
  terms: TermEnds;
  quarters: QuarterStyle;
}

/** A complete mention as days; null for a day that does not exist (31/02/2022). */
function intervalOf(m: Mention, options: ResolveOptions): (Interval & { ambiguity?: string }) | null {
  switch (m.kind) {
    case "day": {
      const { year, month } = m;
      if (year === undefined || month === undefined || !isValidDay(year, month, m.day)) return null;
      const d = isoDate(year, month, m.day);
      return { start: d, due: d };
    }
    case "month":
      return m.year === undefined ? null : { start: isoDate(m.year, m.month, 1), due: lastDayOfMonth(m.year, m.month) };
    case "term":
      return m.year === undefined ? null : termInterval(m.season, m.year, options.terms);
    case "quarter":
      return m.financial ? financialQuarter(m.quarter, m.year) : bareQuarter(m.quarter, m.year, options.quarters);
    case "financialYear":
      return financialYear(m.year);
    case "academicYear":
      return academicYear(m.year, options.terms);
  }
}

/** True when `lender` can lend what `m` lacks: a year, and for a bare day also a month. */
function canLend(lender: Mention, m: Mention): boolean {
  if (isIncomplete(lender) || (lender.kind !== "day" && lender.kind !== "month" && lender.kind !== "term")) return false;
  return !(m.kind === "day" && m.month === undefined) || lender.kind === "day" || lender.kind === "month";
}

/** The incomplete mention completed from the nearest later (else earlier) lender, kept in order with it. */
function complete(all: Mention[], i: number, options: ResolveOptions): Mention | null {
  const m = all[i]!;
  const later = all.slice(i + 1).find((l) => canLend(l, m));
  const lender = later ?? all.slice(0, i).reverse().find((l) => canLend(l, m));
  if (!lender || lender.year === undefined) return null;
  const lenderInterval = intervalOf(lender, options);
  const withYear = (year: number): Mention =>
    m.kind === "day" && m.month === undefined && (lender.kind === "day" || lender.kind === "month")
      ? { ...m, year, month: lender.month }
      : { ...m, year };
  let filled = withYear(lender.year);
  const own = intervalOf(filled, options);
  if (own && lenderInterval) {
    if (later && own.start > lenderInterval.start) filled = withYear(lender.year - 1);
    if (!later && own.start < lenderInterval.start) filled = withYear(lender.year + 1);
  }
  return filled;
}

/**
 * The intervals the mentions name, or why there are none: a written year outside 2000–2100
 * (checked first, so "31/02/20222" is implausible), a day that does not exist, or no year at all.
 * resolveMentions(findMentions("january to march 2019"), …) → { ok: true, intervals: [2019-01-01..2019-01-31, 2019-03-01..2019-03-31], … }.
 */
export function resolveMentions(mentions: Mention[], options: ResolveOptions): Resolution {
  const odd = mentions.map((m) => m.year).find((y) => y !== undefined && !isPlausibleYear(y));
  if (odd !== undefined) return { ok: false, problem: "implausible", year: odd };
  const intervals: Interval[] = [];
  const ambiguities: string[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = isIncomplete(mentions[i]!) ? complete(mentions, i, options) : mentions[i]!;
    if (!m) return { ok: false, problem: "no-year" };
    const interval = intervalOf(m, options);
    if (!interval) return { ok: false, problem: "impossible-day" };
    intervals.push({ start: interval.start, due: interval.due });
    if (interval.ambiguity && !ambiguities.includes(interval.ambiguity)) ambiguities.push(interval.ambiguity);
  }
  return { ok: true, intervals, ambiguities };
}
