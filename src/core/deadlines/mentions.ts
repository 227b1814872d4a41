/**
 * Finding the date phrases in normalised deadline text. Each phrase becomes a Mention: what it
 * names, with any year or month left unwritten for resolve-mentions to borrow from a neighbour.
 */
import { MONTH_NAME, monthNumber } from "./months";
import type { Season } from "./terms";
import { academicTermYear } from "./terms";
import { expandYear, secondOfPair } from "./years";
import { joinsDates } from "./markers";

/** What a date phrase names; `year`/`month` absent when the text leaves them to a neighbour. */
export type MentionBody =
  | { kind: "day"; day: number; month?: number; year?: number }
  | { kind: "month"; month: number; year?: number }
  | { kind: "term"; season: Season; year?: number }
  | { kind: "quarter"; quarter: number; year: number; financial: boolean }
  | { kind: "financialYear"; year: number }
  | { kind: "academicYear"; year: number };

/** A date phrase and where it sits in the normalised text ([from, to)). */
export type Mention = MentionBody & { from: number; to: number };

interface Matcher {
  re: RegExp;
  build(m: RegExpExecArray): MentionBody | null;
}

const ORD = "(?:\\s?(?:st|nd|rd|th)(?![a-z]))?";
const YEAR = "(\\d{2,5})(?!\\d)(?!\\s?(?:st|nd|rd|th)(?![a-z]))";
const PAIR = "(\\d{4}|\\d{2})\\s*[/-]\\s*(\\d{4}|\\d{2})(?!\\d)";
const sticky = (source: string) => new RegExp(source, "y");
const num = (s: string | undefined) => Number(s);
const month = (s: string | undefined) => monthNumber(s ?? "") ?? 0;

/** Both years of a pair, or null when they are not consecutive or a short first year lacks `prefixed`. */
function pair(first: string | undefined, second: string | undefined, prefixed = true): number | null {
  if (!first || !second || (first.length === 2 && !prefixed)) return null;
  const y = expandYear(first);
  return secondOfPair(y, second) === null ? null : y;
}

