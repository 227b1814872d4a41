/**
 * The part of the Excel JavaScript API this adapter uses, as plain interfaces: the adapter
 * takes a context shaped like this, so tests pass a strict fake and Excel passes its own
 * `Excel.RequestContext` (test/workbook/office-js/api-shape.test.ts checks it still fits).
 * Enum values are written as their strings ("Custom", "VeryHidden"): the `Excel` global does
 * not exist outside Office.
 */
export interface Loadable {
  load(propertyNames?: string | string[]): unknown;
  readonly isNullObject: boolean;
}

export interface ExcelContext {
  readonly workbook: WorkbookApi;
  sync(): Promise<unknown>;
}

export interface WorkbookApi {
  readonly worksheets: WorksheetCollectionApi;
  readonly names: NamedItemCollectionApi;
  /** ExcelApi 1.7. Review › Protect Workbook (structure). */
  readonly protection: Loadable & { readonly protected: boolean };
}

export interface WorksheetCollectionApi extends Loadable {
  readonly items: WorksheetApi[];
  getItem(key: string): WorksheetApi;
  getItemOrNullObject(key: string): WorksheetApi;
  /** ExcelApi 1.5. Tab order; hidden and very hidden sheets too unless `visibleOnly`. */
  getFirst(visibleOnly?: boolean): WorksheetApi;
  add(name?: string): WorksheetApi;
}

export interface WorksheetApi extends Loadable {
  name: string;
  /** "Visible" | "Hidden" | "VeryHidden" */
  visibility: string;
  readonly protection: { readonly protected: boolean };
  readonly freezePanes: { freezeRows(count?: number): void };
  /** ExcelApi 1.9. */
  readonly pageLayout: PageLayoutApi;
  readonly charts: ChartCollectionApi;
  getRange(address?: string): RangeApi;
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeApi;
  /** ExcelApi 1.5. Fails the request when this is the last sheet. */
  getNext(visibleOnly?: boolean): WorksheetApi;
  /** ExcelApi 1.5. A null object after the last sheet (and after a null object). */
  getNextOrNullObject(visibleOnly?: boolean): WorksheetApi;
  delete(): void;
  activate(): void;
}

export interface PageLayoutApi {
  orientation: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  setPrintTitleRows(printTitleRows: string): void;
  readonly headersFooters: { readonly defaultForAllPages: { leftFooter: string; centerFooter: string; rightFooter: string } };
}

export interface RangeApi extends Loadable {
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  values: unknown[][];
  numberFormat: unknown[][];
  /** A formula cell's formula ("=SUM(A1)"); any other cell's constant. */
  readonly formulas: unknown[][];
  readonly format: RangeFormatApi;
  readonly conditionalFormats: ConditionalFormatCollectionApi;
  readonly dataValidation: DataValidationApi;
  getIntersectionOrNullObject(anotherRange: string): RangeApi;
  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): RangeAreasApi;
  /** ExcelApi 1.9. "Formulas": the cells holding formulas, or a null object when there are none. */
  getSpecialCellsOrNullObject(cellType: "Formulas"): RangeAreasApi;
  merge(across?: boolean): void;
  clear(applyTo?: string): void;
  select(): void;
}

export interface RangeAreasApi extends Loadable {
  readonly address: string;
  /** ExcelApi 1.9. One range per area: no address string to split. */
  readonly areas: Loadable & { readonly items: { readonly address: string }[] };
}

export interface BorderApi {
  style: string;
}

export interface RangeFormatApi {
  readonly fill: { color: string };
  readonly font: { color: string; bold: boolean; italic: boolean; size: number };
  wrapText: boolean;
  horizontalAlignment: string;
  columnWidth: number;
  readonly borders: { getItem(index: string): BorderApi };
}

export interface ConditionalFormatCollectionApi extends Loadable {
  readonly items: ConditionalFormatApi[];
  add(type: string): ConditionalFormatApi;
}

export interface ConditionalFormatApi {
  readonly type: string;
  readonly custom: CustomConditionalFormatApi;
  readonly customOrNullObject: CustomConditionalFormatApi;
  delete(): void;
}

export interface CustomConditionalFormatApi {
  readonly isNullObject: boolean;
  readonly rule: { formula: string };
  readonly format: { readonly fill: { color: string }; readonly font: { color: string; bold: boolean } };
}

export interface DataValidationApi {
  clear(): void;
  rule: { list?: { inCellDropDown: boolean; source: unknown } };
  errorAlert: { message: string; showAlert: boolean; style: string; title: string };
  prompt: { message: string; showPrompt: boolean; title: string };
}

export interface NamedItemApi {
  readonly name: string;
  /** ExcelApi 1.7. "=Summary!$A$1"; Excel keeps it right when the sheet is renamed, #REF! once it is deleted. */
  formula: unknown;
  visible: boolean;
  delete(): void;
}

export interface NamedItemCollectionApi extends Loadable {
  readonly items: NamedItemApi[];
  add(name: string, reference: string, comment?: string): { visible: boolean };
  getItemOrNullObject(name: string): { delete(): void };
}

export interface ChartCollectionApi {
  add(type: string, sourceData: RangeApi, seriesBy?: string): ChartApi;
  getItemOrNullObject(name: string): Loadable & { delete(): void };
}

export interface ChartApi {
  name: string;
  readonly title: { text: string };
  readonly legend: { position: string };
  readonly series: ChartSeriesCollectionApi;
  setPosition(startCell: string, endCell?: string): void;
}

export interface ChartSeriesCollectionApi {
  /** ExcelApi 1.7. */
  add(name?: string, index?: number): ChartSeriesApi;
  getItemAt(index: number): ChartSeriesApi;
}

export interface ChartSeriesApi {
  name: string;
  delete(): void;
  /** ExcelApi 1.7. */
  setValues(sourceData: RangeApi): void;
  setXAxisValues(sourceData: RangeApi): void;
  readonly format: { readonly fill: { setSolidColor(color: string): void } };
}

/** `Office.context.requirements.isSetSupported`, injected so tests can play an older Excel. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;
