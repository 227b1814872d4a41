import type { BorderApi, ConditionalFormatApi, ConditionalFormatCollectionApi, CustomConditionalFormatApi, DataValidationApi, RangeApi, RangeAreasApi, RangeFormatApi } from "../../../src/workbook/office-js/excel-api";
import { evaluateFormula } from "../../../src/workbook/memory/formula";
import { coerce } from "./coerce";
import { FakeObject, type FakeContext } from "./context";
import { cellCount, FakeExcelError, intersect, key, parseRect, rectAddress, sheetPrefix, type FakeCell, type FakeCf, type FakeSheet, type Rect } from "./state";

/** Where a range is, worked out at sync time (a used range or an intersection moves with the data). */
export type Locate = () => { sheet: FakeSheet; rect: Rect } | null;

const FORMAT_CELL_LIMIT = 200_000;
/** Format properties a set of which is queued; any other assignment is the object's own field. */
const FORMAT_PROPS = new Set(["wrapText", "horizontalAlignment", "verticalAlignment", "columnWidth", "rowHeight", "color", "bold", "italic", "size", "name", "style", "weight"]);

function mustWrite(sheet: FakeSheet, what: string): void {
  if (sheet.protected) throw new FakeExcelError("AccessDenied", `cannot ${what} on protected sheet ${sheet.name}`);
}

function eachCell(rect: Rect, f: (row: number, col: number) => void): void {
  if (cellCount(rect) > FORMAT_CELL_LIMIT) throw new FakeExcelError("FakeLimit", `the fake formats at most ${FORMAT_CELL_LIMIT} cells at once (${rectAddress(rect)})`);
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(r, c);
}

/** A scalar or nested format part of a range (fill, font, a border): each set applies to every cell. */
class FormatPart extends FakeObject {
  constructor(ctx: FakeContext, path: string, private readonly locate: () => { sheet: FakeSheet; rect: Rect }, private readonly prefix: string) {
    super(ctx, path);
    return new Proxy(this, {
      set: (target, prop, value) => {
        if (typeof prop !== "string" || !FORMAT_PROPS.has(prop)) return Reflect.set(target, prop, value);
        target.later({ set: `${prefix}${prop}`, value }, () => {
          const { sheet, rect } = target.locate();
          mustWrite(sheet, `format ${rectAddress(rect)}`);
          if (prop === "columnWidth") {
            for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, Number(value));
            return;
          }
          eachCell(rect, (r, c) => sheet.formats.set(key(r, c), { ...sheet.formats.get(key(r, c)), [`${prefix}${prop}`]: value }));
        });
        return true;
      },
    });
  }
  protected scalars() {
    return {};
  }
}

class FakeRangeFormat extends FormatPart implements RangeFormatApi {
  declare wrapText: boolean;
  declare horizontalAlignment: string;
  declare columnWidth: number;
  constructor(ctx: FakeContext, path: string, private readonly at: () => { sheet: FakeSheet; rect: Rect }) {
    super(ctx, path, at, "");
  }
  get fill() {
    return this.kid("fill", () => new FormatPart(this.ctx, `${this.path}.fill`, this.at, "fill.")) as unknown as { color: string };
  }
  get font() {
    return this.kid("font", () => new FormatPart(this.ctx, `${this.path}.font`, this.at, "font.")) as unknown as RangeFormatApi["font"];
  }
  get borders() {
    return {
      getItem: (index: string) => new FormatPart(this.ctx, `${this.path}.borders.${index}`, this.at, `border.${index}.`) as unknown as BorderApi,
    };
  }
}

/** A custom conditional format's rule: its formula must start with "=", as in Excel. */
class FakeCfRule extends FakeObject {
  constructor(ctx: FakeContext, path: string, private readonly cf: () => FakeCf | null, private readonly edit: (json: Record<string, unknown>, f: (cf: FakeCf) => void) => void) {
    super(ctx, path);
  }
  protected scalars() {
    return { formula: () => this.cf()?.formula ?? "" };
  }
  get formula(): string {
    return this.get("formula");
  }
  set formula(f: string) {
    if (!f.startsWith("=")) throw new FakeExcelError("InvalidArgument", `a conditional format formula must start with "=": ${f}`);
    this.edit({ set: "rule.formula", value: f }, (cf) => (cf.formula = f));
  }
}

