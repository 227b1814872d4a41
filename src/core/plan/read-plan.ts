import { a1 } from "../address";
import { parseDeadline, type DeadlineOptions } from "../deadlines";
import type { Field } from "../fields";
import { isErrorValue, lastCol as gridLastCol, lastRow as gridLastRow, type CellValue, type Grid } from "../grid";
import { isRepeatedHeader, type HeaderMatch } from "../header";
import { detectScheme } from "../ratings/detect-scheme";
import { matchRating } from "../ratings/match-rating";
import { extendScheme, type SchemeExtension } from "../ratings/extend-scheme";
import { withFill } from "../ratings/rating-cell";
import { splitRatingAndDate } from "../ratings/rating-with-date";
import { findRatingColumn, foundNote } from "./rating-column";
import { BUILT_IN_SCHEMES, type RatingScheme } from "../ratings/scheme";
import { cellReader, type CellReader } from "./cells";
import { findHeader } from "./find-header";
import { memoCells, memoText } from "./memo";
import { carryOver, enterSection, nextAction, type OwnCells, type RowContext } from "./row-context";
import type { CellProblem, Plan, PlanItem, ReadingNote } from "./types";
import { looksLikeSection, NO_WORKSTREAM, refPrefix } from "./workstream";

export interface ReadPlanOptions {
  sheet: string;
  /** A scheme chosen by the user or config; otherwise detected from the labels in use. */
  scheme?: RatingScheme;
  /** Force the header row (config). */
  headerRow?: number;
  /** Force columns by letter (config): { deadline: "F" }. */
  columns?: Partial<Record<Field, string>>;
  deadlines?: DeadlineOptions;
  /** Ratings and aliases the plan adds to its scheme (config `addRatings`, `aliases`). */
  extend?: SchemeExtension;
}

/** The sheet as the reader walks it: cells, the header's columns, and how far right to look. */
interface SheetView {
  grid: Grid;
  cells: CellReader;
  header: HeaderMatch;
  /** Rightmost column of the header. */
  tableRight: number;
  /** Rightmost column with anything in it. */
  right: number;
}

type Candidate = PlanItem & { actionHeading: boolean };

/** Every rating cell's text, for detecting the scheme in use (only the label where it shares a cell with a date). */
function ratingTexts(view: SheetView, shared: boolean): string[] {
  const texts: string[] = [];
  for (let row = view.header.row + 1; row <= gridLastRow(view.grid); row++)
    for (const f of ["status", "initialStatus"] as const) {
      const col = view.header.columns[f];
      const text = col === undefined ? "" : view.cells.text(row, col);
      if (text) texts.push(shared && f === "status" ? labelOnly(text) : text);
    }
  return texts;
}

/** "March 2020 - Green" → "Green", whichever built-in scheme spells it. */
function labelOnly(text: string): string {
  for (const scheme of Object.values(BUILT_IN_SCHEMES)) {
    const { rating, date } = splitRatingAndDate(scheme, text);
    if (rating.kind !== "blank") return text.replace(date, "").replace(/^[\s\-–—:,;/()]+|[\s\-–—:,;/()]+$/g, "");
  }
  return text;
}

/** When no heading names the rating column, find it by its contents (noted for the user). */
function ratingColumnByContents(view: SheetView, options: ReadPlanOptions, notes: ReadingNote[]): void {
  const { header } = view;
  if (header.columns.status !== undefined || options.columns?.status !== undefined) return;
  const found = findRatingColumn(view.cells, header, gridLastRow(view.grid), view.tableRight);
  if (!found) return;
  if (!found.shared) for (const f of Object.keys(header.columns) as Field[]) if (header.columns[f] === found.col) delete header.columns[f];
  header.columns.status = found.col;
  notes.push({ rule: "structure.rating-by-contents", cell: a1(header.row, found.col), message: foundNote(found) });
}

