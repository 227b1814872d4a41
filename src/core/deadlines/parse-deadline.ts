/** Reading any deadline cell: a Date, a number, text or nothing. */
import { dateToIso } from "../dates";
import type { CellValue } from "../grid";
import { parseDeadlineNumber } from "./parse-number";
import { parseDeadlineText } from "./parse-text";
import type { Deadline, DeadlineOptions } from "./types";
import { isPlausibleYear } from "./years";

/** A JS Date (ExcelJS: UTC midnight) as its UTC day. */
function fromDate(d: Date): Deadline {
  const ms = d.getTime();
  if (Number.isNaN(ms)) return { kind: "unparsed", text: "Invalid Date" };
  const year = d.getUTCFullYear();
  if (!isPlausibleYear(year)) return { kind: "implausible", text: d.toISOString().slice(0, 10), year };
  const day = dateToIso(d);
  return { kind: "date", start: day, due: day, text: day, source: "date" };
}

/**
 * The deadline in a cell. Dates and date-formatted serials are taken as they are (source "date");
 * text is read UK day-first, never guessing a year from the clock. Never throws on cell content.
 * parseDeadline("Q3 2024/25") → { kind: "date", start: "2024-10-01", due: "2024-12-31", text: "Q3 2024/25", source: "text" };
 * parseDeadline(44817, { numberFormat: "dd/mm/yyyy" }) → { kind: "date", start: "2022-09-13", due: "2022-09-13", … source: "date" };
 * parseDeadline(null) → { kind: "missing", text: "" }.
 */
export function parseDeadline(value: CellValue, options: DeadlineOptions = {}): Deadline {
  if (value === null || value === undefined) return { kind: "missing", text: "" };
  if (value instanceof Date) return fromDate(value);
  if (typeof value === "number") return parseDeadlineNumber(value, options.numberFormat);
  if (typeof value === "boolean") return { kind: "unparsed", text: value ? "TRUE" : "FALSE" };
  return parseDeadlineText(String(value), options);
}