/** Custom conditional format parts: formula, fill and font colours. */
class FakeCustomFormat extends FakeObject implements CustomConditionalFormatApi {
  constructor(ctx: FakeContext, path: string, private readonly cf: () => FakeCf | null, private readonly orNull: boolean) {
    super(ctx, path);
  }
  protected override exists() {
    const cf = this.cf();
    return Boolean(cf && (!this.orNull || cf.type === "Custom"));
  }
  protected scalars() {
    return {};
  }
  protected override children() {
    return { rule: () => this.rule };
  }
  edit(json: Record<string, unknown>, f: (cf: FakeCf) => void) {
    this.later(json, () => {
      const cf = this.cf();
      if (!cf) throw new FakeExcelError("ItemNotFound", `${this.path}: conditional format not found`);
      f(cf);
    });
  }
  get rule(): FakeCfRule {
    return this.kid("rule", () => new FakeCfRule(this.ctx, `${this.path}.rule`, this.cf, (json, f) => this.edit(json, f)));
  }
  get format() {
    const edit = (prop: keyof FakeCf) => (value: unknown) => this.edit({ set: `format.${String(prop)}`, value }, (cf) => Object.assign(cf, { [prop]: value }));
    return {
      fill: { set color(v: string) { edit("fill")(v); } },
      font: { set color(v: string) { edit("font")(v); }, set bold(v: boolean) { edit("bold")(v); } },
    } as CustomConditionalFormatApi["format"];
  }
}

/**
 * A conditional format proxy. One from a loaded collection is addressed by its position in the
 * collection when each operation runs, as Excel does: ConditionalFormat.id is "The priority of
 * the conditional format in the current ConditionalFormatCollection", priority is "a number
 * equal to the index in the ConditionalFormatCollection" and "if you change the priority, you
 * have to re-fetch a new copy of the object"
 * (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat,
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting).
 * So after one delete, `items[i]` means the rule that moved into place i. One returned by
 * `add` stays bound to the rule it made.
 */
class FakeConditionalFormat extends FakeObject implements ConditionalFormatApi {
  constructor(ctx: FakeContext, path: string, private readonly sheet: () => FakeSheet, private readonly resolve: () => FakeCf | null) {
    super(ctx, path);
  }
  private find(): FakeCf | null {
    return this.resolve();
  }
  protected override exists() {
    return this.find() !== null;
  }
  protected scalars() {
    return { type: () => this.find()?.type };
  }
  protected override children() {
    return { custom: () => this.custom, customOrNullObject: () => this.customOrNullObject };
  }
  get type(): string {
    return this.get("type");
  }
  get custom(): FakeCustomFormat {
    return this.kid("custom", () => new FakeCustomFormat(this.ctx, `${this.path}.custom`, () => this.find(), false));
  }
  get customOrNullObject(): FakeCustomFormat {
    return this.kid("customOrNull", () => new FakeCustomFormat(this.ctx, `${this.path}.customOrNullObject`, () => this.find(), true));
  }
  delete(): void {
    this.later({ call: "delete" }, () => {
      const sheet = this.sheet();
      mustWrite(sheet, "delete a conditional format");
      const cf = this.find();
      const at = cf ? sheet.cfs.indexOf(cf) : -1;
      if (at < 0) throw new FakeExcelError("ItemNotFound", `${this.path} no longer exists`);
      sheet.cfs.splice(at, 1);
    });
  }
}

class FakeCfCollection extends FakeObject implements ConditionalFormatCollectionApi {
  private loadedItems: FakeConditionalFormat[] | undefined;
  constructor(ctx: FakeContext, path: string, private readonly locateOrNull: Locate, private readonly nextId: () => number) {
    super(ctx, path);
  }
  private locate(): { sheet: FakeSheet; rect: Rect } {
    const at = this.locateOrNull();
    if (!at) throw new FakeExcelError("InvalidObjectPath", `${this.path} belongs to a null object`);
    return at;
  }
  protected override exists() {
    return this.locateOrNull() !== null;
  }
  protected scalars() {
    return {};
  }
  override populate(paths: string[]): void {
    // The collection of a null range (a null worksheet's range) is a null object too.
    this.markNull(!this.exists());
    if (this.isNullObject) return;
    const itemPaths = paths.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    if (this.locate().sheet.unreadableRules && itemPaths.length) throw new FakeExcelError("GeneralException", "The requested resource doesn't exist.");
    this.loadedItems = this.current().map((_c, index) => {
      const item = new FakeConditionalFormat(this.ctx, `${this.path}.getItemAt(${index})`, () => this.locate().sheet, () => this.current()[index] ?? null);
      item.populate(itemPaths.length ? itemPaths : ["type"]);
      return item;
    });
  }
  /** The rules that touch this range, in priority order, as they stand now. */
  private current(): FakeCf[] {
    const { sheet, rect } = this.locate();
    return sheet.cfs.filter((c) => intersect(c.rect, rect));
  }
  get items(): FakeConditionalFormat[] {
    if (!this.loadedItems) throw new FakeExcelError("PropertyNotLoaded", `${this.path}.items read before load() and context.sync()`);
    return this.loadedItems;
  }
  /** "Adds a new conditional format to the collection at the first/top priority." (ConditionalFormatCollection.add) */
  add(type: string): FakeConditionalFormat {
    let made: FakeCf | null = null;
    const item = new FakeConditionalFormat(this.ctx, `${this.path}.add()`, () => this.locate().sheet, () => (made && this.locate().sheet.cfs.includes(made) ? made : null));
    this.later({ call: "add", type }, () => {
      const { sheet, rect } = this.locate();
      mustWrite(sheet, "add a conditional format");
      made = { id: this.nextId(), rect, type };
      sheet.cfs.unshift(made);
    });
    return item;
  }
}

