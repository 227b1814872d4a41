import { columnLetter, columnNumber } from "../../../src/core/address";

/** A rectangle of cells, 1-based and inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface FakeCell {
  /** For a formula cell, its last calculated result. */
  value: string | number | boolean;
  numberFormat?: string;
  /** "=SUM(A1)": the cell holds a formula and `value` is its result. */
  formula?: string;
}

export interface FakeCf {
  id: number;
  rect: Rect;
  type: string;
  formula?: string;
  fill?: string;
  font?: string;
  bold?: boolean;
}

export interface FakeSheet {
  id: number;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  cells: Map<string, FakeCell>;
  /** Bumped on every change of cells, so the used range is not recomputed on every look. */
  version: number;
  /** Cell formats by "row,col": only what the adapter sets. */
  formats: Map<string, Record<string, unknown>>;
  merges: Rect[];
  cfs: FakeCf[];
  /**
   * Loading this sheet's rules fails, as known Excel bugs make it (OfficeDev/office-js#6827,
   * #6835, #6396: a duplicated or undone rule whose properties cannot be read).
   */
  unreadableRules?: boolean;
  validations: { rect: Rect; rule: unknown; errorAlert?: unknown; prompt?: unknown }[];
  columnWidths: Map<number, number>;
  freezeRows: number;
  charts: FakeChart[];
  pageLayout: { orientation?: string; zoom?: unknown; printTitleRows?: string; footers: Record<string, string> };
}

/** A chart on a sheet: its type, source and series (name, values and categories as addresses). */
export interface FakeChart {
  id: number;
  name: string;
  type: string;
  title?: string;
  series: { name: string; values?: string; categories?: string; fill?: string }[];
}

/** Everything the fake workbook holds, for tests to arrange and inspect. */
export interface FakeWorkbookState {
  sheets: FakeSheet[];
  /** Workbook-scoped names → their formula (`='Sheet'!$A$1`); Excel keeps them right when a sheet is renamed. */
  names: Map<string, string>;
  /** Names hidden from Excel's Name Manager (`NamedItem.visible = false`). */
  hiddenNames: Set<string>;
  /** Review › Protect Workbook: no sheet may be added, deleted, hidden, unhidden or renamed. */
  structureProtected: boolean;
  active?: string;
  selection?: { sheet: string; address: string };
  nextId: number;
}

export const key = (row: number, col: number) => `${row},${col}`;

export function newSheet(state: FakeWorkbookState, name: string): FakeSheet {
  return { id: state.nextId++, name, visibility: "Visible", protected: false, cells: new Map(), version: 0, formats: new Map(), merges: [], cfs: [], validations: [], columnWidths: new Map(), freezeRows: 0, charts: [], pageLayout: { footers: {} } };
}

/** Parse "A1", "A1:C3", "A:C" or "1:20000" (with optional $ and sheet prefix) into a Rect. */
export function parseRect(address: string): Rect {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b = a] = local.replace(/\$/g, "").split(":");
  const corner = (s: string, end: boolean) => {
    const m = /^([A-Z]*)(\d*)$/i.exec(s.trim());
    if (!m || (m[1] === "" && m[2] === "")) throw new FakeExcelError("InvalidArgument", `Bad address ${address}`);
    return { col: m[1] ? columnNumber(m[1]) : end ? MAX_COLS : 1, row: m[2] ? Number(m[2]) : end ? MAX_ROWS : 1 };
  };
  const s = corner(a!, false);
  const e = corner(b!, true);
  return { top: Math.min(s.row, e.row), left: Math.min(s.col, e.col), bottom: Math.max(s.row, e.row), right: Math.max(s.col, e.col) };
}

export function rectAddress(r: Rect): string {
  const one = (row: number, col: number) => `${columnLetter(col)}${row}`;
  return r.top === r.bottom && r.left === r.right ? one(r.top, r.left) : `${one(r.top, r.left)}:${one(r.bottom, r.right)}`;
}

export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

export const cellCount = (r: Rect) => (r.bottom - r.top + 1) * (r.right - r.left + 1);

/** The bounding box of cells holding values (Excel's used range, values only). */
const usedCache = new WeakMap<FakeSheet, { version: number; rect: Rect | null }>();

export function usedRect(sheet: FakeSheet): Rect | null {
  const cached = usedCache.get(sheet);
  if (cached?.version === sheet.version) return cached.rect;
  const rect = computeUsedRect(sheet);
  usedCache.set(sheet, { version: sheet.version, rect });
  return rect;
}

function computeUsedRect(sheet: FakeSheet): Rect | null {
  let r: Rect | null = null;
  for (const [k, cell] of sheet.cells) {
    if (cell.value === "") continue;
    const [row, col] = k.split(",").map(Number) as [number, number];
    r = r ? { top: Math.min(r.top, row), left: Math.min(r.left, col), bottom: Math.max(r.bottom, row), right: Math.max(r.right, col) } : { top: row, left: col, bottom: row, right: col };
  }
  return r;
}

/** An error shaped like OfficeExtension.Error: a `code` such as "PropertyNotLoaded". */
export class FakeExcelError extends Error {
  constructor(readonly code: string, message: string) {
    super(`${code}: ${message}`);
    this.name = "OfficeExtension.Error";
  }
}

/**
 * Why Excel refuses a sheet name, or null. Worksheet.name: "The name must be fewer than 32
 * characters" (https://learn.microsoft.com/javascript/api/excel/excel.worksheet); Excel's rename
 * dialog also refuses blank names, `: \ / ? * [ ]`, a leading or trailing apostrophe and
 * "History" (reserved). The last three are not in the API reference: the fake takes Excel's UI rules.
 */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") return "a sheet name cannot be blank";
  if (name.length > 31) return "a sheet name must be fewer than 32 characters";
  if (/[:\\/?*[\]]/.test(name)) return "a sheet name cannot contain : \\ / ? * [ or ]";
  if (name.startsWith("'") || name.endsWith("'")) return "a sheet name cannot begin or end with an apostrophe";
  if (name.toLowerCase() === "history") return "History is a reserved name";
  return null;
}
