import type { ConditionalFormatApi, ConditionalFormatCollectionApi, CustomConditionalFormatApi } from "../../../src/workbook/office-js/excel-api";
import { FakeObject, type FakeContext } from "./context";
import { mustWrite, type Locate } from "./range";
import { FakeExcelError, intersect, type FakeCf, type FakeSheet, type Rect } from "./state";

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

export class FakeCfCollection extends FakeObject implements ConditionalFormatCollectionApi {
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
