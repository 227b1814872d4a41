import { parseA1 } from "../../core/address";
import { cellAt } from "../../core/grid";
import { readState, STATE_SHEET } from "../../core/state";
import { WorkbookError } from "../errors";
import { checkWritePlan } from "../preflight";
import type { ReadOptions, Workbook, WorkbookSnapshot, WritePlan } from "../port";
import type { ExcelContext, IsSetSupported } from "./excel-api";
import { loadWorkbook, type Loaded } from "./read";
import { officeIsSetSupported, supports, type Feature } from "./requirements";
import { queueWrite } from "./write";
import { sameSheetName } from "../../core/sheet-names";

export interface OfficeJsOptions {
  /** Default: Office's own check (`Office.context.requirements.isSetSupported`). */
  isSetSupported?: IsSetSupported;
  /** Rows per read request, fixed (tests). Default: blocks sized by bytes, about 2 MB each (see read.ts). */
  blockRows?: number;
  /** A read older than this is not reused by write (default 10 s): co-authors may have moved on. */
  maxReuseMs?: number;
  now?: () => number;
}

/** Rows of each sheet a write's own read asks for at first (see loadedFor). */
const WRITE_FIRST_ROWS = 100;

/**
 * The Workbook port inside Excel. Give it the `context` of `Excel.run` (or a strict fake in
 * tests). A command costs one sync to read (one more per ~2 MB of rows beyond the first 2,000
 * of a long sheet, see read.ts) and one to write: write reuses what the read just loaded (rule
 * formulas, sheet list, cell values) as long as it is recent, instead of reading again.
 */
export class OfficeJsWorkbook implements Workbook {
  private readonly context: ExcelContext;
  private readonly isSetSupported: IsSetSupported;
  private last: { loaded: Loaded; at: number; cells: Set<string> } | undefined;
  /** Syncs made through this adapter, for the benchmark and tests. */
  syncCount = 0;
  /** What the last write could not do in this Excel, in words for the user (empty when all was done). */
  skipped: string[] = [];

  constructor(context: ExcelContext, private readonly options: OfficeJsOptions = {}) {
    this.context = { workbook: context.workbook, sync: () => (this.syncCount++, context.sync()) };
    this.isSetSupported = options.isSetSupported ?? officeIsSetSupported();
  }

  supports(feature: Feature): boolean {
    return supports(this.isSetSupported, feature);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private async load(wanted: (name: string) => boolean, firstRows?: number): Promise<Loaded> {
    const loaded = await loadWorkbook(this.context, { wanted, blockRows: this.options.blockRows, firstRows, mergedAreas: this.supports("mergedAreas"), ratingFills: this.supports("cellFills") });
    this.last = { loaded, at: this.now(), cells: new Set(loaded.sheets.filter((s) => s.grid).map((s) => s.name.toLowerCase())) };
    return loaded;
  }

  async read(options: ReadOptions = {}): Promise<WorkbookSnapshot> {
    const wanted = (name: string) => !options.sheets || options.sheets.includes(name) || sameSheetName(name, STATE_SHEET);
    const loaded = await this.load(wanted);
    return {
      sheets: loaded.sheets.map((s) => ({ name: s.name, visibility: s.visibility, protected: s.protected, grid: s.grid ?? { values: [], origin: { row: 1, col: 1 } } })),
    };
  }

  /**
   * What the write needs loaded: the cells of edited sheets and of our state sheet (every load
   * has each sheet's rules, so the sheet to format needs no cells read).
   */
  private async loadedFor(plan: WritePlan): Promise<Loaded> {
    const need = [...(plan.edits ?? []).map((e) => e.sheet), STATE_SHEET].map((n) => n.toLowerCase());
    const last = this.last;
    const fresh = last && this.now() - last.at <= (this.options.maxReuseMs ?? 10_000);
    if (fresh && need.every((n) => last.cells.has(n) || !last.loaded.sheets.some((s) => sameSheetName(s.name, n)))) return last.loaded;
    // The state sheet is a few rows: first blocks of WRITE_FIRST_ROWS spare reading a plan's rows.
    return this.load((name) => need.includes(name.toLowerCase()), WRITE_FIRST_ROWS);
  }

  async write(plan: WritePlan): Promise<void> {
    const loaded = await this.loadedFor(plan);
    this.last = undefined; // what we loaded describes the workbook before this write
    const find = (name: string) => loaded.sheets.find((s) => sameSheetName(s.name, name));
    const state = readState(find(STATE_SHEET)?.grid ?? null);
    checkWritePlan(plan, {
      sheet: find,
      ownedSheets: state.ok ? state.state.ownedSheets : [],
      cell: (sheet, address) => {
        const grid = find(sheet)?.grid;
        const { row, col } = parseA1(address);
        return grid ? cellAt(grid, row, col) : null;
      },
    });
    const skipped: string[] = [];
    queueWrite(this.context, loaded, plan, { supports: (f) => this.supports(f), skipped: (m) => skipped.includes(m) || skipped.push(m) });
    try {
      await this.context.sync();
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === "AccessDenied") throw new WorkbookError("protected", "Excel refused the change: a sheet is protected or locked by a co-author. Nothing more was written; try again.", e);
      throw new WorkbookError("write-failed", `Excel could not complete the change (${(e as Error).message}). Part of it may have been written: run it again to finish.`, e);
    }
    this.skipped = skipped;
  }

  async select(sheet: string, cell: string): Promise<void> {
    const ws = this.context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    try {
      await this.context.sync();
    } catch (e) {
      throw new WorkbookError("no-sheet", `Cannot go to ${sheet}!${cell}: the sheet or cell is no longer there.`, e);
    }
  }
}