/** The lone filled cell of a row, if it has exactly one. */
function loneCell(view: SheetView, row: number): { col: number; text: string } | "blank" | null {
  let count = 0;
  let first = 0;
  for (let col = view.grid.origin.col; col <= view.right; col++)
    if (view.cells.hasOwnValue(row, col)) {
      if (count++ === 0) first = col;
      if (count > 1) return null;
    }
  return count === 0 ? "blank" : { col: first, text: view.cells.ownText(row, first) };
}

/** A lone cell merged across the table, or worded as a heading outside the item columns. */
function isSectionRow(view: SheetView, row: number, lone: { col: number; text: string }): boolean {
  const { columns } = view.header;
  const merged = view.cells.mergeOf(row, lone.col);
  if (merged !== null && merged.right > merged.left) return true;
  const inItemColumn = lone.col === columns.action || lone.col === columns.milestone;
  return looksLikeSection(lone.text) && (!inItemColumn || lone.col === view.grid.origin.col);
}

/** A section heading in the title block (Peterborough puts "Workstream 1: …" above the header). */
function sectionAbove(view: SheetView): string | null {
  for (let row = view.header.row - 1; row >= view.grid.origin.row; row--) {
    const lone = loneCell(view, row);
    if (lone && lone !== "blank" && looksLikeSection(lone.text)) return lone.text;
  }
  return null;
}

function noteProblems(view: SheetView, row: number, problems: CellProblem[], merged: Set<string>): void {
  for (const [field, col] of Object.entries(view.header.columns) as [Field, number][]) {
    const value = view.cells.value(row, col);
    const m = view.cells.mergeOf(row, col);
    if (m && m.bottom > m.top && (field === "status" || field === "deadline" || field === "initialStatus")) merged.add(m.range);
    if (isErrorValue(value) && !problems.some((p) => p.cell === a1(row, col))) problems.push({ cell: a1(row, col), field, value: String(value).trim() });
  }
}

/**
 * An action row with no milestone, date or rating of its own, followed by its milestones, is a
 * heading for them (Peterborough's layout), not an item to count.
 */
function dropActionHeadings(items: Candidate[]): PlanItem[] {
  return items
    .filter((item, i) => {
      const next = items[i + 1];
      return !(item.actionHeading && item.deadline.kind === "missing" && item.status.kind === "blank" &&
        next !== undefined && !next.refIsOwn && next.ref === item.ref && next.action === item.action);
    })
    .map(({ actionHeading: _h, ...item }) => item);
}

/**
 * Read a plan sheet: find the header, then turn rows into items with their workstream,
 * reference, deadline and ratings. Returns null when no header row can be found.
 */
