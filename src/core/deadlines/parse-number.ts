/** Reading a deadline stored as a number: an Excel date serial, or a bare year. */
import { excelSerialToIso, formatUkDate } from "../dates";
import { isDateNumberFormat } from "./number-format";
import type { Deadline } from "./types";
import { isPlausibleYear } from "./years";

/** Serials of 1 Jan 2000 and 31 Dec 2100: the only numbers read as dates without a date format. */
export const PLAUSIBLE_SERIALS = { from: 36526, to: 73415 } as const;

/** A serial as a one-day deadline, or implausible when its year is outside 2000–2100. */
function serialDeadline(serial: number, text: string, ambiguity?: string): Deadline {
  const day = excelSerialToIso(serial);
  const year = Number(day.slice(0, 4));
  if (!isPlausibleYear(year)) return { kind: "implausible", text, year };
  return ambiguity === undefined
    ? { kind: "date", start: day, due: day, text, source: "date" }
    : { kind: "date", start: day, due: day, text, source: "date", ambiguity };
}

/**
 * A number from a deadline cell. With a date number format it is an Excel serial; without one,
 * a year alone (2024) is not a deadline (unparsed), and a number in the serial range of 2000–2100
 * is read as a serial with `ambiguity` saying so; anything else is unparsed.
 * parseDeadlineNumber(44817, "dd/mm/yyyy") → { kind: "date", start: "2022-09-13", due: "2022-09-13", source: "date", … }.
 */
export function parseDeadlineNumber(value: number, numberFormat?: string | null): Deadline {
  const text = String(value);
  if (!Number.isFinite(value)) return { kind: "unparsed", text };
  if (isDateNumberFormat(numberFormat)) {
    // Serials outside years 1–9999 name no ISO day; their (approximate) year is what matters.
    return value < -693593 || value >= 2958466 ? { kind: "implausible", text, year: Math.floor(1900 + value / 365.2425) } : serialDeadline(value, text);
  }
  const whole = Math.floor(value);
  if (Number.isInteger(value) && isPlausibleYear(value)) return { kind: "unparsed", text };
  if (whole >= PLAUSIBLE_SERIALS.from && whole <= PLAUSIBLE_SERIALS.to) {
    const day = excelSerialToIso(whole);
    return serialDeadline(whole, text, `${text} read as an Excel date serial (${formatUkDate(day)}); give the cell a date format to confirm`);
  }
  return { kind: "unparsed", text };
}
