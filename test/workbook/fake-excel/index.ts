import { columnLetter } from "../../../src/core/address";
import type { ExcelContext, IsSetSupported } from "../../../src/workbook/office-js/excel-api";
import { FakeContext } from "./context";
import { FakeWorkbook } from "./workbook";
import { key, newSheet, parseRect, type FakeSheet, type FakeWorkbookState } from "./state";

export { FakeExcelError, parseRect, rectAddress, type FakeSheet, type FakeWorkbookState } from "./state";
export type { BatchRecord } from "./context";

/** A sheet to start from: rows of values from A1 (null = empty), optionally protected or hidden. */
export interface FakeSheetInput {
  name: string;
  rows?: (string | number | boolean | null)[][];
  numberFormats?: (string | null)[][];
  protected?: boolean;
  visibility?: FakeSheet["visibility"];
  merges?: string[];
  /** The user's own conditional formats (custom formulas, with "="), in priority order. */
  rules?: { range: string; formula: string; fill?: string }[];
  /** Cells holding formulas, A1 → formula ("=IF(…)"); the cell's value in `rows` is its result. */
  formulas?: Record<string, string>;
  /** Loading this sheet's conditional formats fails (known Excel bugs, see FakeSheet). */
  unreadableRules?: boolean;
}

export interface FakeExcelOptions {
  /** ExcelApi minor version: 13 means ExcelApi 1.13. */
  apiVersion?: number;
  /** Review › Protect Workbook is on. */
  structureProtected?: boolean;
  /** Workbook names → formula, e.g. `{ WSOA_Owned_Summary: "=Summary!$A$1" }` (hidden). */
  names?: Record<string, string>;
}

/**
 * A strict fake of the part of the Excel JS API the Office.js adapter uses: properties throw
 * PropertyNotLoaded until loaded and synced, every change waits for `sync()`, each sync is
 * counted with its request and response sizes, and the workbook state is open to inspection.
 *
 *   const excel = fakeExcel([{ name: "Plan", rows: [["Ref", "Action"]] }]);
 *   await new OfficeJsWorkbook(excel.context, { isSetSupported: excel.isSetSupported }).read();
 *   excel.syncCount // 1
 */
export class FakeExcel {
  readonly state: FakeWorkbookState = { sheets: [], names: new Map(), hiddenNames: new Set(), structureProtected: false, nextId: 1 };
  readonly apiVersion: number;
  readonly requests = new FakeContext();
  readonly context: ExcelContext & { workbook: FakeWorkbook };

  /** A number is the ExcelApi minor version this Excel supports: 13 means ExcelApi 1.13. */
  constructor(sheets: FakeSheetInput[], options: number | FakeExcelOptions = {}) {
    const o = typeof options === "number" ? { apiVersion: options } : options;
    this.apiVersion = o.apiVersion ?? 13;
    for (const input of sheets) this.addSheet(input);
    this.state.active = sheets[0]?.name;
    this.state.structureProtected = o.structureProtected ?? false;
    for (const [name, formula] of Object.entries(o.names ?? {})) {
      this.state.names.set(name, formula);
      this.state.hiddenNames.add(name);
    }
    const workbook = new FakeWorkbook(this.requests, this.state, this.apiVersion);
    this.context = { workbook, sync: () => this.requests.sync() };
  }

  /**
   * `Excel.run` over this workbook: the batch function gets a context whose syncs honour
   * `delayForCellEdit` while the user is editing a cell (see FakeContext.sync).
   */
  run<T>(optionsOrBatch: { delayForCellEdit?: boolean } | ((context: ExcelContext) => Promise<T>), maybeBatch?: (context: ExcelContext) => Promise<T>): Promise<T> {
    const [options, batch] = typeof optionsOrBatch === "function" ? [{}, optionsOrBatch] : [optionsOrBatch, maybeBatch!];
    return batch({ workbook: this.context.workbook, sync: () => this.requests.sync(options) });
  }

  /** The user starts typing in a cell (and `endCellEdit` when they press Enter). */
  startCellEdit(): void {
    this.requests.startCellEdit();
  }
  endCellEdit(): void {
    this.requests.endCellEdit();
  }

  addSheet(input: FakeSheetInput): FakeSheet {
    const sheet = newSheet(this.state, input.name);
    input.rows?.forEach((row, r) =>
      row.forEach((v, c) => {
        const nf = input.numberFormats?.[r]?.[c];
        const formula = input.formulas?.[`${columnLetter(c + 1)}${r + 1}`];
        if (v !== null || nf) sheet.cells.set(key(r + 1, c + 1), { value: v ?? "", ...(nf ? { numberFormat: nf } : {}), ...(formula ? { formula } : {}) });
      }),
    );
    sheet.protected = input.protected ?? false;
    sheet.visibility = input.visibility ?? "Visible";
    sheet.merges = (input.merges ?? []).map(parseRect);
    sheet.unreadableRules = input.unreadableRules;
    sheet.cfs = (input.rules ?? []).map((r) => ({ id: this.state.nextId++, rect: parseRect(r.range), type: "Custom", formula: r.formula, fill: r.fill }));
    this.state.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** What `Office.context.requirements.isSetSupported` would say in this Excel. */
  readonly isSetSupported: IsSetSupported = (name, version = "1.1") => name === "ExcelApi" && Number(version.split(".")[1] ?? 0) <= this.apiVersion;

  get syncCount(): number {
    return this.requests.syncCount;
  }
  /** Largest request (queued operations as JSON) of any sync, in bytes. */
  get maxBatchBytes(): number {
    return this.requests.maxBatchBytes;
  }
  /** Largest response (loaded data as JSON) of any sync, in bytes. */
  get maxResponseBytes(): number {
    return this.requests.maxResponseBytes;
  }
  get batches() {
    return this.requests.batches;
  }
  resetCounters(): void {
    this.requests.resetCounters();
  }
}
