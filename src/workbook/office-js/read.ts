import { parseA1Range } from "../../core/address";
import type { CellValue, Grid } from "../../core/grid";
import { sameSheetName } from "../../core/sheet-names";
import { WorkbookError } from "../errors";
import type { SheetSnapshot } from "../port";
import type { ExcelContext, RangeApi, RangeAreasApi, WorksheetApi } from "./excel-api";
import { areaAddresses, cellsOf } from "./read-areas";
import { readError, utf8Bytes } from "./read-payload";

export { readError, utf8Bytes } from "./read-payload";

/*
 * Reading in as few requests as Excel allows, each under Excel on the web's 5 MB limit.
 *
 * The first request cannot name sheets (a fresh `Excel.run` knows none), so it walks them:
 * `getFirst()`, then `getNextOrNullObject()`, queueing on each proxy its name, visibility,
 * protection, used range (address and size), merged areas, formula cells, and the values of
 * its first FIRST_BLOCK_ROWS rows; with them the workbook's names (our ownership markers) and
 * whether its structure is protected. Conditional formats are not read here: only the write
 * that formats a sheet reads that sheet's rules, in a request of its own (write.ts), so a rule
 * Excel cannot describe (OfficeDev/office-js#6827, #6835, #6396) breaks nothing else. A plan of up to that many rows is read in that
 * one request. Past the last sheet the proxies are null objects, whose loads come back empty.
 *
 * Longer sheets are read in further blocks of rows, and a block's size comes from bytes, not
 * a fixed row count: rows can be 100 bytes (a tidy tracker) or 10 KB (paragraphs of progress
 * text in many columns). Each sheet's first block is measured (JSON length of its values and
 * number formats, which is what Excel sends back) and later requests are filled to about
 * TARGET_BYTES, all long sheets together: 2 MB leaves 2.5× headroom under 5 MB for rows
 * wordier than the ones measured (the estimate only ever grows). A sheet not yet measured
 * (its first block was empty, or the careful path below) is first read as a probe of
 * PROBE_CELLS cells, counted at a pessimistic GUESS_BYTES_PER_CELL (so two probes a request).
 *
 * If the first request fails (a workbook whose first blocks together pass 5 MB, a sheet
 * thousands of columns wide, or an Excel that will not walk past the last sheet), the
 * careful path reads again: the sheet list, then the used ranges' sizes, then blocks sized
 * as above. That costs more requests, and only for such workbooks.
 */

/** Sheets walked in one request; a workbook with more costs one more request per as many. */
export const SHEETS_PER_REQUEST = 40;
/** Rows of every sheet read in the first request, before anything is known of its width. */
export const FIRST_BLOCK_ROWS = 2_000;
/** Cells of a sheet's first block when its width is known but none of its rows is measured. */
export const PROBE_CELLS = 1_000;
/** What each request for further blocks aims at, in bytes of response. */
export const TARGET_BYTES = 2_000_000;
/** Bytes per cell assumed before measuring: pessimistic (a paragraph of progress text). */
const GUESS_BYTES_PER_CELL = 1_000;

/** One sheet as loaded, with the proxies a write in the same command reuses (no second read). */
export interface LoadedSheet {
  name: string;
  visibility: SheetSnapshot["visibility"];
  protected: boolean;
  worksheet: WorksheetApi;
  /** Present for sheets whose cells were read. */
  grid?: Grid;
}

export interface Loaded {
  sheets: LoadedSheet[];
  /** Workbook-scoped names and their formulas (`=Summary!$A$1`). */
  names: { name: string; formula: string }[];
  /** Review › Protect Workbook is on. */
  structureProtected: boolean;
}

export interface LoadOptions {
  /** Sheets whose cells to read; the others are listed, with their conditional formats. */
  wanted: (name: string) => boolean;
  /** Fixed rows per block (tests); by default blocks are sized by bytes. */
  blockRows?: number;
  /**
   * Rows of every sheet read in the first request (default FIRST_BLOCK_ROWS): a write, which
   * needs only our small state sheet's cells, asks for fewer rather than fetch a plan's rows.
   */
  firstRows?: number;
  mergedAreas: boolean;
  /** ExcelApi 1.9: find formula cells (getSpecialCellsOrNullObject), so Fix never overwrites one. */
  formulaCells: boolean;
  /**
   * The wanted sheets by name, when the caller knows them (a write, a click on a known plan):
   * then the first request reads only their cells, fetched by name, and walks the others for
   * their names and used ranges alone, instead of the first rows of every sheet (audit F14).
   */
  names?: string[];
}

