import { a1, columnNumber } from "../address";
import { parseDeadline, type DeadlineOptions } from "../deadlines";
import type { Field } from "../fields";
import { isErrorValue, type CellValue, lastCol as gridLastCol, lastRow as gridLastRow, type Grid } from "../grid";
import { detectHeaderRow, isRepeatedHeader, mapHeaderRow, type HeaderMatch } from "../header";
import { detectScheme } from "../ratings/detect-scheme";
import { matchRating } from "../ratings/match-rating";
import type { RatingScheme } from "../ratings/scheme";
import { cellReader, type CellReader } from "./cells";
import type { CellProblem, Plan, PlanItem } from "./types";
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
}

/** A row as text per mapped field ("" when blank), plus how many cells it fills. */
interface RowCells {
  row: number;
  /** Text as a person sees it (merged cells read as their top-left value). */
  get: (field: Field) => string;
  /** Text typed in this row's own cell (blank below the top of a merge). */
  own: (field: Field) => string;
  /** How many cells the row fills itself, and the first of them. */
  filledCount: number;
  first: { col: number; text: string } | null;
}

function findHeader(grid: Grid, options: ReadPlanOptions): HeaderMatch | null {
  const found = options.headerRow ? { row: options.headerRow, ...mapHeaderRow(grid, options.headerRow) } : detectHeaderRow(grid);
  const overrides = Object.entries(options.columns ?? {}) as [Field, string][];
  if (!found && overrides.length === 0) return null;
  const header: HeaderMatch = found ?? { row: options.headerRow ?? grid.origin.row, columns: {}, duplicates: [], texts: new Map(), score: 0 };
  for (const [field, letter] of overrides) {
    const col = columnNumber(letter);
    for (const f of Object.keys(header.columns) as Field[]) if (header.columns[f] === col) delete header.columns[f];
    header.columns[field] = col;
  }
  return header;
}

/**
 * Read a plan sheet: find the header, then turn rows into items with their workstream,
 * reference, deadline and ratings. Returns null when no header row can be found.
 */
