/**
 * Builds the example workbooks in `examples/` from their readable sources.
 *
 *   examples/sources/<name>/workbook.json   sheet order, names, column widths, section rows, formats
 *   examples/sources/<name>/<sheet>.tsv     one line per row, tab-separated cells (escapes below)
 *   → examples/<name>.xlsx
 *
 * Run from the repo root: `npm run examples` (or `npx tsx scripts/build-examples.ts`).
 * The output is deterministic: fixed document dates and fixed zip entry times, no clock.
 *
 * Cell syntax (see examples/README.md):
 *   (empty)         an empty cell
 *   @2020-01-31     a real Excel date (number format from workbook.json, default dd/mm/yyyy)
 *   \n \t \s \\     newline, tab, space, backslash inside a cell; `\@` is a literal `@`
 *   anything else   text, exactly as written
 */
import ExcelJS from "exceljs";
import { wrappedLines } from "../src/workbook/exceljs/row-height";
import { readdir, readFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

// ---------------------------------------------------------------------------------------------
// The cell / TSV syntax: small, pure, unit-tested.

export type SourceCell = string | Date | null;

export class SourceError extends Error {
  override name = "SourceError";
}

const ISO_DATE = /^@(\d{4})-(\d{2})-(\d{2})$/;

/** One TSV cell as written in a source file → the value to put in Excel. */
export function parseCell(raw: string): SourceCell {
  if (raw === "") return null;
  if (raw.startsWith("@")) {
    const m = ISO_DATE.exec(raw);
    if (!m) throw new SourceError(`"${raw}": a cell starting with @ must be a date @YYYY-MM-DD (write \\@ for a literal @)`);
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
      throw new SourceError(`"${raw}" is not a real date`);
    }
    return date;
  }
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch !== "\\") {
      out += ch;
      continue;
    }
    const next = raw[++i];
    switch (next) {
      case "n": out += "\n"; break;
      case "t": out += "\t"; break;
      case "s": out += " "; break;
      case "\\": out += "\\"; break;
      case "@": out += "@"; break;
      default:
        throw new SourceError(`"${raw}": unknown escape \\${next ?? "(end of cell)"} (use \\n \\t \\s \\\\ \\@)`);
    }
  }
  return out;
}

/**
 * A whole TSV file → rows of cells. A line is a row (a blank line is an empty row); trailing
 * empty cells are dropped, so a row is as long as its last non-empty cell. Errors name the line.
 */
