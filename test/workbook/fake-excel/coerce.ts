/**
 * What Excel makes of a string written through `Range.values` into a cell whose number format
 * is not text (`@`): it parses it as if typed. Documented: "If the returned value starts with a
 * plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula"
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member),
 * and the blank-null article writes `['Eurasia', '29.96', '0.25', '15-Feb']`, strings that
 * become numbers and a date
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
 * The exact forms of dates and numbers follow typing into an en-GB Excel (the councils' locale);
 * the fake takes the wider reading (more strings converted) where Excel's is undocumented.
 */
export type Coerced =
  | { kind: "text"; value: string }
  | { kind: "number"; value: number; numberFormat?: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "formula"; formula: string };

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** "Oct", "October", "Sept." → 10, 9; anything else null. */
function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w === "sept") return 9;
  const i = w.length >= 3 ? MONTHS.findIndex((m) => m.startsWith(w)) : -1;
  return i < 0 ? null : i + 1;
}

/** Excel's serial day number (1900 system) of a calendar day. */
export function serial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const fullYear = (y: string) => (y.length <= 2 ? (Number(y) < 30 ? 2000 : 1900) + Number(y) : Number(y));

/** A date as typed in en-GB Excel (`31 Oct 2022`, `31/10/2022`, `1/2`, `1-2`, `Oct 2022`, `2022-10-31`), or null. */
function asDate(s: string, thisYear: number): { value: number; numberFormat: string } | null {
  let m = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2}|\d{4}))?$/.exec(s);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), m[3] ? fullYear(m[3]) : thisYear];
    return validDay(y, mo, d) ? { value: serial(y, mo, d), numberFormat: m[3] ? "dd/mm/yyyy" : "d-mmm" } : null;
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDay(y, mo, d) ? { value: serial(y, mo, d), numberFormat: "yyyy-mm-dd" } : null;
  }
  m = /^(\d{1,2})[\s-]+([A-Za-z]+\.?)(?:[\s,-]+(\d{2}|\d{4}))?$/.exec(s);
  if (m) {
    const mo = monthOf(m[2]!);
    const [d, y] = [Number(m[1]), m[3] ? fullYear(m[3]) : thisYear];
    return mo && validDay(y, mo, d) ? { value: serial(y, mo, d), numberFormat: "d-mmm-yy" } : null;
  }
  m = /^([A-Za-z]+\.?)[\s-]+(\d{4}|\d{2})$/.exec(s);
  if (m) {
    const mo = monthOf(m[1]!);
    return mo ? { value: serial(fullYear(m[2]!), mo, 1), numberFormat: "mmm-yy" } : null;
  }
  return null;
}

/**
 * The cell a string becomes when written through `values` into a General cell.
 *
 *   coerce("3.1") → number 3.1 · coerce("- Review") → formula "=- Review" · coerce("Red") → text
 */
export function coerce(s: string, thisYear = 2025): Coerced {
  const t = s.trim();
  if (t === "") return { kind: "text", value: s };
  const number = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
  if (/\d/.test(t) && number.test(t)) return { kind: "number", value: Number(t.replace(/,/g, "")) };
  const percent = /^([+-]?\d+(?:\.\d+)?)\s*%$/.exec(t);
  if (percent) return { kind: "number", value: Number(percent[1]) / 100, numberFormat: "0%" };
  if (/^(true|false)$/i.test(t)) return { kind: "boolean", value: t.toLowerCase() === "true" };
  if (s.startsWith("=")) return { kind: "formula", formula: s };
  if (s.startsWith("+") || s.startsWith("-")) return { kind: "formula", formula: `=${s}` };
  const date = asDate(t, thisYear);
  if (date) return { kind: "number", ...date };
  return { kind: "text", value: s };
}
