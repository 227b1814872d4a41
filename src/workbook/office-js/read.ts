import { parseA1Range } from "../../core/address";
import type { CellValue, Grid } from "../../core/grid";
import { WorkbookError } from "../errors";
import type { SheetSnapshot } from "../port";
import type { ConditionalFormatCollectionApi, ExcelContext, RangeApi, RangeAreasApi, WorksheetApi } from "./excel-api";

/** Rows per read request: big sheets are read in blocks so no response passes Excel's 5 MB limit. */
export const DEFAULT_BLOCK_ROWS = 20_000;

/** One sheet as loaded, with the proxies a write in the same command reuses (no second read). */
export interface LoadedSheet {
  name: string;
  visibility: SheetSnapshot["visibility"];
  protected: boolean;
  worksheet: WorksheetApi;
  /** Present for sheets whose cells were read. */
  grid?: Grid;
  /** Every conditional format on the sheet, with type and custom formula loaded. */
  conditionalFormats?: ConditionalFormatCollectionApi;
}

export interface Loaded {
  sheets: LoadedSheet[];
  names: string[];
}

export interface LoadOptions {
  /** Sheets whose cells to read; the others are listed only. */
  wanted: (name: string) => boolean;
  /** Sheets expected to exist, queued in the first request so one sync usually does it all. */
  expected: string[];
  blockRows: number;
  mergedAreas: boolean;
}

interface Pending {
  name: string;
  worksheet: WorksheetApi;
  used: RangeApi;
  blocks: RangeApi[];
  merges?: RangeAreasApi;
  cfs: ConditionalFormatCollectionApi;
}

const VISIBILITY: Record<string, SheetSnapshot["visibility"]> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

/** "'My sheet'!B3:H40" → its corners. */
function corners(address: string) {
  return parseA1Range(address.slice(address.lastIndexOf("!") + 1));
}

function queueSheet(context: ExcelContext, name: string, options: LoadOptions): Pending {
  // getItem, not …OrNullObject: a sheet deleted since we last looked fails the request, and
  // loadWorkbook retries without guesses (null worksheets do not chain reliably).
  const worksheet = context.workbook.worksheets.getItem(name);
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load("address,rowCount,columnCount");
  const first = used.getIntersectionOrNullObject(`1:${options.blockRows}`);
  first.load("values,numberFormat");
  const cfs = worksheet.getRange().conditionalFormats;
  cfs.load("items/type,items/customOrNullObject/rule/formula");
  const pending: Pending = { name, worksheet, used, blocks: [first], cfs };
  if (options.mergedAreas) pending.merges = used.getMergedAreasOrNullObject().load("address") as RangeAreasApi;
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
    for (const row of block.values) values.push(row.map(cell));
    for (const row of block.numberFormat) numberFormats.push(row.map((f) => (typeof f === "string" ? f : null)));
  }
  const grid: Grid = { values, numberFormats, origin: { row: top, col: left } };
  if (p.merges) grid.merges = p.merges.isNullObject ? [] : p.merges.address.split(",").map((a) => a.slice(a.lastIndexOf("!") + 1).trim());
  return grid;
}

/**
 * Read the sheet list and the wanted sheets' used ranges in as few syncs as Excel allows:
 * one, when the expected sheet names are right and no sheet is longer than a block of rows;
 * one more per further block of rows (all sheets together), and one more if a sheet appeared
 * that was not expected. Never a sync per sheet or per row.
 */
export async function loadWorkbook(context: ExcelContext, options: LoadOptions): Promise<Loaded> {
  try {
    return await loadOnce(context, options);
  } catch (first) {
    // A guessed sheet has gone, or Excel refused the merged areas (it gives up beyond 512):
    // one more try without the guesses, then one without merged areas. Costs a sync only on failure.
    const retries: LoadOptions[] = [];
    if (options.expected.length) retries.push({ ...options, expected: [] });
    if (options.mergedAreas) retries.push({ ...options, expected: [], mergedAreas: false });
    let error = first;
    for (const retry of retries) {
      try {
        return await loadOnce(context, retry);
      } catch (e) {
        error = e;
      }
    }
    throw readError(error);
  }
}

async function loadOnce(context: ExcelContext, options: LoadOptions): Promise<Loaded> {
  const list = context.workbook.worksheets;
  list.load("items/name,items/visibility,items/protection/protected");
  const names = context.workbook.names;
  names.load("items/name");
  const pending = new Map<string, Pending>();
  for (const name of options.expected) if (options.wanted(name)) pending.set(name, queueSheet(context, name, options));
  await context.sync();
  const missed = list.items.map((w) => w.name).filter((n) => options.wanted(n) && !pending.has(n));
  if (missed.length) {
    for (const name of missed) pending.set(name, queueSheet(context, name, options));
    await context.sync();
  }
  // Blocks of rows beyond the first: block k of every long sheet goes in the k-th extra sync.
  for (let k = 1; ; k++) {
    let queued = false;
    for (const p of pending.values()) {
      if (p.used.isNullObject) continue;
      if (corners(p.used.address).bottom <= k * options.blockRows) continue;
      const block = p.used.getIntersectionOrNullObject(`${k * options.blockRows + 1}:${(k + 1) * options.blockRows}`);
      block.load("values,numberFormat");
      p.blocks.push(block);
      queued = true;
    }
    if (!queued) break;
    await context.sync(); // one per block of rows, never per row: see DEFAULT_BLOCK_ROWS
  }
  const sheets = list.items.map((w): LoadedSheet => {
    const p = pending.get(w.name);
    const sheet: LoadedSheet = { name: w.name, visibility: VISIBILITY[w.visibility] ?? "visible", protected: w.protection.protected, worksheet: p?.worksheet ?? w };
    if (p) {
      sheet.grid = gridOf(p);
      sheet.conditionalFormats = p.cfs;
    }
    return sheet;
  });
  return { sheets, names: names.items.map((n) => n.name) };
}

const PAYLOAD = /PayloadTooLarge|PayloadSizeLimit|RequestPayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded/;

/** Excel's errors while reading, as a WorkbookError a person can act on. */
export function readError(e: unknown): unknown {
  const code = (e as { code?: string }).code ?? "";
  if (PAYLOAD.test(code))
    return new WorkbookError("too-large", "This sheet is too large for Excel to send to the add-in in one piece. Try again; if it keeps failing, split the plan across sheets.", e);
  return e;
}
