import type { RangeAreasApi } from "../../../src/workbook/office-js/excel-api";
import { FakeObject, type FakeContext } from "./context";
import type { Locate } from "./range";
import { FakeExcelError, rectAddress, sheetPrefix, type FakeSheet, type Rect } from "./state";

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
export function formulaAreas(at: { sheet: FakeSheet; rect: Rect }): Rect[] {
  const out: Rect[] = [];
  for (const [k, cell] of at.sheet.cells) {
    if (!cell.formula) continue;
    const [row, col] = k.split(",").map(Number) as [number, number];
    if (row >= at.rect.top && row <= at.rect.bottom && col >= at.rect.left && col <= at.rect.right) out.push({ top: row, bottom: row, left: col, right: col });
  }
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}

export class FakeRangeAreas extends FakeObject implements RangeAreasApi {
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
