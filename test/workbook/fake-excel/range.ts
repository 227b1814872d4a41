import type { BorderApi, DataValidationApi, RangeApi, RangeFormatApi } from "../../../src/workbook/office-js/excel-api";
import { evaluateFormula } from "../../../src/workbook/memory/formula";
import { FakeRangeAreas, formulaAreas } from "./areas";
import { FakeCfCollection } from "./conditional-formats";
import { coerce } from "./coerce";
import { FakeObject, type FakeContext } from "./context";
import { cellCount, FakeExcelError, intersect, key, parseRect, rectAddress, sheetPrefix, type FakeCell, type FakeSheet, type Rect } from "./state";

/** Where a range is, worked out at sync time (a used range or an intersection moves with the data). */
export type Locate = () => { sheet: FakeSheet; rect: Rect } | null;

const FORMAT_CELL_LIMIT = 200_000;
/** Format properties a set of which is queued; any other assignment is the object's own field. */
const FORMAT_PROPS = new Set(["wrapText", "horizontalAlignment", "verticalAlignment", "columnWidth", "rowHeight", "color", "bold", "italic", "size", "name", "style", "weight"]);

export function mustWrite(sheet: FakeSheet, what: string): void {
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