class FakeDataValidation extends FakeObject implements DataValidationApi {
  constructor(ctx: FakeContext, path: string, private readonly locate: () => { sheet: FakeSheet; rect: Rect }) {
    super(ctx, path);
  }
  protected scalars() {
    return {};
  }
  private entry() {
    const { sheet, rect } = this.locate();
    mustWrite(sheet, "set data validation");
    let v = sheet.validations.find((x) => rectAddress(x.rect) === rectAddress(rect));
    if (!v) {
      if (sheet.validations.some((x) => intersect(x.rect, rect))) throw new FakeExcelError("InvalidOperation", `data validation already set on part of ${rectAddress(rect)}: clear() it first`);
      sheet.validations.push((v = { rect, rule: undefined }));
    }
    return v;
  }
  clear(): void {
    this.later({ call: "clear" }, () => {
      const { sheet, rect } = this.locate();
      mustWrite(sheet, "clear data validation");
      sheet.validations = sheet.validations.filter((x) => !intersect(x.rect, rect));
    });
  }
  set rule(rule: DataValidationApi["rule"]) {
    this.later({ set: "rule", value: rule }, () => (this.entry().rule = structuredClone(rule)));
  }
  set errorAlert(alert: DataValidationApi["errorAlert"]) {
    this.later({ set: "errorAlert", value: alert }, () => (this.entry().errorAlert = structuredClone(alert)));
  }
  set prompt(prompt: DataValidationApi["prompt"]) {
    this.later({ set: "prompt", value: prompt }, () => (this.entry().prompt = structuredClone(prompt)));
  }
}

/** The areas of a RangeAreas (ExcelApi 1.9): a collection whose items are ranges with an address. */
class FakeAreaCollection extends FakeObject {
  private loadedItems: { address: string }[] | undefined;
  constructor(ctx: FakeContext, path: string, private readonly addresses: () => string[]) {
    super(ctx, path);
  }
  protected scalars() {
    return {};
  }
  override populate(): void {
    this.loadedItems = this.addresses().map((address) => ({ address }));
    this.ctx.respond(this.loadedItems);
  }
  get items(): { address: string }[] {
    if (!this.loadedItems) throw new FakeExcelError("PropertyNotLoaded", `${this.path}.items read before load() and context.sync()`);
    return this.loadedItems;
  }
}

/**
 * Range.getMergedAreasOrNullObject (ExcelApi 1.13). As Excel: the address lists every area with
 * its sheet, separated by ", " ("Sheet1!A1:B4, Sheet1!D1:D4", RangeAreas.address), a name that
 * needs quotes is quoted; "if the merged areas count in this range is more than 512, then this
 * method will fail"; and only areas whose top-left cell is in the range come back
 * (OfficeDev/office-js#3611, open: the stricter reading).
 */
function mergedAreas(at: { sheet: FakeSheet; rect: Rect }): Rect[] {
  const found = at.sheet.merges.filter((m) => m.top >= at.rect.top && m.top <= at.rect.bottom && m.left >= at.rect.left && m.left <= at.rect.right);
  if (found.length > 512) throw new FakeExcelError("GeneralException", "more than 512 merged areas");
  return found;
}

/** Range.getSpecialCellsOrNullObject("Formulas") (ExcelApi 1.9): the formula cells, one area each here. */
function formulaAreas(at: { sheet: FakeSheet; rect: Rect }): Rect[] {
  const out: Rect[] = [];
  for (const [k, cell] of at.sheet.cells) {
    if (!cell.formula) continue;
    const [row, col] = k.split(",").map(Number) as [number, number];
    if (row >= at.rect.top && row <= at.rect.bottom && col >= at.rect.left && col <= at.rect.right) out.push({ top: row, bottom: row, left: col, right: col });
  }
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}

