/**
 * Finding KPI tables in a sheet: each KPI header row starts a table (a KPI sheet, or a block of
 * the plan sheet); its rows run until the plan's own header or another, different KPI header.
 * Section rows name the rows below; a header repeated under a section is skipped.
 */
import type { IsoDate } from "../dates";
import { parseDeadline, type DeadlineOptions } from "../deadlines";
import { cellAt, cellText, formatAt, lastCol, lastRow, type Grid } from "../grid";
import { mapHeaderRow } from "../header";
import { kpiHeaderAt, type HeadingAt, type KpiHeader } from "./heading";
import { readKpiValue } from "./value";

/** One dated period: its target column, its actual column, or both. */
export interface KpiPeriod {
  due: IsoDate;
  /** The heading's date words, e.g. "Nov 23". */
  label: string;
  targetCol?: number;
  actualCol?: number;
}

/** One indicator row. */
export interface KpiRowRef {
  row: number;
  name: string;
  /** The section row above, if any ("Area 1: Poor quality of EHC plans…"). */
  section: string | null;
}

export interface KpiTable {
  sheet: string;
  headerRow: number;
  indicatorCol: number;
  baseline: { col: number; due: IsoDate | null; text: string } | null;
  finalTarget: { col: number; text: string } | null;
  /** Periods by date, earliest first; a target and an actual for the same date share one. */
  periods: KpiPeriod[];
  rows: KpiRowRef[];
  repeatedHeaderRows: number[];
}

/** Pair the dated columns by their due date; the first column of each kind for a date wins. */
function periodsOf(headings: HeadingAt[]): KpiPeriod[] {
  const byDue = new Map<IsoDate, KpiPeriod>();
  for (const h of headings) {
    if (h.role !== "target" && h.role !== "actual") continue;
    const p = byDue.get(h.due) ?? { due: h.due, label: h.label };
    if (h.role === "target" && p.targetCol === undefined) p.targetCol = h.col;
    if (h.role === "actual" && p.actualCol === undefined) {
      p.actualCol = h.col;
      p.label = h.label;
    }
    byDue.set(h.due, p);
  }
  return [...byDue.values()].sort((a, b) => a.due.localeCompare(b.due));
}

function newTable(sheet: string, header: KpiHeader): KpiTable {
  const baseline = header.headings.find((h) => h.role === "baseline");
  const finalTarget = header.headings.find((h) => h.role === "finalTarget");
  return {
    sheet,
    headerRow: header.row,
    indicatorCol: header.indicatorCol,
    baseline: baseline?.role === "baseline" ? { col: baseline.col, due: baseline.due, text: baseline.text } : null,
    finalTarget: finalTarget ? { col: finalTarget.col, text: finalTarget.text } : null,
    periods: periodsOf(header.headings),
    rows: [],
    repeatedHeaderRows: [],
  };
}

/** Letters and digits only: a repeated header differs at most in case, spacing and punctuation. */
const loose = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");
const sameHeader = (a: KpiHeader, b: KpiHeader) =>
  a.headings.length === b.headings.length && a.headings.every((h, i) => h.col === b.headings[i]!.col && loose(h.text) === loose(b.headings[i]!.text));

/** The distinct texts of a row's filled cells (a merged section repeats its text in every cell). */
function filledTexts(grid: Grid, row: number, right: number): { texts: Set<string>; count: number; left: number } {
  const texts = new Set<string>();
  let count = 0;
  let left = 0;
  for (let col = grid.origin.col; col <= right; col++) {
    const t = cellText(cellAt(grid, row, col));
    if (t === "") continue;
    texts.add(t);
    count++;
    if (left === 0) left = col;
  }
  return { texts, count, left };
}

/** The plan's header (an action or milestone column among two or more plan fields) ends a KPI block. */
function isPlanHeader(grid: Grid, row: number, right: number): boolean {
  const { columns } = mapHeaderRow(grid, row, right);
  return Object.keys(columns).length >= 2 && (columns.action !== undefined || columns.milestone !== undefined);
}

/** The columns that hold figures: baseline, final target, each period's target and actual. */
function valueCols(t: KpiTable): number[] {
  return [t.baseline?.col, t.finalTarget?.col, ...t.periods.flatMap((p) => [p.targetCol, p.actualCol])].filter((c): c is number => c !== undefined);
}

/**
 * A row of the plan carried on below a KPI block without its header: figures columns holding
 * prose (a milestone, an action) or a deadline, or text under a blank indicator. Such a row ends the table.
 */
function looksLikePlanRow(grid: Grid, row: number, table: KpiTable, name: string): boolean {
  for (const col of valueCols(table)) {
    const v = readKpiValue(cellAt(grid, row, col), formatAt(grid, row, col));
    if (v.kind === "unreadable" && (name === "" || v.text.length > 40 || parseDeadline(v.text).kind === "date")) return true;
  }
  return false;
}

/**
 * Every KPI table in a sheet, top to bottom.
 * Example: a sheet `Key Performance Indicator | Baseline (Mar 23) | Milestone 1 – Jul 23 | Actual Jul 23`
 * → one table whose period Jul 23 pairs target C with actual D.
 */
export function findKpiTables(sheet: string, grid: Grid, options: DeadlineOptions = {}): KpiTable[] {
  const tables: KpiTable[] = [];
  const right = lastCol(grid);
  let current: { table: KpiTable; header: KpiHeader; section: string | null } | null = null;
  for (let row = grid.origin.row; row <= lastRow(grid); row++) {
    const header = kpiHeaderAt(grid, row, options, right);
    if (header) {
      if (current && sameHeader(current.header, header)) current.table.repeatedHeaderRows.push(row);
      else {
        current = { table: newTable(sheet, header), header, section: null };
        tables.push(current.table);
      }
      continue;
    }
    if (!current) continue;
    const { texts, count, left } = filledTexts(grid, row, right);
    if (count === 0) continue;
    if (isPlanHeader(grid, row, right)) {
      current = null;
      continue;
    }
    // One text, starting at or before the indicator column (merged across, or in one cell): a section.
    if (texts.size === 1 && left <= current.table.indicatorCol) {
      current.section = [...texts][0]!;
      continue;
    }
    const name = cellText(cellAt(grid, row, current.table.indicatorCol));
    if (looksLikePlanRow(grid, row, current.table, name)) {
      current = null;
      continue;
    }
    if (name === "") continue;
    current.table.rows.push({ row, name, section: current.section });
  }
  // A table with no figure in any row is a plan row that happened to say "KPI" beside a date.
  return tables.filter((t) => t.rows.some((r) => valueCols(t).some((col) => readKpiValue(cellAt(grid, r.row, col), formatAt(grid, r.row, col)).kind === "number")));
}
