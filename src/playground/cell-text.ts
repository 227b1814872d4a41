import type { CellValue } from "../core/grid";
import { dateToIso, excelSerialToIso } from "../core/dates";

const isDateFormat = (f: string | null | undefined) => !!f && /[dy]/i.test(f.replace(/"[^"]*"/g, "")) && !/^general$/i.test(f);

/** A cell as Excel would display it, for the common formats the product writes and reads. */
export function displayText(value: CellValue, numberFormat: string | null | undefined): string {
  if (value === null) return "";
  if (value instanceof Date) return ukDate(dateToIso(value));
  if (typeof value === "number") {
    if (isDateFormat(numberFormat)) return ukDate(excelSerialToIso(value));
    const pct = numberFormat ? /^0(\.(0+))?%$/.exec(numberFormat) : null;
    if (pct) return `${(value * 100).toFixed(pct[2]?.length ?? 0)}%`;
    return String(value);
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

function ukDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
