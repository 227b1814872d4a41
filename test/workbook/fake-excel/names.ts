import type { NamedItemCollectionApi } from "../../../src/workbook/office-js/excel-api";
import { FakeObject, type FakeContext } from "./context";
import { FakeExcelError } from "./state";
import type { FakeWorkbook } from "./workbook";

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** A workbook name as loaded: only the properties asked for can be read. */
function loadedName(book: FakeWorkbook, name: string, paths: string[]) {
  const all = paths.length === 0;
  const want = (p: string) => all || paths.includes(p);
  const read = <T>(p: string, v: T): T => {
    if (!want(p)) throw new FakeExcelError("PropertyNotLoaded", `names[${name}].${p} read before load() and context.sync()`);
    return v;
  };
  const formula = book.state.names.get(name) ?? "";
  const visible = !book.state.hiddenNames.has(name);
  return {
    get name() { return read("name", name); },
    get formula() { return read("formula", formula); },
    get visible() { return read("visible", visible); },
    set visible(_v: boolean) { throw new FakeExcelError("NotImplemented", "set visible on the item add() returns"); },
    set formula(_v: unknown) { throw new FakeExcelError("NotImplemented", "names[].formula is read-only in the fake"); },
    delete: () => book.names.getItemOrNullObject(name).delete(),
  };
}

/**
 * Workbook-scoped names. `add` refuses a name that exists (ItemAlreadyExists) and a reference to
 * no sheet; its item's `visible = false` hides the name from the Name Manager (NamedItem.visible,
 * ExcelApi 1.1); `formula` (ExcelApi 1.7) follows a renamed sheet and becomes #REF! when the
 * sheet is deleted, as references in Excel do.
 */
export class FakeNames extends FakeObject implements NamedItemCollectionApi {
  private loadedItems: ReturnType<typeof loadedName>[] | undefined;
  constructor(ctx: FakeContext, private readonly book: FakeWorkbook) {
    super(ctx, "names");
  }
  protected scalars() {
    return {};
  }
  override populate(paths: string[]): void {
    const itemPaths = paths.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
    this.loadedItems = [...this.book.state.names.keys()].map((name) => loadedName(this.book, name, itemPaths));
    this.ctx.respond([...this.book.state.names.entries()]);
  }
  get items(): ReturnType<typeof loadedName>[] {
    if (!this.loadedItems) throw new FakeExcelError("PropertyNotLoaded", "names.items read before load() and context.sync()");
    return this.loadedItems;
  }
  add(name: string, reference: string): { visible: boolean } {
    this.later({ call: "names.add", name, reference }, () => {
      if ([...this.book.state.names.keys()].some((n) => same(n, name))) throw new FakeExcelError("ItemAlreadyExists", `the name ${name} exists`);
      const m = /^='?((?:[^']|'')+?)'?!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(reference);
      if (!m) throw new FakeExcelError("InvalidArgument", `bad reference ${reference}`);
      const sheet = m[1]!.replace(/''/g, "'");
      if (!this.book.state.sheets.some((s) => same(s.name, sheet))) throw new FakeExcelError("InvalidArgument", `${reference}: no sheet ${sheet}`);
      this.book.state.names.set(name, reference);
    });
    const later = (json: Record<string, unknown>, run: () => void) => this.later(json, run);
    const state = this.book.state;
    return {
      set visible(v: boolean) {
        later({ call: "names.visible", name, v }, () => (v ? state.hiddenNames.delete(name) : state.hiddenNames.add(name)));
      },
      get visible(): boolean {
        throw new FakeExcelError("PropertyNotLoaded", `names.add(${name}).visible read before load()`);
      },
    };
  }
  getItemOrNullObject(name: string) {
    return {
      delete: () =>
        this.later({ call: "names.delete", name }, () => {
          for (const n of this.book.state.names.keys())
            if (same(n, name)) {
              this.book.state.names.delete(n);
              this.book.state.hiddenNames.delete(n);
            }
        }),
    };
  }
}
