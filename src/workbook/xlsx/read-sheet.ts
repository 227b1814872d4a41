import type { CellValue, Grid } from "../../core/grid";
import { WorkbookError } from "../errors";
import { EmptyRowFilter } from "./empty-rows";
import { isoToDate, serialToDate } from "./number-formats";
import type { XlsxPackage } from "./package";
import type { CellStyle } from "./read-styles";
import { unescapeOoxml } from "./read-strings";
import { streamXml } from "./xml-stream";

/** What every sheet of one workbook shares. */
export interface SheetContext {
  strings: string[];
  styles: CellStyle[];
  date1904: boolean;
  /** Indexes of the cell formats that have a fill. */
  filledStyles: ReadonlySet<number>;
  /** The file, for messages. */
  label: string;
}

export interface SheetRead {
  grid: Grid;
  /** `<sheetProtection sheet="1">`. */
  protected: boolean;
}

const NO_STYLE: CellStyle = { numFmt: null, isDate: false, fill: null };

/** `AB12` → [12, 28]; [0, 0] when it is not a cell address. */
function parseRef(ref: string): [number, number] {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  const row = Number(ref.slice(i).replace(/\$/g, ""));
  return [Number.isInteger(row) ? row : 0, col];
}

function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Rows that grow on demand: rows 1..n as arrays, each as long as its last cell. */
class Rows<T> {
  readonly rows: T[][] = [];
  set(row: number, col: number, v: T, blank: T): void {
    while (this.rows.length < row) this.rows.push([]);
    const r = this.rows[row - 1]!;
    while (r.length < col - 1) r.push(blank);
    r[col - 1] = v;
  }
  get(row: number, col: number): T | undefined {
    return this.rows[row - 1]?.[col - 1];
  }
}

/**
 * One cell's value as the core wants it: shared and inline strings (rich text joined), formula
 * results, booleans, errors as their text, ISO dates (`t="d"`), and numbers, which become `Date`s
 * when their format shows a date and they can be one. `undefined`: the cell holds nothing.
 */
function cellValue(t: string, v: string | undefined, inline: string | undefined, style: CellStyle, ctx: SheetContext, ref: string): CellValue | undefined {
  if (t === "inlineStr") return inline === undefined ? (v === undefined ? undefined : v) : unescapeOoxml(inline);
  if (v === undefined) return undefined;
  switch (t) {
    case "s": {
      const s = ctx.strings[Number(v)];
      if (s === undefined) throw new WorkbookError("not-xlsx", `${ctx.label} could not be read as an .xlsx workbook: cell ${ref} refers to shared text number ${v}, which the file does not have (it may be damaged).`);
      return s;
    }
    case "str":
      return v;
    case "b": {
      const n = Number(v); // Excel writes 0/1; a few generators write false/true
      return Number.isNaN(n) ? /^\s*true\s*$/i.test(v) : n !== 0;
    }
    case "e":
      return v;
    case "d":
      return isoToDate(v) ?? v;
    default: {
      const n = Number(v.trim());
      if (v.trim() === "" || !Number.isFinite(n)) return v;
      return style.isDate ? (serialToDate(n, ctx.date1904) ?? n) : n;
    }
  }
}

/**
 * Stream one worksheet's XML into a Grid from A1. Rows after the last one holding a value are
 * never stored (a sheet formatted down to row 1,048,576 costs only the parse, review F10).
 * Output matches ExcelJS's reader (`../exceljs/read-sheet.ts`), which the core was built on:
 * cells of a merged area hold the merge's value, number formats are given for numbers only.
 */
