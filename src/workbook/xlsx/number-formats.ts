/**
 * Built-in number formats (ECMA-376 §18.8.30) and the rule that says a format shows a date.
 * The table and the rule match ExcelJS 4.4, which the core was built against, plus the East Asian
 * built-in date formats (27–36, 50–58), which ExcelJS leaves as plain numbers.
 */
export const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00",
  12: "# ?/?", 13: "# ??/??", 14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy",
  18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00 ;(#,##0.00)", 40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
};

/** Locale-dependent built-in date formats (shown as the system's short date outside East Asia). */
const EAST_ASIAN_DATES = new Set([27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** True when a format code shows a date or time (quoted text and [colour]/[h] sections ignored). */
export function isDateFormat(code: string | null | undefined): boolean {
  if (!code) return false;
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** The format code a cell shows for a numFmtId, or null for General/unknown (as ExcelJS gives it). */
export function formatCode(id: number, custom: ReadonlyMap<number, string>): string | null {
  if (!id) return null;
  return custom.get(id) ?? BUILT_IN_FORMATS[id] ?? (EAST_ASIAN_DATES.has(id) ? "mm-dd-yy" : null);
}

/** Excel's largest date, 31 Dec 9999: a larger serial in a date cell is shown as ##### and is not a date. */
export const MAX_DATE_SERIAL = 2958465.9999999;

/**
 * The `Date` a serial shows, in UTC (as ExcelJS gives it: milliseconds since 1970, rounded), or
 * null when the number cannot be a date (negative, or past 9999: a phone number typed into a date
 * cell, review finding F2), so it is read as the number it is.
 */
export function serialToDate(serial: number, date1904: boolean): Date | null {
  if (!(serial >= 0 && serial <= MAX_DATE_SERIAL)) return null;
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/**
 * A `t="d"` cell's ISO 8601 text as the `Date` Excel shows (wall-clock time taken as UTC, like
 * every other date this reader gives), or null when it is not a date (review finding F11).
 */
export function isoToDate(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(text.trim());
  const t = m ? null : /^T?(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/.exec(text.trim());
  if (t) return new Date(Date.UTC(1899, 11, 30, Number(t[1]), Number(t[2]), Number(t[3] ?? 0), Math.round(Number(t[4] ?? 0) * 1000)));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d, Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), Math.round(Number(m[7] ?? 0) * 1000)));
  date.setUTCFullYear(y); // Date.UTC maps years 0–99 to 1900–1999
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : null;
}
