import { a1 } from "./address";
import { FIELD_SYNONYMS, FIELDS, normaliseHeader, type Field } from "./fields";
import { cellAt, cellText, lastCol, lastRow, type Grid } from "./grid";

/** Field → sheet column number (1-based). */
export type ColumnMap = Partial<Record<Field, number>>;

export interface HeaderMatch {
  /** Sheet row (1-based) of the header. */
  row: number;
  columns: ColumnMap;
  /** Header cells that mean a field already taken by an earlier column: ignored. */
  duplicates: { field: Field; col: number; keptCol: number; text: string }[];
  /** Normalised header text per column, to recognise the header when it is repeated lower down. */
  texts: Map<number, string>;
  score: number;
}

/** Single words too common to match inside longer headers: they must be the whole header. */
const WHOLE_ONLY = new Set(["no", "number", "id", "item", "date", "by", "due", "when", "who", "area", "note", "board", "target", "cost", "task", "step", "aim", "goal", "update", "status", "rating", "impact", "measure", "progress", "comment", "concern", "weakness", "priority", "theme", "forum", "oversight", "budget", "funding"]);

/**
 * How strongly a header cell means a field (0 = not at all). Whole-header matches beat
 * matches inside the header, which beat matches inside a bracketed aside.
 * Example: scoreHeader("Key milestones (Action tracker)", "milestone") > scoreHeader(…, "action").
 */
export function scoreHeader(text: string, field: Field): number {
  if (text.length > 80) return 0;
  return scoreNormalised(normaliseHeader(text), field);
}

/** Synonyms with their word counts and whether they may match inside a longer header, computed once. */
const COMPILED = Object.fromEntries(
  (Object.keys(FIELD_SYNONYMS) as Field[]).map((field) => [
    field,
    FIELD_SYNONYMS[field].map((synonym) => ({ synonym, padded: ` ${synonym} `, words: synonym.split(" ").length, inside: !WHOLE_ONLY.has(synonym) })),
  ]),
) as Record<Field, { synonym: string; padded: string; words: number; inside: boolean }[]>;

function scoreNormalised({ main, aside }: { main: string; aside: string }, field: Field): number {
  let best = 0;
  const paddedMain = ` ${main} `;
  const paddedAside = ` ${aside} `;
  for (const { synonym, padded, words, inside } of COMPILED[field]) {
    if (main === synonym) best = Math.max(best, 20 + words);
    else if (inside && paddedMain.includes(padded)) best = Math.max(best, 8 + words);
    else if (inside && aside && paddedAside.includes(padded)) best = Math.max(best, 2 + words);
  }
  // "Initial RAG" also contains "RAG": the more specific field must win.
  if (field === "status" && /\b(initial|baseline|original|previous|starting)\b/.test(main)) return 0;
  if (field === "deadline" && /\b(start|raised|added|updated|opened|agreed)\b/.test(main)) return 0;
  return best;
}

/** Map one row's cells to fields: strongest matches first, each column and field used once. */
export function mapHeaderRow(grid: Grid, row: number, right = lastCol(grid)): Omit<HeaderMatch, "row"> {
  const candidates: { col: number; field: Field; score: number; text: string }[] = [];
  const texts = new Map<number, string>();
  for (let col = grid.origin.col; col <= right; col++) {
    const value = cellAt(grid, row, col);
    if (typeof value !== "string") continue;
    const text = cellText(value);
    if (!text) continue;
    texts.set(col, looseKey(text));
    if (text.length > 80) continue;
    const normalised = normaliseHeader(text);
    for (const field of FIELDS) {
      const score = scoreNormalised(normalised, field);
      if (score > 0) candidates.push({ col, field, score, text });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.col - b.col);
  const columns: ColumnMap = {};
  const scoreOf = new Map<Field, number>();
  const usedCols = new Set<number>();
  const duplicates: HeaderMatch["duplicates"] = [];
  let score = 0;
  for (const c of candidates) {
    if (usedCols.has(c.col)) continue;
    const kept = columns[c.field];
    if (kept !== undefined) {
      if (c.score === scoreOf.get(c.field)) {
        duplicates.push({ field: c.field, col: c.col, keptCol: kept, text: c.text });
        usedCols.add(c.col);
      }
      continue;
    }
    columns[c.field] = c.col;
    scoreOf.set(c.field, c.score);
    usedCols.add(c.col);
    score += c.score;
  }
  return { columns, duplicates, texts, score };
}

/**
 * Find the header row among the first `searchRows` rows: the row whose cells best mean plan
 * fields, with at least two fields one of which is the action or the milestone.
 * Titles above the header are skipped. Returns null when no row qualifies.
 */
export function detectHeaderRow(grid: Grid, searchRows = 60): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  const last = Math.min(lastRow(grid), grid.origin.row + searchRows - 1);
  const right = lastCol(grid);
  for (let row = grid.origin.row; row <= last; row++) {
    const match = mapHeaderRow(grid, row, right);
    const fields = Object.keys(match.columns).length;
    if (fields < 2 || (match.columns.action === undefined && match.columns.milestone === undefined)) continue;
    if (!best || match.score > best.score) best = { row, ...match };
  }
  return best;
}

/**
 * True when a row repeats the header (tables pasted page by page): most of its
 * non-blank cells read the same as the header cell above them.
 */
export function isRepeatedHeader(grid: Grid, header: HeaderMatch, row: number, right = lastCol(grid)): boolean {
  let same = 0;
  let filled = 0;
  for (let col = grid.origin.col; col <= right; col++) {
    const value = cellAt(grid, row, col);
    if (value === null || value === "") continue;
    const text = typeof value === "string" ? value : cellText(value);
    if (!text.trim()) continue;
    filled++;
    const expected = header.texts.get(col);
    // Headers are short: a long cell cannot repeat one, so skip normalising it.
    // …and one whose first letter differs cannot either: most cells stop at that cheap test.
    if (expected !== undefined && text.length <= 2 * expected.length + 20 && firstKeyChar(text) === (expected[0] ?? "") && looseKey(text) === expected) same++;
  }
  return filled >= 2 && same / filled >= 0.6;
}

/** The first character looseKey would keep ("" when none). */
function firstKeyChar(text: string): string {
  for (const ch of text) {
    const c = ch.toLowerCase()[0]!;
    if ((c >= "a" && c <= "z") || (c >= "0" && c <= "9")) return c;
  }
  return "";
}

/** Letters only, lower case: a repeated header differs at most in case, spacing and punctuation. */
function looseKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** The header cell address of a field, for messages: "G4". */
export function headerCell(header: Pick<HeaderMatch, "row" | "columns">, field: Field): string | null {
  const col = header.columns[field];
  return col === undefined ? null : a1(header.row, col);
}
