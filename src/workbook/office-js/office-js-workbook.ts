import { proveOwnership } from "../../core/ownership-proof";
import { findSheet, sameSheetName } from "../../core/sheet-names";
import { STATE_SHEET } from "../../core/state";
import { WorkbookError } from "../errors";
import { checkWritePlan, formatSpecsOf, targetOf } from "../preflight";
import type { ReadOptions, SheetSnapshot, Workbook, WorkbookSnapshot, WritePlan } from "../port";
import type { ConditionalFormatCollectionApi, ExcelContext, IsSetSupported } from "./excel-api";
import { loadWorkbook, type Loaded } from "./read";
import { officeIsSetSupported, supports, type Feature } from "./requirements";
import { loadRules, queueWrite, RULE_PATHS, rulesLoaded } from "./write";

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

  /** `names`: the wanted sheets, when known (only they are read); else every sheet. */
  private async load(names: string[] | undefined, firstRows?: number): Promise<Loaded> {
    const wanted = (name: string) => !names || names.some((n) => sameSheetName(n, name));
    const loaded = await loadWorkbook(this.context, { wanted, names, blockRows: this.options.blockRows, firstRows, mergedAreas: this.supports("mergedAreas"), formulaCells: this.supports("formulaCells"), ratingFills: this.supports("cellFills") });
    this.last = { loaded, at: this.now(), cells: new Set(loaded.sheets.filter((s) => s.grid).map((s) => s.name.toLowerCase())) };
    return loaded;
  }

  async read(options: ReadOptions = {}): Promise<WorkbookSnapshot> {
    return snapshotOf(await this.load(options.sheets ? [...options.sheets, STATE_SHEET] : undefined));
  }

  /**
   * What the write needs loaded: the cells of edited sheets, of our state sheet and of the
   * sheets it writes (to prove a sheet written before markers existed is ours).
   */
  private async loadedFor(plan: WritePlan): Promise<{ loaded: Loaded; rules?: Map<string, ConditionalFormatCollectionApi> }> {
    const need = [...(plan.edits ?? []).map((e) => e.sheet), ...(plan.sheets ?? []).map((s) => s.name), STATE_SHEET].map((n) => n.toLowerCase());
    const last = this.last;
    const fresh = last && this.now() - last.at <= (this.options.maxReuseMs ?? 10_000);
    if (fresh && need.every((n) => last.cells.has(n) || !last.loaded.sheets.some((s) => sameSheetName(s.name, n)))) return { loaded: last.loaded };
    // The sheet to format's rules ride in the same request as the load, saving a round trip;
    // if they make it fail, the load's careful path runs without them and loadRules asks
    // again on its own (so a damaged rule costs the colours, never the write).
    const toFormat = formatSpecsOf(plan).map((f) => f.sheet).filter((name) => !(plan.sheets ?? []).some((s) => sameSheetName(s.name, name)));
    const rules = new Map<string, ConditionalFormatCollectionApi>();
    if (this.supports("conditionalFormats"))
      for (const name of toFormat) {
        const collection = this.context.workbook.worksheets.getItemOrNullObject(name).getRange().conditionalFormats;
        collection.load(RULE_PATHS);
        rules.set(name.toLowerCase(), collection);
      }
    // The state sheet is a few rows: first blocks of WRITE_FIRST_ROWS spare reading a plan's rows.
    // Edits need their sheet's cells: a full first block reads a plan of up to ~2,000 rows in
    // the same request instead of a second one.
    return { loaded: await this.load([...new Set(need)], plan.edits?.length ? undefined : WRITE_FIRST_ROWS), rules };
  }

  async write(plan: WritePlan): Promise<void> {
    const { loaded, rules: early } = await this.loadedFor(plan);
    this.last = undefined; // what we loaded describes the workbook before this write
    const snapshot = snapshotOf(loaded);
    if (plan.edits?.length && !this.supports("formulaCells")) await this.loadFormulaCells(plan, snapshot);
    checkWritePlan(plan, targetOf(snapshot));
    const rules = this.supports("conditionalFormats") ? await this.rulesFor(plan, loaded, early) : undefined;
    const skipped: string[] = [];
    queueWrite(this.context, loaded, plan, { supports: (f) => this.supports(f), skipped: (m) => skipped.includes(m) || skipped.push(m), rules });
    try {
      await this.context.sync();
    } catch (e) {
      throw writeError(e);
    }
    this.skipped = skipped;
  }

  /**
   * The formatted sheets' rules (by lower-cased name): those that came with the load, and for
   * the rest one request of their own (loadRules).
   */
  private async rulesFor(plan: WritePlan, loaded: Loaded, early: Map<string, ConditionalFormatCollectionApi> | undefined): Promise<Map<string, ConditionalFormatCollectionApi | null>> {
    const sheets = formatSpecsOf(plan).map((f) => findSheet(loaded.sheets, f.sheet)).filter((s): s is NonNullable<typeof s> => s !== undefined);
    const out = new Map<string, ConditionalFormatCollectionApi | null>();
    const missing: typeof sheets = [];
    for (const sheet of sheets) {
      const got = early?.get(sheet.name.toLowerCase());
      if (got && rulesLoaded(got)) out.set(sheet.name.toLowerCase(), got);
      else missing.push(sheet);
    }
    for (const [name, rules] of await loadRules(this.context, missing)) out.set(name, rules);
    return out;
  }

  /** Without ExcelApi 1.9 the read knows no formula cells: ask each edited cell for its formula. */
  private async loadFormulaCells(plan: WritePlan, snapshot: WorkbookSnapshot): Promise<void> {
    const cells = (plan.edits ?? []).map((e) => ({ e, range: this.context.workbook.worksheets.getItem(e.sheet).getRange(e.cell) }));
    for (const c of cells) c.range.load("formulas");
    await this.context.sync();
    for (const { e, range } of cells) {
      const grid = findSheet(snapshot.sheets, e.sheet)?.grid;
      if (grid && String(range.formulas[0]?.[0] ?? "").startsWith("=")) (grid.formulaCells ??= []).push(e.cell);
    }
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

/** The snapshot of what was loaded: ownership proved from the markers (ownership-proof.ts). */
function snapshotOf(loaded: Loaded): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = loaded.sheets.map((s) => ({ name: s.name, visibility: s.visibility, protected: s.protected, grid: s.grid ?? { values: [], origin: { row: 1, col: 1 } } }));
  proveOwnership(sheets, loaded.names);
  return { sheets, structureProtected: loaded.structureProtected };
}

/** Excel's refusal of a write, in words a person can act on. */
function writeError(e: unknown): WorkbookError {
  const code = (e as { code?: string }).code;
  if (code === "InvalidOperationInCellEditMode")
    return new WorkbookError("write-failed", "Excel is waiting for you to finish editing a cell: press Enter (or Esc), then try again. Nothing was written.", e);
  if (code === "AccessDenied") return new WorkbookError("protected", "Excel refused the change: a sheet or the workbook's structure is protected, or a co-author has it locked. Nothing more was written; try again.", e);
  return new WorkbookError("write-failed", `Excel could not complete the change (${(e as Error).message}). Part of it may have been written: run it again to finish.`, e);
}