export function parseTsv(text: string): SourceCell[][] {
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines.map((line, i) => {
    const cells = line === "" ? [] : line.split("\t");
    try {
      const row = cells.map(parseCell);
      while (row.length > 0 && row[row.length - 1] === null) row.pop();
      return row;
    } catch (e) {
      throw new SourceError(`line ${i + 1}: ${(e as Error).message}`);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// workbook.json

const columnLetter = z.string().regex(/^[A-Z]{1,2}$/, "a column letter such as F");

const SheetSourceSchema = z.strictObject({
  /** Excel sheet name (max 31 characters). */
  name: z.string().min(1).max(31),
  /** The .tsv file in the same folder. */
  file: z.string().regex(/\.tsv$/),
  /** Column widths in characters, A onwards; their count is the table's width. */
  widths: z.array(z.number().positive()).min(1),
  /** 1-based row of the table header; rows above it are a title block. Omit for a plain sheet. */
  headerRow: z.number().int().positive().optional(),
  /** 1-based rows that name a workstream: text in column A only, merged across the table. */
  sectionRows: z.array(z.number().int().positive()).optional(),
  /** Other merges, e.g. "A1:G1". */
  merges: z.array(z.string().regex(/^[A-Z]{1,2}\d+:[A-Z]{1,2}\d+$/)).optional(),
  /** Columns whose cells are bold (labels in a key), e.g. ["A"]. */
  boldColumns: z.array(columnLetter).optional(),
  /** Number format per column, applied to the rows below the header, e.g. { "D": "dd/mm/yyyy" }. */
  numberFormats: z.record(columnLetter, z.string()).optional(),
});

const WorkbookSourceSchema = z.strictObject({
  title: z.string(),
  subject: z.string().optional(),
  /** Written into the document properties as both created and modified (no clock). */
  created: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Number format for @date cells in columns without their own format. */
  dateFormat: z.string().default("dd/mm/yyyy"),
  sheets: z.array(SheetSourceSchema).min(1),
});

export type SheetSource = z.infer<typeof SheetSourceSchema>;
export type WorkbookSource = z.infer<typeof WorkbookSourceSchema>;

// ---------------------------------------------------------------------------------------------
// Building

const CREATOR = "WSOA Tracker examples (scripts/build-examples.ts)";
const HEADER_FILL = "FFD9E1F2";
const SECTION_FILL = "FFF2F2F2";
const THIN = { style: "thin" as const, color: { argb: "FFA6A6A6" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function letterOf(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function numberOf(letter: string): number {
  return [...letter].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

const norm = (c: SourceCell): string => (typeof c === "string" ? c.trim().toLowerCase() : c === null ? "" : c.toISOString());

function isHeaderLike(row: SourceCell[], header: SourceCell[]): boolean {
  const width = Math.max(row.length, header.length);
  for (let i = 0; i < width; i++) if (norm(row[i] ?? null) !== norm(header[i] ?? null)) return false;
  return true;
}

/** Checks that the sheet's rows agree with its workbook.json entry; throws on the first problem. */
function validateSheet(spec: SheetSource, rows: SourceCell[][], where: string): void {
  const width = spec.widths.length;
  const fail = (msg: string): never => { throw new SourceError(`${where}: ${msg}`); };
  rows.forEach((row, i) => {
    if (row.length > width) fail(`row ${i + 1} has ${row.length} cells; widths lists ${width} columns`);
  });
  const header = spec.headerRow;
  if (header === undefined) {
    if (spec.sectionRows?.length) fail("sectionRows needs a headerRow");
    return;
  }
  if (header > rows.length) fail(`headerRow ${header} is past the last row (${rows.length})`);
  const sections = new Set(spec.sectionRows ?? []);
  for (const r of sections) {
    const row = rows[r - 1];
    if (r <= header || !row) fail(`section row ${r} must be below the header and inside the sheet`);
    else if (row.length !== 1 || typeof row[0] !== "string") fail(`section row ${r} must have text in column A only`);
  }
  rows.forEach((row, i) => {
    const r = i + 1;
    if (r > header && row.length === 1 && !sections.has(r)) {
      fail(`row ${r} has text in column A only: list it in sectionRows, or it is a mistake`);
    }
  });
  for (const col of Object.keys(spec.numberFormats ?? {})) {
    if (numberOf(col) > width) fail(`numberFormats column ${col} is outside the table`);
  }
}

function writeSheet(wb: ExcelJS.Workbook, spec: SheetSource, rows: SourceCell[][], dateFormat: string): void {
  const width = spec.widths.length;
  const lastCol = letterOf(width);
  const tableChars = spec.widths.reduce((a, b) => a + b, 0);
  const headerRow = spec.headerRow;
  const header = headerRow !== undefined ? rows[headerRow - 1] ?? [] : [];
  const sections = new Set(spec.sectionRows ?? []);
  const boldColumns = new Set((spec.boldColumns ?? []).map(numberOf));
  const columnFormats = new Map(Object.entries(spec.numberFormats ?? {}).map(([k, v]) => [numberOf(k), v]));

  const ws = wb.addWorksheet(spec.name, {
    views: headerRow !== undefined ? [{ state: "frozen", xSplit: 0, ySplit: headerRow }] : [{}],
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = spec.widths.map((w) => ({ width: w }));
  if (headerRow !== undefined) ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;

  rows.forEach((cells, i) => {
    const r = i + 1;
    const row = ws.getRow(r);
    const inTable = headerRow !== undefined && r >= headerRow;
    const isHeader = headerRow !== undefined && (r === headerRow || (r > headerRow && isHeaderLike(cells, header)));
    const isSection = sections.has(r);
    const isTitle = headerRow !== undefined && r < headerRow;

    const lastFilled = inTable ? width : cells.length;
    for (let c = 1; c <= lastFilled; c++) {
      const value = cells[c - 1] ?? null;
      const cell = row.getCell(c);
      if (value !== null) cell.value = value;
      cell.alignment = { wrapText: true, vertical: "top" };
      const colFormat = r > (headerRow ?? 0) ? columnFormats.get(c) : undefined;
      if (colFormat !== undefined) cell.numFmt = colFormat;
      else if (value instanceof Date) cell.numFmt = dateFormat;
      if (inTable) cell.border = BORDER;
      if (isHeader) {
        cell.font = { bold: true };
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
      } else if (isSection) {
        cell.font = { bold: true };
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: SECTION_FILL } };
      } else if (isTitle || (headerRow === undefined && r === 1)) {
        cell.font = { bold: true, size: r === 1 ? 14 : 11 };
        cell.alignment = { wrapText: false, vertical: "top" };
      } else if (boldColumns.has(c) && value !== null) {
        cell.font = { bold: true };
      }
    }
    if (!isSection && !isTitle && inTable) {
      // Wrapped prose needs its lines: LibreOffice keeps a row's stored height on opening.
      const lines = Math.max(1, ...cells.map((v, c) => (typeof v === "string" ? wrappedLines(v, spec.widths[c] ?? 10, 11, isHeader) : 1)));
      if (lines > 1) row.height = 15 * lines;
    }
    if (isSection) {
      ws.mergeCells(`A${r}:${lastCol}${r}`);
      // Excel never auto-fits a merged cell's height: give long section names their lines.
      const chars = String(cells[0] ?? "").length;
      const lines = Math.ceil(chars / (0.9 * tableChars));
      if (lines > 1) row.height = 15 * lines;
    }
  });
  for (const range of spec.merges ?? []) ws.mergeCells(range);
}

/** Reads and checks `workbook.json` and its TSV files. */
export async function readExampleSource(sourceDir: string): Promise<{ source: WorkbookSource; sheets: SourceCell[][][] }> {
  const jsonPath = path.join(sourceDir, "workbook.json");
  let source: WorkbookSource;
  try {
    source = WorkbookSourceSchema.parse(JSON.parse(await readFile(jsonPath, "utf8")));
  } catch (e) {
    throw new SourceError(`${jsonPath}: ${(e as Error).message}`);
  }
  const names = source.sheets.map((s) => s.name.toLowerCase());
  if (new Set(names).size !== names.length) throw new SourceError(`${jsonPath}: sheet names must be unique`);
  const sheets: SourceCell[][][] = [];
  for (const spec of source.sheets) {
    const file = path.join(sourceDir, spec.file);
    let rows: SourceCell[][];
    try {
      rows = parseTsv(await readFile(file, "utf8"));
    } catch (e) {
      throw new SourceError(`${file}: ${(e as Error).message}`);
    }
    validateSheet(spec, rows, file);
    sheets.push(rows);
  }
  return { source, sheets };
}

/** Builds one example workbook in memory from `examples/sources/<name>/`. */
export async function buildExample(sourceDir: string): Promise<ExcelJS.Workbook> {
  const { source, sheets } = await readExampleSource(sourceDir);
  const wb = new ExcelJS.Workbook();
  const when = new Date(`${source.created}T09:00:00Z`);
  wb.creator = CREATOR;
  wb.lastModifiedBy = CREATOR;
  wb.created = when;
  wb.modified = when;
  wb.title = source.title;
  if (source.subject !== undefined) wb.subject = source.subject;
  source.sheets.forEach((spec, i) => writeSheet(wb, spec, sheets[i] ?? [], source.dateFormat));
  return wb;
}

/**
 * Sets every entry's modification time in a zip (local headers and central directory) to `when`,
 * so that the same workbook always gives the same bytes. Pure: returns a patched copy.
 */
export function fixZipTimes(zip: Uint8Array, when: Date): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const dosTime = (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | Math.floor(when.getUTCSeconds() / 2);
  const dosDate = ((when.getUTCFullYear() - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate();
  let eocd = -1;
  for (let i = out.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error("not a zip: no end of central directory");
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let n = 0; n < count; n++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error("zip central directory is malformed");
    view.setUint16(p + 12, dosTime, true);
    view.setUint16(p + 14, dosDate, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error("zip local header is malformed");
    view.setUint16(local + 10, dosTime, true);
    view.setUint16(local + 12, dosDate, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}

/** The workbook as deterministic .xlsx bytes. */
export async function toXlsxBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const buf = (await wb.xlsx.writeBuffer()) as unknown as Uint8Array;
  return fixZipTimes(new Uint8Array(buf), wb.created);
}

export const DEFAULT_SOURCES_DIR = path.resolve("examples", "sources");
export const DEFAULT_OUT_DIR = path.resolve("examples");

/** The example names: every folder under `sourcesDir` that has a workbook.json, sorted. */
export async function listExamples(sourcesDir: string = DEFAULT_SOURCES_DIR): Promise<string[]> {
  const entries = await readdir(sourcesDir, { withFileTypes: true });
  const names: string[] = [];
  for (const e of entries) {
    if (!e.isDirectory()) continue;
    try {
      await readFile(path.join(sourcesDir, e.name, "workbook.json"));
      names.push(e.name);
    } catch {
      // a folder without workbook.json is not an example
    }
  }
  return names.sort();
}

/** Builds every example into `outDir/<name>.xlsx`; returns the files written. */
export async function buildAllExamples(outDir: string = DEFAULT_OUT_DIR, sourcesDir: string = DEFAULT_SOURCES_DIR): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const name of await listExamples(sourcesDir)) {
    const wb = await buildExample(path.join(sourcesDir, name));
    const file = path.join(outDir, `${name}.xlsx`);
    await writeFile(file, await toXlsxBytes(wb));
    written.push(file);
  }
  const rounds = await import("./build-rounds-example");
  if (await rounds.hasRoundsExample(sourcesDir)) written.push(await rounds.buildRoundsExample(outDir, sourcesDir));
  return written;
}

const invokedDirectly = /build-examples\.[cm]?[jt]s$/.test(process.argv[1] ?? "");
if (invokedDirectly) {
  buildAllExamples().then(
    (files) => {
      for (const f of files) console.log(`wrote ${path.relative(process.cwd(), f)}`);
    },
    (e: unknown) => {
      console.error(e instanceof SourceError ? e.message : e);
      process.exitCode = 1;
    },
  );
}