export function readPlan(grid: Grid, options: ReadPlanOptions): Plan | null {
  const header = findHeader(grid, options);
  if (!header) return null;
  const cells = cellReader(grid);
  const columns = header.columns;
  const tableRight = Math.max(...Object.values(columns).map(Number), ...header.texts.keys(), grid.origin.col);
  const right = Math.max(tableRight, gridLastCol(grid));
  const mapped = Object.entries(columns) as [Field, number][];
  const cellProblems: CellProblem[] = [];
  const mergedCells = new Set<string>();

  const rowCells = (row: number): RowCells => {
    let filledCount = 0;
    let firstCol = 0;
    for (let col = grid.origin.col; col <= right; col++) {
      if (cells.hasOwnValue(row, col)) {
        if (filledCount === 0) firstCol = col;
        filledCount++;
      }
    }
    return {
      row,
      filledCount,
      first: filledCount ? { col: firstCol, text: cells.ownText(row, firstCol) } : null,
      get: (field) => {
        const col = columns[field];
        return col === undefined ? "" : cells.text(row, col);
      },
      own: (field) => {
        const col = columns[field];
        return col === undefined ? "" : cells.ownText(row, col);
      },
    };
  };

  const statusValues: unknown[] = [];
  for (let row = header.row + 1; row <= gridLastRow(grid); row++) {
    for (const f of ["status", "initialStatus"] as const) {
      const col = columns[f];
      if (col !== undefined) statusValues.push(cells.text(row, col) || null);
    }
  }
  const scheme = options.scheme ?? detectScheme(statusValues.filter((v) => v !== null));

  // Plans repeat the same deadline and rating texts hundreds of times: read each once.
  const deadlineOf = memo((value: CellValue, format: string | null) => parseDeadline(value, { ...options.deadlines, numberFormat: format }));
  const ratingOf = memoText((text) => matchRating(scheme, text));
  const items: (PlanItem & { parentCandidate: boolean })[] = [];
  const repeatedHeaderRows: number[] = [];
  let section: string | null = sectionAbove(cells, grid, header.row, tableRight);
  let areaContext: string | null = null;
  let outcomeContext: string | null = null;
  let action: { ref: string | null; text: string | null; row: number } | null = null;
  let lastItemRow = header.row;

  for (let row = header.row + 1; row <= gridLastRow(grid); row++) {
    const r = rowCells(row);
    if (r.filledCount === 0) continue;
    if (isRepeatedHeader(grid, header, row, right)) {
      repeatedHeaderRows.push(row);
      continue;
    }
    noteProblems(cells, mapped, row, cellProblems, mergedCells);

    const lone = r.filledCount === 1 ? r.first : null;
    if (lone) {
      const inItemColumn = lone.col === columns.action || lone.col === columns.milestone;
      const merged = cells.mergeOf(row, lone.col);
      const spansTable = merged !== null && merged.right > merged.left;
      if (spansTable || (looksLikeSection(lone.text) && (!inItemColumn || lone.col === grid.origin.col))) {
        section = lone.text;
        areaContext = null;
        outcomeContext = null;
        action = null;
        continue;
      }
    }

    const own = {
      ref: r.own("ref"), workstream: r.own("workstream"), outcome: r.own("outcome"),
      action: r.own("action"), milestone: r.own("milestone"),
    };
    if (own.workstream) areaContext = own.workstream;
    if (own.outcome) outcomeContext = own.outcome;
    if (!own.action && !own.milestone) continue;

    let continuation = false;
    if (own.ref) {
      action = { ref: own.ref, text: own.action || null, row };
    } else if (columns.milestone !== undefined && own.milestone && action) {
      continuation = true; // a milestone of the action above; its own action text is a wrapped line
    } else if (columns.ref === undefined || !action) {
      action = { ref: null, text: own.action || null, row };
    } else if (own.action) {
      action = { ref: null, text: own.action, row };
    }

    const ref = action?.ref ?? null;
    const workstream = section ?? areaContext ?? (ref ? refPrefix(ref) : null) ?? NO_WORKSTREAM;
    const deadlineCol = columns.deadline;
    const statusCol = columns.status;
    const initialCol = columns.initialStatus;
    items.push({
      row,
      ref,
      refIsOwn: Boolean(own.ref),
      workstream,
      area: section !== null ? areaContext : null,
      outcome: outcomeContext,
      action: (continuation ? action?.text : own.action || action?.text) ?? null,
      milestone: own.milestone || null,
      lead: r.get("lead") || null,
      deadline: deadlineCol === undefined
        ? { kind: "missing", text: "" }
        : deadlineOf(isErrorValue(cells.value(row, deadlineCol)) ? null : cells.value(row, deadlineCol), cells.format(row, deadlineCol)),
      status: statusCol === undefined ? { kind: "blank" } : ratingOf(cells.rawText(row, statusCol)),
      initialStatus: initialCol === undefined ? null : ratingOf(cells.rawText(row, initialCol)),
      parentCandidate: columns.milestone !== undefined && !own.milestone && Boolean(own.action),
    });
    lastItemRow = row;
  }

  // An action row with no milestone, date or rating of its own, followed by its milestones,
  // is a heading for them (Peterborough's layout), not an item to count.
  const kept = items.filter((item, i) => {
    const next = items[i + 1];
    const isHeading = item.parentCandidate && item.deadline.kind === "missing" && item.status.kind === "blank" &&
      next !== undefined && !next.refIsOwn && next.ref === item.ref && next.action === item.action;
    return !isHeading;
  });

  const workstreams: string[] = [];
  for (const item of kept) if (!workstreams.includes(item.workstream)) workstreams.push(item.workstream);

  return {
    sheet: options.sheet,
    headerRow: header.row,
    columns,
    duplicateColumns: header.duplicates,
    scheme,
    schemeChosen: options.scheme !== undefined,
    items: kept.map(({ parentCandidate: _p, ...item }) => item),
    workstreams,
    lastRow: lastItemRow,
    lastCol: tableRight,
    repeatedHeaderRows,
    cellProblems,
    mergedCells: [...mergedCells],
  };
}

/** Cache a pure reading of text cells (other values are read each time). */
function memo<T>(read: (value: CellValue, format: string | null) => T): (value: CellValue, format: string | null) => T {
  const cache = new Map<string, T>();
  return (value, format) => {
    if (typeof value !== "string") return read(value, format);
    const key = `${format ?? ""}\u0000${value}`;
    let hit = cache.get(key);
    if (hit === undefined) cache.set(key, (hit = read(value, format)));
    return hit;
  };
}

function memoText<T>(read: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let hit = cache.get(text);
    if (hit === undefined) cache.set(text, (hit = read(text)));
    return hit;
  };
}

/** A section heading in the title block (Peterborough puts "Workstream 1: …" above the header). */
function sectionAbove(cells: CellReader, grid: Grid, headerRow: number, right: number): string | null {
  for (let row = headerRow - 1; row >= grid.origin.row; row--) {
    const filled: string[] = [];
    for (let col = grid.origin.col; col <= right; col++) {
      const t = cells.ownText(row, col);
      if (t) filled.push(t);
    }
    if (filled.length === 1 && looksLikeSection(filled[0]!)) return filled[0]!;
  }
  return null;
}

function noteProblems(cells: CellReader, mapped: [Field, number][], row: number, problems: CellProblem[], merged: Set<string>): void {
  for (const [field, col] of mapped) {
    const value = cells.value(row, col);
    const m = cells.mergeOf(row, col);
    if (m && m.bottom > m.top && (field === "status" || field === "deadline" || field === "initialStatus")) merged.add(m.range);
    if (isErrorValue(value) && !problems.some((p) => p.cell === a1(row, col))) problems.push({ cell: a1(row, col), field, value: String(value).trim() });
  }
}

/** Items whose workstream matches, in plan order. */
export function itemsIn(plan: Plan, workstream: string): PlanItem[] {
  return plan.items.filter((i) => i.workstream === workstream);
}