class FakeRangeAreas extends FakeObject implements RangeAreasApi {
  constructor(ctx: FakeContext, path: string, private readonly locate: Locate, private readonly pick: (at: { sheet: FakeSheet; rect: Rect }) => Rect[] = mergedAreas) {
    super(ctx, path);
    this.resolveNullAtSync();
  }
  private list(): Rect[] {
    const at = this.locate();
    return at ? this.pick(at) : [];
  }
  private addresses(): string[] {
    return this.list().map((r) => `${sheetPrefix(this.locate()!.sheet.name)}!${rectAddress(r)}`);
  }
  protected override exists() {
    return this.list().length > 0;
  }
  protected scalars() {
    return { address: () => this.addresses().join(", "), areaCount: () => this.list().length };
  }
  protected override children() {
    return { areas: () => this.areas };
  }
  get address(): string {
    return this.get("address");
  }
  get areas(): FakeAreaCollection {
    return this.kid("areas", () => new FakeAreaCollection(this.ctx, `${this.path}.areas`, () => this.addresses()));
  }
}

/**
 * One value written through `values`: a string is parsed as if typed (coerce.ts) unless the
 * cell's number format is text ("@"); a formula's value is what the fake can calculate of it,
 * else #NAME? (the fake knows only the functions our rules use).
 */
function writeValue(sheet: FakeSheet, cell: FakeCell, v: string | number | boolean): void {
  delete cell.formula;
  if (typeof v !== "string" || cell.numberFormat === "@") {
    cell.value = v;
    return;
  }
  const c = coerce(v);
  if (c.kind === "formula") {
    cell.formula = c.formula;
    const valueAt = (r: number, k: number) => ((x) => (x === undefined || x === "" ? null : x))(sheet.cells.get(key(r, k))?.value);
    const result = evaluateFormula(c.formula, { cell: valueAt, offset: { rows: 0, cols: 0 }, today: "2025-01-01" });
    cell.value = result === undefined || result === null ? "#NAME?" : result;
    return;
  }
  cell.value = c.value;
  if (c.kind === "number" && c.numberFormat && (!cell.numberFormat || cell.numberFormat === "General")) cell.numberFormat = c.numberFormat;
}

export interface RangeOptions {
  orNull?: boolean;
  nextId: () => number;
  apiVersion: number;
  onSelect: (sheet: FakeSheet, rect: Rect) => void;
}

