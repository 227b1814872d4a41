import type { ChartApi, ChartCollectionApi, ChartSeriesApi, ChartSeriesCollectionApi, RangeApi } from "../../../src/workbook/office-js/excel-api";
import { FakeObject, type FakeContext } from "./context";
import type { FakeRange } from "./range";
import { FakeExcelError, key, rectAddress, type FakeChart, type FakeSheet, type Rect } from "./state";

type At = { sheet: FakeSheet; rect: Rect };
const cellValue = (at: At, row: number, col: number) => at.sheet.cells.get(key(row, col))?.value ?? "";
const columnAddress = (at: At, col: number, from: number) => rectAddress({ top: from, bottom: at.rect.bottom, left: col, right: col });

/**
 * The series Excel makes for `charts.add(type, source, "Columns")` by itself: the first row
 * names the series when it is text; the first column gives the categories only when every
 * cell below its heading is text, otherwise it is plotted as one more series (so numeric
 * workstream names such as 4.1 become bars). Excel documents no rule for this guess
 * (ChartCollection.add: "seriesBy … Auto"): the stricter reading, which the audit's F13 names.
 */
function guessSeries(at: At): FakeChart["series"] {
  const { top, left, right, bottom } = at.rect;
  const namesInFirstRow = Array.from({ length: right - left + 1 }, (_, i) => cellValue(at, top, left + i)).every((v) => typeof v === "string");
  const first = namesInFirstRow ? top + 1 : top;
  const categoriesInFirstColumn = Array.from({ length: bottom - first + 1 }, (_, i) => cellValue(at, first + i, left)).every((v) => typeof v === "string" && v !== "");
  const series: FakeChart["series"] = [];
  for (let col = categoriesInFirstColumn ? left + 1 : left; col <= right; col++)
    series.push({ name: namesInFirstRow ? String(cellValue(at, top, col)) : `Series${series.length + 1}`, values: columnAddress(at, col, first), ...(categoriesInFirstColumn ? { categories: columnAddress(at, left, first) } : {}) });
  return series;
}

class FakeSeries extends FakeObject implements ChartSeriesApi {
  constructor(ctx: FakeContext, path: string, private readonly find: () => FakeChart["series"][number]) {
    super(ctx, path);
  }
  protected scalars() {
    return { name: () => this.find().name };
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.later({ set: "name", value: v }, () => (this.find().name = v));
  }
  delete(): void {
    throw new FakeExcelError("NotImplemented", "series.delete is not part of the fake");
  }
  setValues(source: RangeApi): void {
    const range = source as FakeRange;
    this.later({ call: "setValues" }, () => (this.find().values = range.addressNow()));
  }
  setXAxisValues(source: RangeApi): void {
    const range = source as FakeRange;
    this.later({ call: "setXAxisValues" }, () => (this.find().categories = range.addressNow()));
  }
  get format() {
    return { fill: { setSolidColor: (color: string) => this.later({ call: "setSolidColor", color }, () => (this.find().fill = color)) } };
  }
}

class FakeSeriesCollection implements ChartSeriesCollectionApi {
  constructor(private readonly ctx: FakeContext, private readonly path: string, private readonly chart: () => FakeChart) {}
  /** ChartSeriesCollection.add (ExcelApi 1.7): a new, empty series at the end (or at `index`). */
  add(name?: string, index?: number): FakeSeries {
    let made: FakeChart["series"][number] | undefined;
    this.ctx.enqueue({ on: this.path, call: "add", name }, () => {
      const list = this.chart().series;
      made = { name: name ?? `Series${list.length + 1}` };
      list.splice(index ?? list.length, 0, made);
    });
    return new FakeSeries(this.ctx, `${this.path}.add()`, () => made!);
  }
  /** "Retrieves a series based on its position in the collection": ItemNotFound past the end. */
  getItemAt(index: number): FakeSeries {
    return new FakeSeries(this.ctx, `${this.path}.getItemAt(${index})`, () => {
      const s = this.chart().series[index];
      if (!s) throw new FakeExcelError("ItemNotFound", `the chart has ${this.chart().series.length} series, not ${index + 1}`);
      return s;
    });
  }
}

class FakeChartProxy implements ChartApi {
  readonly series: FakeSeriesCollection;
  constructor(private readonly ctx: FakeContext, private readonly path: string, private readonly chart: () => FakeChart) {
    this.series = new FakeSeriesCollection(ctx, `${path}.series`, chart);
  }
  private set(name: string, f: (c: FakeChart) => void) {
    this.ctx.enqueue({ on: this.path, set: name }, () => f(this.chart()));
  }
  set name(v: string) {
    this.set("name", (c) => (c.name = v));
  }
  get name(): string {
    throw new FakeExcelError("PropertyNotLoaded", "chart.name is not loadable in the fake");
  }
  get title() {
    const set = (v: string) => this.set("title", (c) => (c.title = v));
    return { set text(v: string) { set(v); } } as { text: string };
  }
  get legend() {
    const set = (v: string) => this.set("legend", () => void v);
    return { set position(v: string) { set(v); } } as { position: string };
  }
  setPosition(start: string, end?: string): void {
    this.set("position", () => void [start, end]);
  }
}

class FakeChartOrNull extends FakeObject {
  constructor(ctx: FakeContext, path: string, private readonly find: () => FakeChart | null, private readonly remove: (c: FakeChart) => void) {
    super(ctx, path);
    this.resolveNullAtSync();
  }
  protected override exists() {
    return this.find() !== null;
  }
  protected scalars() {
    return { name: () => this.find()?.name };
  }
  delete(): void {
    this.later({ call: "delete" }, () => {
      const c = this.find();
      if (c) this.remove(c);
    });
  }
}

/** Some of Excel.ChartType's values (the bar, column and line families): another name is InvalidArgument, as in Excel. */
const CHART_TYPES = new Set(["ColumnClustered", "ColumnStacked", "ColumnStacked100", "BarClustered", "BarStacked", "BarStacked100", "Line", "LineStacked", "LineMarkers", "Pie", "Area", "AreaStacked"]);

/** A sheet's charts: add (series guessed as Excel does, see guessSeries), find by name, delete. */
export class FakeCharts implements ChartCollectionApi {
  constructor(private readonly ctx: FakeContext, private readonly path: string, private readonly sheet: () => FakeSheet, private readonly nextId: () => number) {}
  add(type: string, source: RangeApi, seriesBy = "Auto"): FakeChartProxy {
    let made: FakeChart | undefined;
    const range = source as FakeRange;
    this.ctx.enqueue({ on: this.path, call: "add", type, seriesBy }, () => {
      if (!CHART_TYPES.has(type)) throw new FakeExcelError("InvalidArgument", `"${type}" is not a chart type`);
      const at = range.locateNow();
      made = { id: this.nextId(), name: `Chart ${this.sheet().charts.length + 1}`, type, series: seriesBy === "Rows" ? [] : guessSeries(at) };
      this.sheet().charts.push(made);
    });
    return new FakeChartProxy(this.ctx, `${this.path}.add()`, () => made!);
  }
  getItemOrNullObject(name: string): FakeChartOrNull {
    const find = () => this.sheet().charts.find((c) => c.name.toLowerCase() === name.toLowerCase()) ?? null;
    return new FakeChartOrNull(this.ctx, `${this.path}[${name}]`, find, (c) => this.sheet().charts.splice(this.sheet().charts.indexOf(c), 1));
  }
}
