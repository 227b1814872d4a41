import { daysBetween, excelSerialToIso, dateToIso, isIsoDate, type IsoDate } from "../dates";
import { cellText, type CellValue, type Grid } from "../grid";
import { a1 } from "../address";
import type { PointItem } from "../compare/plan-point";
import type { CellStyle, SheetCell, SheetSpec } from "../specs/types";
import type { Round } from "./rounds";

/**
 * Our history sheet: one row per item per recorded round, readable by a person (and by a
 * filter in Excel). Layout, from A1:
 *
 *   A1 title · A2 note · A4 headings: As at | Ref | Item | Rating | Complete | Due | Deadline as written | Progress fingerprint
 */
export const HISTORY_SHEET = "WSOA History";
export const HISTORY_TITLE = "WSOA Tracker: reporting rounds";
const NOTE = "One row per item per round, as it stood on the date recorded (Record this round, or wsoa record). The summary's trend and \"since the last report\" are read from here: please do not edit it.";
export const HISTORY_HEADINGS = ["As at", "Ref", "Item", "Rating", "Complete", "Due", "Deadline as written", "Progress fingerprint"] as const;
const HEADING_ROW = 4;

const DATE: CellStyle = { numberFormat: "yyyy-mm-dd", align: "left" };
// Text written as text: Excel would otherwise read a ref such as 4.1 as a number.
const TEXT: CellStyle = { numberFormat: "@" };
const HEAD: CellStyle = { bold: true, fill: "#D9D9D9", font: "#000000", border: true };

/** Excel's serial number of a day (1900 system): the inverse of excelSerialToIso from 1 Mar 1900. */
export function isoToExcelSerial(d: IsoDate): number {
  return daysBetween("1899-12-30", d);
}

function itemRow(asAt: IsoDate, item: PointItem): SheetCell[] {
  return [
    { value: isoToExcelSerial(asAt), style: DATE },
    { value: item.ref ?? "", style: TEXT },
    { value: item.text, style: { ...TEXT, wrap: true } },
    { value: item.rating ?? "", style: TEXT },
    { value: item.complete ? "Yes" : "No", style: TEXT },
    item.due ? { value: isoToExcelSerial(item.due), style: DATE } : { value: null },
    { value: item.deadlineText, style: TEXT },
    { value: item.progress ?? "", style: TEXT },
  ];
}

/** The history sheet holding these rounds, oldest first (a SheetSpec of role "history"). */
export function buildHistorySheet(rounds: readonly Round[], name: string = HISTORY_SHEET): SheetSpec {
  const rows: SheetCell[][] = [
    [{ value: HISTORY_TITLE, style: { bold: true, size: 14 } }],
    [{ value: NOTE, style: { italic: true } }],
    [],
    HISTORY_HEADINGS.map((h) => ({ value: h, style: HEAD })),
  ];
  for (const round of rounds) for (const item of round.items) rows.push(itemRow(round.asAt, item));
  return {
    name,
    role: "history",
    rows,
    columnWidths: [12, 9, 70, 12, 10, 12, 22, 12],
    merges: [],
    print: { orientation: "landscape", fitToWidth: 1, fitToHeight: 0, repeatRows: `${HEADING_ROW}:${HEADING_ROW}`, footer: `&L${HISTORY_TITLE}&RPage &P of &N` },
    freezeRows: HEADING_ROW,
  };
}

/** True when a grid is laid out as our history sheet (its title in A1). */
export function looksLikeHistory(grid: Grid): boolean {
  return cellText(grid.values[0]?.[0] ?? null) === HISTORY_TITLE;
}

/** A day from a cell as any reader gives it: a Date (ExcelJS), a serial (Excel), or ISO text. */
function dayOf(value: CellValue): IsoDate | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dateToIso(value);
  if (typeof value === "number" && value >= 1 && value < 2958466) return excelSerialToIso(value);
  const t = cellText(value);
  return isIsoDate(t) ? t : null;
}

export type HistoryRead = { ok: true; rounds: Round[] } | { ok: false; cell: string; message: string };

/**
 * The rounds on a history sheet, oldest first. A row whose date cannot be read is a problem
 * naming the cell, never skipped: the history is rewritten whole when a round is recorded,
 * and nothing in it may be lost.
 */
export function readHistory(grid: Grid): HistoryRead {
  const headingAt = grid.values.findIndex((r) => cellText(r[0] ?? null) === HISTORY_HEADINGS[0]);
  if (headingAt < 0) return { ok: false, cell: "A4", message: `no "${HISTORY_HEADINGS[0]}" heading in column A` };
  const heads = (grid.values[headingAt] ?? []).map((v) => cellText(v));
  const col = (h: (typeof HISTORY_HEADINGS)[number]) => heads.indexOf(h);
  const byDate = new Map<IsoDate, PointItem[]>();
  for (let r = headingAt + 1; r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    if (row.every((v) => cellText(v) === "")) continue;
    const sheetRow = grid.origin.row + r;
    const at = (h: (typeof HISTORY_HEADINGS)[number]) => (col(h) < 0 ? null : row[col(h)] ?? null);
    const asAt = dayOf(at("As at"));
    if (!asAt) return { ok: false, cell: a1(sheetRow, grid.origin.col + col("As at")), message: `"${cellText(at("As at"))}" is not a date` };
    const dueCell = at("Due");
    const due = cellText(dueCell) === "" ? null : dayOf(dueCell);
    if (cellText(dueCell) !== "" && !due) return { ok: false, cell: a1(sheetRow, grid.origin.col + col("Due")), message: `"${cellText(dueCell)}" is not a date` };
    const text = (h: (typeof HISTORY_HEADINGS)[number]) => cellText(at(h));
    const item: PointItem = {
      ref: text("Ref") || null,
      text: text("Item"),
      cell: null,
      rating: text("Rating") || null,
      complete: text("Complete").toLowerCase() === "yes",
      due,
      deadlineText: text("Deadline as written"),
      progress: col("Progress fingerprint") < 0 ? null : text("Progress fingerprint") || null,
    };
    byDate.set(asAt, [...(byDate.get(asAt) ?? []), item]);
  }
  const rounds = [...byDate].map(([asAt, items]) => ({ asAt, items })).sort((a, b) => (a.asAt < b.asAt ? -1 : 1));
  return { ok: true, rounds };
}
