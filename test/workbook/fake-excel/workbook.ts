import type { ExcelContext, NamedItemCollectionApi, PageLayoutApi, WorksheetApi, WorksheetCollectionApi } from "../../../src/workbook/office-js/excel-api";
import { FakeContext, FakeObject } from "./context";
import { FakeRange, type RangeOptions } from "./range";
import { FakeExcelError, newSheet, parseRect, rectAddress, usedRect, type FakeSheet, type FakeWorkbookState } from "./state";

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
  set name(_v: string) {
    throw new FakeExcelError("NotImplemented", "renaming sheets is not part of the fake");
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(v: string) {
    this.later({ set: "visibility", value: v }, () => {
      if (!["Visible", "Hidden", "VeryHidden"].includes(v)) throw new FakeExcelError("InvalidArgument", `visibility ${v}`);
      this.sheet().visibility = v as FakeSheet["visibility"];
    });
  }
  get protection(): FakeProtection {
    return this.kid("protection", () => new FakeProtection(this.ctx, `${this.path}.protection`, () => this.sheet()));
  }
  get freezePanes() {
    return { freezeRows: (count = 1) => this.later({ call: "freezeRows", count }, () => (this.sheet().freezeRows = count)) };
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
      if (state.sheets.filter((x) => x !== s && x.visibility === "Visible").length === 0) throw new FakeExcelError("InvalidOperation", "a workbook must keep one visible sheet");
      state.sheets.splice(state.sheets.indexOf(s), 1);
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
      const sheetName = name ?? `Sheet${this.book.state.sheets.length + 1}`;
      if (this.book.state.sheets.some((s) => same(s.name, sheetName))) throw new FakeExcelError("ItemAlreadyExists", `a sheet called ${sheetName} exists`);
      const sheet = newSheet(this.book.state, sheetName);
      id = sheet.id;
      this.book.state.sheets.push(sheet);
    });
    return new FakeWorksheet(this.ctx, `worksheets.add(${name ?? ""})`, this.book, () => this.book.state.sheets.find((s) => s.id === id) ?? null);
  }
}

class FakeNames extends FakeObject implements NamedItemCollectionApi {
  private loadedItems: { name: string }[] | undefined;
  constructor(ctx: FakeContext, private readonly book: FakeWorkbook) {
    super(ctx, "names");
  }
  protected scalars() {
    return {};
  }
  override populate(): void {
    this.loadedItems = [...this.book.state.names.keys()].map((name) => ({ name }));
    this.ctx.respond(this.loadedItems);
  }
  get items(): { name: string }[] {
    if (!this.loadedItems) throw new FakeExcelError("PropertyNotLoaded", "names.items read before load() and context.sync()");
    return this.loadedItems;
  }
  add(name: string, reference: string): void {
    this.later({ call: "names.add", name, reference }, () => {
      if ([...this.book.state.names.keys()].some((n) => same(n, name))) throw new FakeExcelError("ItemAlreadyExists", `the name ${name} exists`);
      const m = /^='?((?:[^']|'')+?)'?!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(reference);
      if (!m) throw new FakeExcelError("InvalidArgument", `bad reference ${reference}`);
      const sheet = m[1]!.replace(/''/g, "'");
      if (!this.book.state.sheets.some((s) => same(s.name, sheet))) throw new FakeExcelError("InvalidArgument", `${reference}: no sheet ${sheet}`);
      this.book.state.names.set(name, reference);
    });
  }
  getItemOrNullObject(name: string) {
    return {
      delete: () =>
        this.later({ call: "names.delete", name }, () => {
          for (const n of this.book.state.names.keys()) if (same(n, name)) this.book.state.names.delete(n);
        }),
    };
  }
}

/** The fake workbook behind a context. */
export class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly names: FakeNames;
  constructor(readonly ctx: FakeContext, readonly state: FakeWorkbookState, readonly apiVersion: number) {
    this.worksheets = new FakeWorksheets(ctx, this);
    this.names = new FakeNames(ctx, this);
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