export function readSheetXml(pkg: XlsxPackage, path: string, ctx: SheetContext): SheetRead {
  const values = new Rows<CellValue>();
  const formats = new Rows<string | null>();
  const fills = new Rows<string | null>();
  const formulaCells: string[] = [];
  const merges: string[] = [];
  let isProtected = false;

  let row = 0;
  let col = 0;
  let inCell = false;
  let t = "n";
  let s = 0;
  let ref = "";
  let v: string | undefined;
  let inline: string | undefined;
  let hasFormula = false;
  let inV = false;
  let inT = false;
  let phonetic = 0;

  streamXml(pkg, path, {
    filter: new EmptyRowFilter(ctx.filledStyles),
    open(name, a) {
      switch (name) {
        case "row":
          row = a.r ? Number(a.r) : row + 1;
          col = 0;
          return;
        case "c": {
          inCell = true;
          ref = a.r ?? "";
          if (ref) {
            const [r, c] = parseRef(ref);
            if (r) row = r;
            col = c || col + 1;
          } else {
            col++;
          }
          t = a.t ?? "n";
          s = a.s ? Number(a.s) : 0;
          v = undefined;
          inline = undefined;
          hasFormula = false;
          return;
        }
        case "v":
          inV = inCell;
          return;
        case "f":
          hasFormula = inCell;
          return;
        case "t":
          inT = inCell && phonetic === 0;
          return;
        case "rPh":
          phonetic++;
          return;
        case "sheetProtection":
          isProtected = a.sheet === "1" || a.sheet === "true";
          return;
        case "mergeCell":
          if (a.ref) merges.push(a.ref);
          return;
      }
    },
    text(text) {
      if (inV) v = v === undefined ? text : v + text;
      else if (inT) inline = inline === undefined ? text : inline + text;
    },
    close(name) {
      switch (name) {
        case "v":
          inV = false;
          return;
        case "t":
          inT = false;
          return;
        case "rPh":
          phonetic--;
          return;
        case "c": {
          inCell = false;
          if (!row || !col) return;
          const style = ctx.styles[s] ?? NO_STYLE;
          if (style.fill) fills.set(row, col, style.fill, null);
          const address = ref || `${columnLetters(col)}${row}`;
          let value = cellValue(t, v, inline, style, ctx, address);
          if (hasFormula) {
            formulaCells.push(address);
            // Formula results: text, boolean, error or number as above; none cached → null.
            if (value === "" && t === "str") value = undefined;
            value ??= null;
          }
          if (value === undefined) return;
          values.set(row, col, value, null);
          formats.set(row, col, typeof value === "number" ? style.numFmt : null, null);
          return;
        }
      }
    },
  });

  spreadMerges(merges, values, formats);
  const rows = values.rows;
  const width = (r: number) => Math.max(rows[r]!.length, fills.rows[r]?.length ?? 0);
  return {
    grid: {
      values: rows,
      numberFormats: rows.map((r, i) => padTo(formats.rows[i] ?? [], r.length)),
      origin: { row: 1, col: 1 },
      merges,
      fills: rows.map((_, i) => padTo(fills.rows[i] ?? [], width(i))),
      formulaCells,
    },
    protected: isProtected,
  };
}

function padTo<T>(r: (T | null)[], n: number): (T | null)[] {
  while (r.length < n) r.push(null);
  return r;
}

/** Every cell of a merged area reads as the area's value, as ExcelJS gives it. */
function spreadMerges(merges: string[], values: Rows<CellValue>, formats: Rows<string | null>): void {
  for (const m of merges) {
    const [a, b] = m.split(":");
    if (!a || !b) continue;
    const [r1, c1] = parseRef(a);
    const [r2, c2] = parseRef(b);
    if (!r1 || !c1 || !r2 || !c2) continue;
    const master = values.get(r1, c1) ?? null;
    const format = formats.get(r1, c1) ?? null;
    for (let r = r1; r <= r2; r++)
      for (let c = c1; c <= c2; c++) {
        if (r === r1 && c === c1) continue;
        if (master === null && (values.get(r, c) ?? null) === null) continue;
        values.set(r, c, master, null);
        formats.set(r, c, format, null);
      }
  }
}
