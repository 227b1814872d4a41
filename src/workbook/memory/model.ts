import type { CellValue } from "../../core/grid";
import type { CellStyle, ConditionalRule, PrintSetup } from "../../core/specs/types";
import { sameSheetName } from "../../core/sheet-names";

/** A conditional format as the workbook holds it: ours (formula carries OUR_TAG) or a user's. */
export interface StoredRule {
  range: string;
  /** Without the leading "=". */
  formula: string;
  style: ConditionalRule["style"];
}

/** A list dropdown as the workbook holds it. */
export interface StoredValidation {
  range: string;
  /** `=WSOA_Ratings`, or a user's own list. */
  source: string;
  errorStyle: "stop" | "warning";
  prompt?: string;
}

/**
 * One sheet held in memory, cells from A1: values[r-1][c-1]. Only what the product reads or
 * writes, plus what the playground needs to draw it as Excel would.
 */
export interface MemorySheet {
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
  protected: boolean;
  values: CellValue[][];
  numberFormats: (string | null)[][];
  /** Static cell styles by A1 address ("B4"). */
  styles: Map<string, CellStyle>;
  merges: string[];
  /** Cells holding formulas: A1 → formula ("=IF(…)"); `values` holds their results. */
  formulas?: Map<string, string>;
  rules: StoredRule[];
  validations: StoredValidation[];
  columnWidths: number[];
  freezeRows?: number;
  print?: PrintSetup;
}

export interface MemoryState {
  sheets: MemorySheet[];
  /** Workbook-scoped names: name → `'Sheet'!$D$2:$D$6`. */
  names: Map<string, string>;
  /** Review › Protect Workbook is on. */
  structureProtected?: boolean;
  active?: string;
  /** The cell the task pane last went to. */
  selection?: { sheet: string; cell: string };
}

/** An empty visible sheet. */
export function emptySheet(name: string): MemorySheet {
  return { name, visibility: "visible", protected: false, values: [], numberFormats: [], styles: new Map(), merges: [], rules: [], validations: [], columnWidths: [] };
}

/** Sheet names compare as Excel compares them: ignoring case. */
export function findSheet(state: MemoryState, name: string): MemorySheet | undefined {
  return state.sheets.find((s) => sameSheetName(s.name, name));
}

/** Put a value (and optionally a number format) at a sheet row/column, growing the arrays. */
export function setCell(sheet: MemorySheet, row: number, col: number, value: CellValue, numberFormat?: string | null): void {
  while (sheet.values.length < row) sheet.values.push([]);
  while (sheet.numberFormats.length < row) sheet.numberFormats.push([]);
  const r = sheet.values[row - 1]!;
  const f = sheet.numberFormats[row - 1]!;
  while (r.length < col) r.push(null);
  while (f.length < col) f.push(null);
  r[col - 1] = value;
  if (numberFormat !== undefined) f[col - 1] = numberFormat;
}