/** Patterns, most specific first; each is tried where a word starts. */
const MATCHERS: Matcher[] = [
  // 2022-09-13
  { re: sticky("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)"), build: (m) => ({ kind: "day", year: num(m[1]), month: num(m[2]), day: num(m[3]) }) },
  // 13/09/2022, 13-09-2022, 13.09.22 (always day first)
  { re: sticky("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{2,5})(?!\\d)"), build: (m) => ({ kind: "day", day: num(m[1]), month: num(m[3]), year: expandYear(m[4] ?? "") }) },
  // 09/2022
  { re: sticky("(\\d{1,2})[/-](\\d{4})(?!\\d)"), build: (m) => (num(m[1]) >= 1 && num(m[1]) <= 12 ? { kind: "month", month: num(m[1]), year: num(m[2]) } : null) },
  // academic year 2019/20
  { re: sticky(`academic year\\s*${PAIR}`), build: (m) => { const y = pair(m[1], m[2]); return y === null ? null : { kind: "academicYear", year: y }; } },
  // Q3 2024/25, Q4 of 2022/23, Q2 24/25, quarter 3 FY 2024-25, Q3 2024
  {
    re: sticky(`(?:q|quarter\\s?)([1-4])\\s*(?:(?:of|in)\\s)?\\s*(?:(?:fy|financial year)\\s*)?(\\d{4}|\\d{2})(?:\\s*[/-]\\s*(\\d{4}|\\d{2}))?(?!\\d)`),
    build: (m) => {
      if (m[3] === undefined) return { kind: "quarter", quarter: num(m[1]), year: expandYear(m[2] ?? ""), financial: false };
      const y = pair(m[2], m[3]);
      return y === null ? null : { kind: "quarter", quarter: num(m[1]), year: y, financial: true };
    },
  },
  // 2024/25, 2024-25, 2019/2020, FY 2024/25, FY24/25
  { re: sticky(`(?:(fy|financial year)\\s*)?${PAIR}`), build: (m) => { const y = pair(m[2], m[3], m[1] !== undefined); return y === null ? null : { kind: "financialYear", year: y }; } },
  // Autumn term 2019, Spring 2020, summer term, Autumn term 2019/20
  {
    re: sticky(`(autumn|spring|summer)(?:\\s?terms?)?(?![a-z])(?:(?:\\s*,\\s*|\\sof\\s|\\s?)(\\d{4}|\\d{2})(?:\\s*[/-]\\s*(\\d{4}|\\d{2}))?(?!\\d))?`),
    build: (m) => {
      const season = m[1] as Season;
      if (m[2] === undefined) return { kind: "term", season };
      if (m[3] === undefined) return { kind: "term", season, year: expandYear(m[2]) };
      const y = pair(m[2], m[3]);
      return y === null ? null : { kind: "term", season, year: academicTermYear(season, y) };
    },
  },
  // August 12, 2019; Sept 12th 2022
  { re: sticky(`${MONTH_NAME}\\.?\\s?(\\d{1,2})${ORD}(?:\\s?,\\s?|\\s)(\\d{4})(?!\\d)`), build: (m) => ({ kind: "day", month: month(m[1]), day: num(m[2]), year: num(m[3]) }) },
  // Oct 2022, Oct.2022, Sept. 2022, Oct 19, Sep-22, March, 2020; or a month alone
  { re: sticky(`${MONTH_NAME}(?:(?:[.,]?\\s?'?|\\s?,\\s?|-|/)${YEAR})?`), build: (m) => (m[2] === undefined ? { kind: "month", month: month(m[1]) } : { kind: "month", month: month(m[1]), year: expandYear(m[2]) }) },
  // 12th August 2019, 1st of May 2020, 13-Sep-22, 16 th dec 24; or without a year
  {
    re: sticky(`(\\d{1,2})${ORD}(?:\\sof\\s|[\\s.-]?)${MONTH_NAME}(?:(?:[.,]?\\s?|\\s?,\\s?|-)${YEAR})?`),
    build: (m) => (m[3] === undefined ? { kind: "day", day: num(m[1]), month: month(m[2]) } : { kind: "day", day: num(m[1]), month: month(m[2]), year: expandYear(m[3]) }),
  },
  // the 12 of "12 - 16 March 2022"
  { re: sticky(`(\\d{1,2})${ORD}(?=\\s?(?:-|to|until|till)\\s?\\d{1,2}${ORD}(?:\\sof\\s|[\\s.-]?)${MONTH_NAME})`), build: (m) => ({ kind: "day", day: num(m[1]) }) },
];

/** The first pattern matching at `at`, as a mention. */
function matchAt(text: string, at: number): Mention | null {
  for (const { re, build } of MATCHERS) {
    re.lastIndex = at;
    const m = re.exec(text);
    const body = m ? build(m) : null;
    if (m && body) return { ...body, from: at, to: at + m[0].length };
  }
  return null;
}

/** True for a mention that writes no year (or no month) of its own. */
export function isIncomplete(m: Mention): boolean {
  return (m.kind === "day" || m.kind === "month" || m.kind === "term") && (m.year === undefined || (m.kind === "day" && m.month === undefined));
}

/** A mention with no year counts only when joined to a neighbouring date ("January to March 2019"). */
function joined(text: string, all: Mention[], i: number): boolean {
  const prev = all[i - 1];
  const next = all[i + 1];
  const self = all[i]!;
  return (prev !== undefined && joinsDates(text.slice(prev.to, self.from))) || (next !== undefined && joinsDates(text.slice(self.to, next.from)));
}

/**
 * Every date phrase in normalised text, left to right. A month or term without a year counts
 * only when joined to another date ("january to march 2019"), so "may" the verb is never a month.
 * findMentions("june 2020 to april 2021") → [{ kind: "month", month: 6, year: 2020, … }, { kind: "month", month: 4, year: 2021, … }].
 */
export function findMentions(text: string): Mention[] {
  const found: Mention[] = [];
  let i = 0;
  while (i < text.length) {
    const m = i === 0 || !/[a-z0-9]/.test(text[i - 1]!) ? matchAt(text, i) : null;
    if (m) {
      found.push(m);
      i = m.to;
    } else if (/[a-z0-9]/.test(text[i]!)) {
      while (i < text.length && /[a-z0-9]/.test(text[i]!)) i++;
    } else {
      i++;
    }
  }
  return found.filter((m, i) => !isIncomplete(m) || joined(text, found, i));
}
