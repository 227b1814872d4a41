import type { ExcelContext, PageLayoutApi, WorksheetApi, WorksheetCollectionApi } from "../../../src/workbook/office-js/excel-api";
import { FakeContext, FakeObject } from "./context";
import { FakeCharts } from "./charts";
import { FakeNames } from "./names";
import { FakeRange, type RangeOptions } from "./range";
import { FakeExcelError, newSheet, parseRect, rectAddress, sheetNameProblem, sheetPrefix, usedRect, type FakeSheet, type FakeWorkbookState } from "./state";

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

class FakeProtection extends FakeObject {
  constructor(ctx: FakeContext, path: string, private readonly sheet: () => FakeSheet) {
    super(ctx, path);
  }
  protected scalars() {
    return { protected: () => this.sheet().protected };
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

/**
 * Review › Protect Workbook: "Protecting the workbook structure prevents users from adding or
 * deleting worksheets or from displaying hidden worksheets", and from renaming, moving or
 * hiding them (https://support.microsoft.com/office/protect-a-workbook-7e365a4d-3e89-4616-84ca-1931257c1517;
 * Excel.WorkbookProtection, ExcelApi 1.7). The error code Excel gives is not documented (U7):
 * the fake uses AccessDenied, "You cannot perform the requested operation".
 */
function mustChangeStructure(state: FakeWorkbookState, what: string): void {
  if (state.structureProtected) throw new FakeExcelError("AccessDenied", `cannot ${what}: the workbook's structure is protected`);
}

/** A name's formula after its sheet is renamed (Excel keeps references right) or deleted (#REF!). */
function retarget(state: FakeWorkbookState, from: string, to: string | null): void {
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const prefix = new RegExp(`^=(?:'${escape(from.replace(/'/g, "''"))}'|${escape(from)})!`, "i");
  for (const [name, formula] of state.names) if (prefix.test(formula)) state.names.set(name, formula.replace(prefix, `=${to === null ? "#REF" : sheetPrefix(to)}!`));
}

class FakeWorksheetProtection extends FakeObject {
  constructor(ctx: FakeContext, private readonly state: FakeWorkbookState) {
    super(ctx, "workbook.protection");
  }
  protected scalars() {
    return { protected: () => this.state.structureProtected };
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

class FakeWorksheet extends FakeObject implements WorksheetApi {
  constructor(ctx: FakeContext, path: string, private readonly book: FakeWorkbook, private readonly find: () => FakeSheet | null, private readonly orNull = false) {
    super(ctx, path);
    if (orNull) this.resolveNullAtSync();
  }
  /** The sheet, at sync time; a missing sheet fails the batch as Excel does. */
  sheet(): FakeSheet {
    const s = this.find();
    if (!s) throw new FakeExcelError("ItemNotFound", `${this.path} does not exist`);
    return s;
  }
  /**
   * The sheet for navigation, at sync time: null for a null object (what an …OrNullObject
   * call found nothing for), whose ranges and collections are null objects in turn; a missing
   * sheet got without …OrNullObject fails the batch.
   */
  private sheetOrNull(): FakeSheet | null {
    return this.orNull ? this.find() : this.sheet();
  }
  protected override exists() {
    return this.sheetOrNull() !== null;
  }
  protected scalars() {
    return { name: () => this.sheet().name, visibility: () => this.sheet().visibility };
  }
  protected override children() {
    return { protection: () => this.protection };
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.later({ set: "name", value: v }, () => {
      const s = this.sheet();
      mustChangeStructure(this.book.state, "rename a sheet");
      const problem = sheetNameProblem(v);
      if (problem) throw new FakeExcelError("InvalidArgument", `${v}: ${problem}`);
      if (this.book.state.sheets.some((x) => x !== s && same(x.name, v))) throw new FakeExcelError("ItemAlreadyExists", `a sheet called ${v} exists`);
      retarget(this.book.state, s.name, v);
      s.name = v;
    });
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(v: string) {
    this.later({ set: "visibility", value: v }, () => {
      if (!["Visible", "Hidden", "VeryHidden"].includes(v)) throw new FakeExcelError("InvalidArgument", `visibility ${v}`);
      if (this.sheet().visibility !== v) mustChangeStructure(this.book.state, "hide or unhide a sheet");
      this.sheet().visibility = v as FakeSheet["visibility"];
    });
  }
  get protection(): FakeProtection {
    return this.kid("protection", () => new FakeProtection(this.ctx, `${this.path}.protection`, () => this.sheet()));
  }
  get freezePanes() {
    return { freezeRows: (count = 1) => this.later({ call: "freezeRows", count }, () => (this.sheet().freezeRows = count)) };
  }
  private chartList: FakeCharts | undefined;
  get charts(): FakeCharts {
    return (this.chartList ??= new FakeCharts(this.ctx, `${this.path}.charts`, () => this.sheet(), () => this.book.state.nextId++));
  }
  get pageLayout(): PageLayoutApi {
    if (this.book.apiVersion < 9) throw new FakeExcelError("ApiNotFound", "pageLayout needs ExcelApi 1.9");
    const set = (name: string, f: (s: FakeSheet) => void) => this.later({ set: `pageLayout.${name}` }, () => f(this.sheet()));
    const footers = {} as PageLayoutApi["headersFooters"]["defaultForAllPages"];
    for (const part of ["leftFooter", "centerFooter", "rightFooter"] as const)
      Object.defineProperty(footers, part, { set: (v: string) => set(part, (s) => (s.pageLayout.footers[part] = v)) });
    return {
      set orientation(v: string) { set("orientation", (s) => (s.pageLayout.orientation = v)); },
      set zoom(v: PageLayoutApi["zoom"]) { set("zoom", (s) => (s.pageLayout.zoom = { ...v })); },
      setPrintTitleRows: (rows: string) => set("printTitleRows", (s) => (s.pageLayout.printTitleRows = rows)),
      headersFooters: { defaultForAllPages: footers },
    } as PageLayoutApi;
  }
  getRange(address?: string): FakeRange {
    const rect = parseRect(address ?? "A:XFD");
    return new FakeRange(this.ctx, `${this.path}.getRange(${address ?? ""})`, () => {
      const sheet = this.sheetOrNull();
      return sheet ? { sheet, rect } : null;
    }, this.book.rangeOptions());
  }
  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.usedRange`, () => {
      const sheet = this.sheetOrNull();
      const rect = sheet && usedRect(sheet);
      return sheet && rect ? { sheet, rect } : null;
    }, { ...this.book.rangeOptions(), orNull: true });
  }
  /** The sheet after this one in tab order (hidden ones too, unless `visibleOnly`). */
  private following(visibleOnly: boolean): FakeSheet | null {
    const here = this.sheetOrNull();
    if (!here) return null; // the next of a null object is a null object
    const list = this.book.state.sheets.filter((s) => s === here || !visibleOnly || s.visibility === "Visible");
    return list[list.indexOf(here) + 1] ?? null;
  }
  getNext(visibleOnly = false): FakeWorksheet {
    return this.book.worksheets.bound(`${this.path}.next`, () => this.following(visibleOnly), false);
  }
  getNextOrNullObject(visibleOnly = false): FakeWorksheet {
    return this.book.worksheets.bound(`${this.path}.nextOrNull`, () => this.following(visibleOnly), true);
  }
  delete(): void {
    this.later({ call: "delete" }, () => {
      const s = this.sheet();
      const state = this.book.state;
      mustChangeStructure(state, "delete a sheet");
      // "You can't delete a worksheet with a visibility of Very Hidden": make it visible first
      // (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets).
      if (s.visibility === "VeryHidden") throw new FakeExcelError("InvalidOperation", `cannot delete the very hidden sheet ${s.name}: make it visible first`);
      if (state.sheets.filter((x) => x !== s && x.visibility === "Visible").length === 0) throw new FakeExcelError("InvalidOperation", "a workbook must keep one visible sheet");
      state.sheets.splice(state.sheets.indexOf(s), 1);
      retarget(state, s.name, null);
    });
  }
  activate(): void {
    this.later({ call: "activate" }, () => {
      const s = this.sheet();
      if (s.visibility !== "Visible") throw new FakeExcelError("InvalidOperation", `cannot activate hidden sheet ${s.name}`);
      this.book.state.active = s.name;
    });
  }
}

class FakeWorksheets extends FakeObject implements WorksheetCollectionApi {
  private loadedItems: FakeWorksheet[] | undefined;
  constructor(ctx: FakeContext, private readonly book: FakeWorkbook) {
    super(ctx, "worksheets");
  }
  protected scalars() {
    return {};
  }
  override populate(paths: string[]): void {
    const itemPaths = paths.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    this.loadedItems = this.book.state.sheets.map((s) => {
      const ws = this.byId(s.id, s.name);
      ws.populate(itemPaths.length ? itemPaths : ["name"]);
      return ws;
    });
  }
  private byId(id: number, name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `worksheets[${name}]`, this.book, () => this.book.state.sheets.find((s) => s.id === id) ?? null);
  }
  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw new FakeExcelError("PropertyNotLoaded", "worksheets.items read before load() and context.sync()");
    return this.loadedItems;
  }
  /**
   * A worksheet proxy bound to the sheet `find` gives at the first sync that uses it (by id
   * after that, as Excel does: a proxy keeps meaning the same sheet, or stays null).
   */
  bound(path: string, find: () => FakeSheet | null, orNull: boolean): FakeWorksheet {
    let resolved = false;
    let id: number | undefined;
    return new FakeWorksheet(this.ctx, path, this.book, () => {
      if (!resolved) {
        id = find()?.id;
        resolved = true;
      }
      return this.book.state.sheets.find((s) => s.id === id) ?? null;
    }, orNull);
  }
  private byName(name: string, orNull: boolean): FakeWorksheet {
    return this.bound(`worksheets[${name}]`, () => this.book.state.sheets.find((s) => same(s.name, name)) ?? null, orNull);
  }
  getItem(name: string): FakeWorksheet {
    return this.byName(name, false);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return this.byName(name, true);
  }
  /** The first sheet in tab order (hidden ones too, unless `visibleOnly`). */
  getFirst(visibleOnly = false): FakeWorksheet {
    return this.bound("worksheets.first", () => this.book.state.sheets.find((s) => !visibleOnly || s.visibility === "Visible") ?? null, false);
  }
  add(name?: string): FakeWorksheet {
    let id: number | undefined;
    this.later({ call: "worksheets.add", name }, () => {
      mustChangeStructure(this.book.state, "add a sheet");
      const sheetName = name ?? `Sheet${this.book.state.sheets.length + 1}`;
      const problem = sheetNameProblem(sheetName);
      if (problem) throw new FakeExcelError("InvalidArgument", `${sheetName}: ${problem}`);
      if (this.book.state.sheets.some((s) => same(s.name, sheetName))) throw new FakeExcelError("ItemAlreadyExists", `a sheet called ${sheetName} exists`);
      const sheet = newSheet(this.book.state, sheetName);
      id = sheet.id;
      this.book.state.sheets.push(sheet);
    });
    return new FakeWorksheet(this.ctx, `worksheets.add(${name ?? ""})`, this.book, () => this.book.state.sheets.find((s) => s.id === id) ?? null);
  }
}

/** The fake workbook behind a context. */
export class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly names: FakeNames;
  readonly protection: FakeWorksheetProtection;
  constructor(readonly ctx: FakeContext, readonly state: FakeWorkbookState, readonly apiVersion: number) {
    this.worksheets = new FakeWorksheets(ctx, this);
    this.names = new FakeNames(ctx, this);
    this.protection = new FakeWorksheetProtection(ctx, state);
  }
  rangeOptions(): RangeOptions {
    return {
      nextId: () => this.state.nextId++,
      apiVersion: this.apiVersion,
      onSelect: (sheet, rect) => {
        this.state.active = sheet.name;
        this.state.selection = { sheet: sheet.name, address: rectAddress(rect) };
      },
    };
  }
}

export type { ExcelContext };