interface Pending {
  worksheet: WorksheetApi;
  used: RangeApi;
  merges?: RangeAreasApi;
  formulas?: RangeAreasApi;
  /** Blocks of rows, in order, loaded or queued. */
  blocks: RangeApi[];
  /** The first sheet row not yet asked for. */
  next: number;
  /** Largest bytes per row seen so far in this sheet's blocks. */
  bytesPerRow?: number;
}

const VISIBILITY: Record<string, SheetSnapshot["visibility"]> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

/** "'My sheet'!B3:H40" → its corners. */
function corners(address: string) {
  return parseA1Range(address.slice(address.lastIndexOf("!") + 1));
}

/**
 * Queue what a sheet needs (used range, merges, formula cells) and, if `firstRows`, its first
 * rows; only the used range when `cells` is false (a sheet listed, not read).
 */
function queueCells(worksheet: WorksheetApi, options: LoadOptions, firstRows: number, cells = true): Pending {
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load("address,rowCount,columnCount");
  const pending: Pending = { worksheet, used, blocks: [], next: 1 };
  if (!cells) return pending;
  if (firstRows > 0) {
    const first = used.getIntersectionOrNullObject(`1:${firstRows}`);
    first.load("values,numberFormat");
    pending.blocks.push(first);
    pending.next = firstRows + 1;
  }
  // Areas one by one (ExcelApi 1.9), never one address string split on ",": a sheet name may hold a comma.
  if (options.mergedAreas) pending.merges = used.getMergedAreasOrNullObject().load("areas/items/address") as RangeAreasApi;
  if (options.formulaCells) pending.formulas = used.getSpecialCellsOrNullObject("Formulas").load("areas/items/address") as RangeAreasApi;
  return pending;
}

/** Office.js gives "" for an empty cell; the core's blank is null. */
const cell = (v: unknown): CellValue => (v === "" || v === undefined || v === null ? null : (v as CellValue));

function gridOf(p: Pending): Grid {
  if (p.used.isNullObject) return { values: [], origin: { row: 1, col: 1 } };
  const { top, left } = corners(p.used.address);
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (const block of p.blocks) {
    if (block.isNullObject) continue;
    // Past 5,000,000 cells Excel may give null values instead of an error (Excel performance docs).
    if (!Array.isArray(block.values)) throw new WorkbookError("too-large", "This sheet is too large for Excel to send to the add-in (more than 5,000,000 cells in one piece). Split the plan across sheets.");
    for (const row of block.values) values.push(row.map(cell));
    for (const row of block.numberFormat) numberFormats.push(row.map((f) => (typeof f === "string" ? f : null)));
  }
  const grid: Grid = { values, numberFormats, origin: { row: top, col: left } };
  if (p.merges) grid.merges = areaAddresses(p.merges);
  if (p.formulas) grid.formulaCells = cellsOf(areaAddresses(p.formulas));
  return grid;
}

/**
 * Read the sheet list and the wanted sheets' used ranges: one request for a workbook of up
 * to SHEETS_PER_REQUEST sheets none longer than FIRST_BLOCK_ROWS rows; one more per further
 * ~2 MB of rows (all sheets together). Never a request per sheet or per row.
 */
export async function loadWorkbook(context: ExcelContext, options: LoadOptions): Promise<Loaded> {
  try {
    return await loadWalking(context, options);
  } catch (first) {
    // The careful path (see the top of this file); then, as Excel gives up on merged areas
    // beyond 512 of them, without those. Each retry costs requests only after a failure.
    const retries: LoadOptions[] = [options, ...(options.mergedAreas ? [{ ...options, mergedAreas: false }] : [])];
    // (formula cells are kept: without them Fix could overwrite a formula)
    let error = first;
    for (const retry of retries) {
      try {
        return await loadCarefully(context, retry);
      } catch (e) {
        error = e;
      }
    }
    throw readError(error);
  }
}

interface Walked {
  name: string;
  visibility: string;
  protected: boolean;
  pending: Pending;
}

