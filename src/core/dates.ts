/**
 * Calendar dates as ISO strings ("YYYY-MM-DD"): no time zones, no clock, no `Date` arithmetic.
 * Day numbers use the proleptic Gregorian calendar (Hinnant's civil-date algorithms), so every
 * year 0–9999 works, including the implausible ones a typo produces.
 */

/** A calendar day, "YYYY-MM-DD". */
export type IsoDate = string;

const MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** True for leap years. isLeapYear(2024) → true; isLeapYear(2100) → false. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12). daysInMonth(2024, 2) → 29. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** "Sep" for 9. monthAbbr(9) → "Sep". Throws on a month outside 1–12 (misuse). */
export function monthAbbr(month: number): string {
  const name = MONTH_ABBR[month - 1];
  if (name === undefined) throw new RangeError(`Not a month: ${month}`);
  return name;
}

/** True when year/month/day name a real calendar day. isValidDay(2023, 2, 29) → false. */
export function isValidDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && year >= 0 && year <= 9999 &&
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The ISO date of a real day. isoDate(2022, 9, 13) → "2022-09-13". Throws on a day that does not exist (misuse). */
export function isoDate(year: number, month: number, day: number): IsoDate {
  if (!isValidDay(year, month, day)) throw new RangeError(`Not a calendar day: ${year}-${month}-${day}`);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The last day of a month. lastDayOfMonth(2024, 2) → "2024-02-29". */
export function lastDayOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month));
}

/** True for a well-formed ISO date of a real day. isIsoDate("2023-02-29") → false. */
export function isIsoDate(s: string): boolean {
  return digitsAt(s) !== null;
}

/**
 * Year, month and day of "YYYY-MM-DD" read digit by digit, or null when malformed or not a real
 * day: overdue arithmetic calls this for every item, so no regular expression or substrings.
 */
function digitsAt(s: string): { year: number; month: number; day: number } | null {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  let year = 0, month = 0, day = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    if (i < 4) year = year * 10 + d;
    else if (i < 7) month = month * 10 + d;
    else day = day * 10 + d;
  }
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

/** Year, month and day of an ISO date. isoParts("2022-09-13") → { year: 2022, month: 9, day: 13 }. Throws on a malformed date. */
export function isoParts(d: IsoDate): { year: number; month: number; day: number } {
  const parts = digitsAt(d);
  if (!parts) throw new RangeError(`Not an ISO date: ${d}`);
  return parts;
}

/** Days since 1970-01-01 of a civil date (negative before). */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number (days since 1970-01-01). */
function fromDayNumber(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return isoDate(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). daysBetween("2024-02-28", "2024-03-01") → 2. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = isoParts(from);
  const b = isoParts(to);
  return dayNumber(b.year, b.month, b.day) - dayNumber(a.year, a.month, a.day);
}

/** A date moved by whole days. addDays("2024-02-28", 1) → "2024-02-29". */
export function addDays(d: IsoDate, days: number): IsoDate {
  const p = isoParts(d);
  return fromDayNumber(dayNumber(p.year, p.month, p.day) + Math.trunc(days));
}

/**
 * An Excel serial (1900 date system) as a day; the time of day is dropped.
 * excelSerialToIso(44817) → "2022-09-13". Serials 1–59 follow Excel's early calendar; Excel's
 * fictitious 29 Feb 1900 (serial 60) reads as 1 Mar 1900.
 */
export function excelSerialToIso(serial: number): IsoDate {
  const n = Math.floor(serial);
  return n >= 61 ? fromDayNumber(dayNumber(1899, 12, 30) + n) : fromDayNumber(dayNumber(1899, 12, 31) + n);
}

/**
 * The UTC calendar day of a JS Date, as ExcelJS gives dates (UTC midnight).
 * dateToIso(new Date(Date.UTC(2022, 8, 13))) → "2022-09-13". Throws on an invalid Date (misuse).
 */
export function dateToIso(d: Date): IsoDate {
  if (Number.isNaN(d.getTime())) throw new RangeError("Invalid Date");
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** A day as people read it in the UK. formatUkDate("2022-09-13") → "13 Sep 2022". A malformed date comes back unchanged. */
export function formatUkDate(d: IsoDate): string {
  const p = digitsAt(d);
  if (!p) return d;
  return `${p.day} ${monthAbbr(p.month)} ${p.year}`;
}