export function readPlan(grid: Grid, options: ReadPlanOptions): Plan | null {
  const header = findHeader(grid, options);
  if (!header) return null;
  const tableRight = Math.max(...Object.values(header.columns).map(Number), ...header.texts.keys(), grid.origin.col);
  const view: SheetView = { grid, cells: cellReader(grid), header, tableRight, right: Math.max(tableRight, gridLastCol(grid)) };
  const { cells } = view;
  const columns = header.columns;
  const notes: ReadingNote[] = header.notes.map((n) => ({ rule: "structure.column-decided", cell: a1(header.row, n.col), message: `${a1(header.row, n.col)}: ${n.message}.` }));
  ratingColumnByContents(view, options, notes);
  // One column for both the deadline and the rating: "March 2020 - Green", "Complete (Jan 2020)".
  const shared = columns.status !== undefined && columns.status === columns.deadline;
  const extended = extendScheme(options.scheme ?? detectScheme(ratingTexts(view, shared)), options.extend);
  const scheme = extended.scheme;
  for (const problem of extended.problems) notes.push({ rule: "config.alias", severity: "warning", cell: null, message: `The stored settings: ${problem}.` });
  const deadlineOf = memoCells((value: CellValue, format) => parseDeadline(value, { ...options.deadlines, numberFormat: format }));
  const ratingOf = memoText((text) => matchRating(scheme, text));
  // A rating cell's fill counts when the word is missing or contradicts it (colour-only plans).
  const splitOf = memoText((text) => splitRatingAndDate(scheme, text));
  const statusOf = memoText((key) => {
    const cut = key.indexOf("\u0000");
    const text = key.slice(cut + 1);
    return withFill(scheme, shared ? splitOf(text).rating : ratingOf(text), key.slice(0, cut) || null);
  });
  const text = (row: number, field: Field) => (columns[field] === undefined ? "" : cells.text(row, columns[field]));
  const own = (row: number, field: Field) => (columns[field] === undefined ? "" : cells.ownText(row, columns[field]));

  const items: Candidate[] = [];
  const repeatedHeaderRows: number[] = [];
  const cellProblems: CellProblem[] = [];
  const mergedCells = new Set<string>();
  let context: RowContext = { section: sectionAbove(view), area: null, outcome: null, action: null };

  for (let row = header.row + 1; row <= gridLastRow(grid); row++) {
    const lone = loneCell(view, row);
    if (lone === "blank") continue;
    if (isRepeatedHeader(grid, header, row, view.right)) {
      repeatedHeaderRows.push(row);
      continue;
    }
    noteProblems(view, row, cellProblems, mergedCells);
    if (lone && isSectionRow(view, row, lone)) {
      context = enterSection(lone.text);
      continue;
    }
    const cellsOwn: OwnCells = { ref: own(row, "ref"), workstream: own(row, "workstream"), outcome: own(row, "outcome"), action: own(row, "action"), milestone: own(row, "milestone") };
    context = carryOver(context, cellsOwn);
    if (!cellsOwn.action && !cellsOwn.milestone) continue;
    const step = nextAction(context, cellsOwn, columns);
    context = step.context;
    const ref = context.action?.ref ?? null;
    const deadlineCol = columns.deadline;
    const cellValue = deadlineCol === undefined ? null : cells.value(row, deadlineCol);
    const deadlineValue = shared && typeof cellValue === "string" ? splitOf(cellValue).date || null : cellValue;
    const statusText = columns.status === undefined ? "" : shared && typeof cellValue !== "string" ? "" : cells.rawText(row, columns.status);
    items.push({
      row,
      ref,
      refIsOwn: Boolean(cellsOwn.ref),
      workstream: context.section ?? context.area ?? (ref ? refPrefix(ref) : null) ?? NO_WORKSTREAM,
      area: context.section !== null ? context.area : null,
      outcome: context.outcome,
      action: (step.continuation ? context.action?.text : cellsOwn.action || context.action?.text) ?? null,
      milestone: cellsOwn.milestone || null,
      lead: text(row, "lead") || null,
      deadline: deadlineCol === undefined ? { kind: "missing", text: "" } : deadlineOf(isErrorValue(deadlineValue) ? null : deadlineValue, cells.format(row, deadlineCol)),
      status: columns.status === undefined ? { kind: "blank" } : statusOf(`${cells.fill(row, columns.status) ?? ""}\u0000${statusText}`),
      initialStatus: columns.initialStatus === undefined ? null : ratingOf(cells.rawText(row, columns.initialStatus)),
      actionHeading: columns.milestone !== undefined && !cellsOwn.milestone && Boolean(cellsOwn.action),
    });
  }

  const kept = dropActionHeadings(items);
  return {
    sheet: options.sheet,
    headerRow: header.row,
    columns,
    duplicateColumns: header.duplicates,
    scheme,
    schemeChosen: options.scheme !== undefined,
    items: kept,
    workstreams: [...new Set(kept.map((i) => i.workstream))],
    lastRow: items.at(-1)?.row ?? header.row,
    lastCol: tableRight,
    repeatedHeaderRows,
    cellProblems,
    mergedCells: [...mergedCells],
    notes,
  };
}