/** The first request (and one more per SHEETS_PER_REQUEST sheets): walk the sheets, read their first rows. */
async function loadWalking(context: ExcelContext, options: LoadOptions): Promise<Loaded> {
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  const protection = context.workbook.protection;
  protection.load("protected");
  const firstRows = options.blockRows ?? options.firstRows ?? FIRST_BLOCK_ROWS;
  // Sheets known by name are fetched by name in the first request, with their first rows.
  const byName = (options.names ?? []).map((n) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(n);
    ws.load("name");
    return { ws, pending: queueCells(ws, options, firstRows) };
  });
  const walked: Walked[] = [];
  let start: WorksheetApi | undefined = context.workbook.worksheets.getFirst();
  while (start) {
    const batch: WorksheetApi[] = [start];
    while (batch.length < SHEETS_PER_REQUEST) batch.push(batch[batch.length - 1]!.getNextOrNullObject());
    for (const ws of batch) ws.load("name,visibility,protection/protected");
    const pendings = batch.map((ws) => queueCells(ws, options, firstRows, !options.names));
    const after = batch[batch.length - 1]!.getNextOrNullObject();
    after.load("name");
    await context.sync();
    start = undefined;
    for (const [i, ws] of batch.entries()) {
      if (ws.isNullObject) break;
      walked.push({ name: ws.name, visibility: ws.visibility, protected: ws.protection.protected, pending: pendings[i]! });
      if (i === batch.length - 1 && !after.isNullObject) start = after;
    }
  }
  for (const w of walked) {
    const found = byName.find((b) => !b.ws.isNullObject && sameSheetName(b.ws.name, w.name));
    if (found) w.pending = found.pending;
  }
  return finish(context, walked, names, protection.protected, options);
}

/** After a failed walk: the sheet list, then every sheet's used range, then blocks sized by bytes. */
async function loadCarefully(context: ExcelContext, options: LoadOptions): Promise<Loaded> {
  const list = context.workbook.worksheets;
  list.load("items/name,items/visibility,items/protection/protected");
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  const protection = context.workbook.protection;
  protection.load("protected");
  await context.sync();
  const walked = list.items.map((ws): Walked => ({ name: ws.name, visibility: ws.visibility, protected: ws.protection.protected, pending: queueCells(ws, options, 0) }));
  await context.sync();
  return finish(context, walked, names, protection.protected, options);
}

async function finish(context: ExcelContext, walked: Walked[], names: { items: { name: string; formula: unknown }[] }, structureProtected: boolean, options: LoadOptions): Promise<Loaded> {
  const wanted = walked.filter((w) => options.wanted(w.name));
  for (const w of wanted) measure(w.pending);
  await readBlocks(context, wanted.map((w) => w.pending), options);
  const sheets = walked.map((w): LoadedSheet => {
    const sheet: LoadedSheet = { name: w.name, visibility: VISIBILITY[w.visibility] ?? "visible", protected: w.protected, worksheet: w.pending.worksheet };
    if (options.wanted(w.name)) sheet.grid = gridOf(w.pending);
    return sheet;
  });
  return { sheets, names: names.items.map((n) => ({ name: n.name, formula: String(n.formula ?? "") })), structureProtected: structureProtected === true };
}

/** Bytes per row of the blocks just loaded: the JSON Excel sends back for their values and formats. */
function measure(p: Pending, from = 0): void {
  for (const block of p.blocks.slice(from)) {
    if (block.isNullObject) continue;
    const rows = block.values.length;
    if (!rows) continue;
    const bytes = utf8Bytes(JSON.stringify(block.values)) + utf8Bytes(JSON.stringify(block.numberFormat));
    p.bytesPerRow = Math.max(p.bytesPerRow ?? 0, bytes / rows);
  }
}

/**
 * The rows not yet read, one request per TARGET_BYTES of them (all sheets together), or per
 * `blockRows` rows of each sheet when that is set.
 */
async function readBlocks(context: ExcelContext, pending: Pending[], options: LoadOptions): Promise<void> {
  for (const p of pending) if (!p.used.isNullObject) p.next = Math.max(p.next, corners(p.used.address).top);
  for (;;) {
    let budget = TARGET_BYTES;
    const queued: [Pending, number][] = [];
    for (const p of pending) {
      if (p.used.isNullObject) continue;
      const { bottom } = corners(p.used.address);
      if (p.next > bottom) continue;
      let rows = bottom - p.next + 1;
      if (options.blockRows) rows = Math.min(rows, options.blockRows);
      else {
        const perRow = p.bytesPerRow ?? p.used.columnCount * GUESS_BYTES_PER_CELL;
        if (p.bytesPerRow === undefined) rows = Math.min(rows, Math.max(1, Math.floor(PROBE_CELLS / p.used.columnCount)));
        // At least one row per request, so a row wider than the budget is still read (alone).
        rows = Math.min(rows, Math.floor(budget / perRow));
        if (rows < 1 && queued.length) break;
        rows = Math.max(rows, 1);
        budget -= rows * perRow;
      }
      const block = p.used.getIntersectionOrNullObject(`${p.next}:${p.next + rows - 1}`);
      block.load("values,numberFormat");
      queued.push([p, p.blocks.length]);
      p.blocks.push(block);
      p.next += rows;
    }
    if (!queued.length) return;
    await context.sync(); // one per ~TARGET_BYTES of rows, never per row or per sheet
    for (const [p, at] of queued) measure(p, at);
  }
}
