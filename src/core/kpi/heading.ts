/**
 * What a KPI table's header cell means: the indicator column, a baseline, a target or an actual
 * for a dated period, a final target, or something else (ref, lead, notes). Period headings carry
 * their date (`Dec 2022`, `Milestone 2 – Nov 23`, `Q2 2024/25`, `Actual Jul 23`), read by the
 * deadline parser.
 */
import type { IsoDate } from "../dates";
import { parseDeadline, type DeadlineOptions } from "../deadlines";
import { normaliseHeader } from "../fields";
import { cellAt, cellText, formatAt, lastCol, type CellValue, type Grid } from "../grid";
import { scoreHeader } from "../header";

export type KpiHeading =
  | { role: "indicator"; text: string }
  | { role: "baseline"; text: string; due: IsoDate | null }
  | { role: "target" | "actual"; text: string; due: IsoDate; label: string }
  | { role: "finalTarget"; text: string }
  | { role: "other"; text: string };

/** The indicator column's heading, normalised (plurals singular, brackets dropped). */
const INDICATOR = /^(?:the )?(?:key performance indicator|performance indicator|kpi|indicator|performance measure|success measure|measure|metric|kpi description|kpi name|indicator name|indicator description|key performance indicator kpi)$/;
const ACTUAL = /\b(?:actuals?|achieved|outturn|result|performance|reported|position)\b/i;
const FINAL_TARGET = /\b(?:target|trajectory|ambition|goal)\b/i;
/** Words left out of a period's label: "Milestone 2 – Nov 23" → "Nov 23", "Actual Jul 23" → "Jul 23". */
const PERIOD_WORDS = /\b(?:actuals?|achieved|outturn|result|performance|reported|position|target|trajectory|milestone\s*\d*|at|as at)\b/gi;

/** A period heading without its target/actual words, for reports: "Actual Jul 23" → "Jul 23". */
export function periodLabel(text: string): string {
  const label = text.replace(PERIOD_WORDS, " ").replace(/^[\s\-–—:,.]+|[\s\-–—:,.]+$/g, "").replace(/\s+/g, " ");
  return label === "" ? text : label;
}

/**
 * The meaning of one header cell. Real dates (and date-formatted serials) are target periods.
 * classifyHeading("Actual Jul 23") → { role: "actual", due: "2023-07-31", label: "Jul 23", … };
 * classifyHeading("Baseline (Q4 2022/23)") → { role: "baseline", due: "2023-03-31", … }.
 */
export function classifyHeading(value: CellValue, numberFormat: string | null = null, options: DeadlineOptions = {}): KpiHeading | null {
  if (value === null || value === "") return null;
  const text = cellText(value);
  if (text === "") return null;
  if (typeof value !== "string") {
    const d = parseDeadline(value, { ...options, numberFormat });
    return d.kind === "date" ? { role: "target", text: d.text, due: d.due, label: d.text } : { role: "other", text };
  }
  // Headings are short: a sentence that mentions a date is not a period column.
  if (text.length > 60) return { role: "other", text };
  const { main } = normaliseHeader(text);
  if (INDICATOR.test(main)) return { role: "indicator", text };
  const parsed = parseDeadline(text, options);
  const due = parsed.kind === "date" ? parsed.due : null;
  if (/\bbaseline\b/i.test(text)) return { role: "baseline", text, due };
  if (due !== null) return { role: ACTUAL.test(text) ? "actual" : "target", text, due, label: periodLabel(text) };
  if (FINAL_TARGET.test(text)) return { role: "finalTarget", text };
  return { role: "other", text };
}

/** One header cell and its column. */
export type HeadingAt = KpiHeading & { col: number };

/** A KPI header row: exactly what its cells mean, left to right. */
export interface KpiHeader {
  row: number;
  indicatorCol: number;
  headings: HeadingAt[];
}

/** A plan heading (action, milestone) outside the dated columns means the row is the plan's header. */
function isPlanHeading(text: string): boolean {
  return scoreHeader(text, "action") >= 8 || scoreHeader(text, "milestone") >= 8;
}

/** What an indicator heading ends with, before normalising: rules out "Success measure agreed" cheaply. */
const INDICATOR_END = /(?:indicators?|kpi['’]?s?|measures?|metrics?|name|description)\s*(?:\([^)]*\))?\s*:?\s*$/i;

/** Cheap tests first (this runs on every row of a plan sheet): does any cell name an indicator column? */
function hasIndicatorCell(grid: Grid, row: number, right: number): boolean {
  for (let col = grid.origin.col; col <= right; col++) {
    const v = cellAt(grid, row, col);
    if (typeof v === "string" && v.length <= 60 && INDICATOR_END.test(v) && INDICATOR.test(normaliseHeader(v).main)) return true;
  }
  return false;
}

/**
 * The KPI header in a row, or null: an indicator column, at least one dated target or actual
 * column, and no action or milestone heading (that would be the plan's own header).
 * Example: `Key Performance Indicators | December 2022 | March 2023` → indicator A, targets B and C.
 */
export function kpiHeaderAt(grid: Grid, row: number, options: DeadlineOptions = {}, right = lastCol(grid)): KpiHeader | null {
  if (!hasIndicatorCell(grid, row, right)) return null;
  const headings: HeadingAt[] = [];
  for (let col = grid.origin.col; col <= right; col++) {
    const h = classifyHeading(cellAt(grid, row, col), formatAt(grid, row, col), options);
    if (h) headings.push({ ...h, col });
  }
  const indicator = headings.find((h) => h.role === "indicator");
  if (!indicator) return null;
  if (!headings.some((h) => h.role === "target" || h.role === "actual")) return null;
  // Headings are short; a long cell beside them means this is a row of the plan, not a header.
  if (headings.some((h) => h.role === "other" && (h.text.length > 40 || isPlanHeading(h.text)))) return null;
  return { row, indicatorCol: indicator.col, headings };
}

/**
 * True when the row is a KPI table's header: the plan sheet chooser skips such sheets, so a KPI
 * sheet is never taken for the plan.
 */
export function isKpiHeaderRow(grid: Grid, row: number, options: DeadlineOptions = {}): boolean {
  return kpiHeaderAt(grid, row, options) !== null;
}