/** A fake Excel.Range: values, number formats, formats, conditional formats, validation. */
export class FakeRange extends FakeObject implements RangeApi {
  constructor(ctx: FakeContext, path: string, private readonly locate: Locate, private readonly options: RangeOptions) {
    super(ctx, path);
    if (options.orNull) this.resolveNullAtSync();
  }
  private at(): { sheet: FakeSheet; rect: Rect } {
    const at = this.locate();
    if (!at) throw new FakeExcelError("InvalidObjectPath", `${this.path} is a null object`);
    return at;
  }
  /** Where the range is, for another object's operation running now (a chart's source). */
  locateNow(): { sheet: FakeSheet; rect: Rect } {
    return this.at();
  }
  addressNow(): string {
    return `${sheetPrefix(this.at().sheet.name)}!${rectAddress(this.at().rect)}`;
  }
  protected override exists() {
    return this.locate() !== null;
  }
  private grid<T>(f: (sheet: FakeSheet, row: number, col: number) => T): T[][] {
    const { sheet, rect } = this.at();
    if (cellCount(rect) > 5_000_000) throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `${rectAddress(rect)} is more than 5,000,000 cells`);
    const out: T[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: T[] = [];
      for (let c = rect.left; c <= rect.right; c++) row.push(f(sheet, r, c));
      out.push(row);
    }
    return out;
  }
  protected scalars() {
    return {
      values: () => this.grid((s, r, c) => s.cells.get(key(r, c))?.value ?? ""),
      // "If a cell contains a formula, range.values returns the calculated result, not the
      // formula itself"; range.formulas gives the formula, or the constant of any other cell
      // (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values).
      formulas: () => this.grid((s, r, c) => ((cell) => cell?.formula ?? cell?.value ?? "")(s.cells.get(key(r, c)))),
      numberFormat: () => this.grid((s, r, c) => s.cells.get(key(r, c))?.numberFormat ?? "General"),
      address: () => `${sheetPrefix(this.at().sheet.name)}!${rectAddress(this.at().rect)}`,
      rowCount: () => this.at().rect.bottom - this.at().rect.top + 1,
      columnCount: () => this.at().rect.right - this.at().rect.left + 1,
    };
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  get address(): string {
    return this.get("address");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  private setGrid(what: "values" | "numberFormat", data: unknown[][]) {
    this.later({ set: what, value: data }, () => {
      const { sheet, rect } = this.at();
      mustWrite(sheet, `set ${what} of ${rectAddress(rect)}`);
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      sheet.version++;
      if (!Array.isArray(data) || data.length !== rows || data.some((r) => !Array.isArray(r) || r.length !== cols))
        throw new FakeExcelError("InvalidArgument", `${what} for ${rectAddress(rect)} must be ${rows}×${cols}`);
      data.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v === null) return; // sparse write: null leaves the cell as it is
          if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") throw new FakeExcelError("InvalidArgument", `${what}: ${String(v)} is not a string, number or boolean`);
          const k = key(rect.top + i, rect.left + j);
          const cell = sheet.cells.get(k) ?? { value: "" };
          if (what === "values") writeValue(sheet, cell, v);
          else cell.numberFormat = String(v);
          sheet.cells.set(k, cell);
        }),
      );
    });
  }
  set values(data: unknown[][]) {
    this.setGrid("values", data);
  }
  set numberFormat(data: unknown[][]) {
    this.setGrid("numberFormat", data);
  }
  get format(): FakeRangeFormat {
    return this.kid("format", () => new FakeRangeFormat(this.ctx, `${this.path}.format`, () => this.at()));
  }
  get conditionalFormats(): FakeCfCollection {
    return this.kid("cfs", () => new FakeCfCollection(this.ctx, `${this.path}.conditionalFormats`, this.locate, this.options.nextId));
  }
  get dataValidation(): FakeDataValidation {
    return this.kid("dv", () => new FakeDataValidation(this.ctx, `${this.path}.dataValidation`, () => this.at()));
  }
  getIntersectionOrNullObject(address: string): FakeRange {
    const other = parseRect(address);
    return new FakeRange(this.ctx, `${this.path}∩${address}`, () => {
      const at = this.locate();
      const rect = at && intersect(at.rect, other);
      return at && rect ? { sheet: at.sheet, rect } : null;
    }, { ...this.options, orNull: true });
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    if (this.options.apiVersion < 13) throw new FakeExcelError("ApiNotFound", "getMergedAreasOrNullObject needs ExcelApi 1.13");
    return new FakeRangeAreas(this.ctx, `${this.path}.mergedAreas`, this.locate);
  }
  getSpecialCellsOrNullObject(cellType: "Formulas"): FakeRangeAreas {
    if (this.options.apiVersion < 9) throw new FakeExcelError("ApiNotFound", "getSpecialCellsOrNullObject needs ExcelApi 1.9");
    if (cellType !== "Formulas") throw new FakeExcelError("NotImplemented", `special cells ${cellType}`);
    return new FakeRangeAreas(this.ctx, `${this.path}.specialCells(${cellType})`, this.locate, formulaAreas);
  }
  merge(across = false): void {
    this.later({ call: "merge", across }, () => {
      const { sheet, rect } = this.at();
      mustWrite(sheet, "merge");
      if (sheet.merges.some((m) => intersect(m, rect))) throw new FakeExcelError("InvalidOperation", `${rectAddress(rect)} overlaps a merged area`);
      sheet.merges.push(rect);
    });
  }
  /** "Contents" keeps formats (the number format too), "Formats" keeps values, "All" clears both. */
  clear(applyTo = "All"): void {
    this.later({ call: "clear", applyTo }, () => {
      const { sheet, rect } = this.at();
      mustWrite(sheet, "clear");
      sheet.version++;
      const inside = (k: string) => {
        const [r, c] = k.split(",").map(Number) as [number, number];
        return r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right;
      };
      for (const [k, cell] of [...sheet.cells]) {
        if (!inside(k)) continue;
        if (applyTo === "Formats") delete cell.numberFormat;
        else if (applyTo === "Contents" && cell.numberFormat) {
          cell.value = "";
          delete cell.formula;
        } else sheet.cells.delete(k);
      }
      if (applyTo !== "Contents") {
        for (const k of [...sheet.formats.keys()]) if (inside(k)) sheet.formats.delete(k);
        sheet.merges = sheet.merges.filter((m) => !intersect(m, rect));
      }
    });
  }
  select(): void {
    this.later({ call: "select" }, () => {
      const { sheet, rect } = this.at();
      this.options.onSelect(sheet, rect);
    });
  }
}
