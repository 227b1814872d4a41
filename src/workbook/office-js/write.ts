import { a1Range } from "../../core/address";
import { OUR_TAG, type FormatSpec } from "../../core/specs/types";
import type { WritePlan } from "../port";
import type { ConditionalFormatCollectionApi, ExcelContext, WorksheetApi } from "./excel-api";
import type { Loaded, LoadedSheet } from "./read";
import { FEATURES, type Feature } from "./requirements";
import { queuePrint, queueSheet } from "./write-sheet";
import { sameSheetName } from "../../core/sheet-names";


export interface QueueOptions {
  supports: (feature: Feature) => boolean;
  /** Told of each thing an older Excel could not do, in words for the user. */
  skipped: (message: string) => void;
}

function queueStateSheet(context: ExcelContext, existing: LoadedSheet | undefined, state: NonNullable<WritePlan["stateSheet"]>): void {
  const ws = existing ? existing.worksheet : context.workbook.worksheets.add(state.name);
  if (existing) ws.getRange().clear("Contents");
  const width = Math.max(1, ...state.rows.map((r) => r.length));
  const range = ws.getRange(a1Range(1, 1, Math.max(1, state.rows.length), width));
  // Text format first, so Excel never turns a label such as "1-2" into a date.
  range.numberFormat = state.rows.map(() => Array<string>(width).fill("@"));
  range.values = state.rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
  ws.visibility = "VeryHidden";
}

/**
 * Our rules are found by the tag in their formula: the user's rules are never touched. `rules`
 * are the sheet's rules as read; a sheet created in this write has none.
 */
function queueFormat(context: ExcelContext, ws: WorksheetApi, rules: ConditionalFormatCollectionApi | undefined, spec: FormatSpec, loaded: Loaded, options: QueueOptions): void {
  if (options.supports("conditionalFormats")) {
    for (const cf of rules?.items ?? []) if (!cf.customOrNullObject.isNullObject && cf.customOrNullObject.rule.formula.includes(OUR_TAG)) cf.delete();
    for (const rule of spec.rules) {
      const cf = ws.getRange(rule.range).conditionalFormats.add("Custom");
      cf.custom.rule.formula = `=${rule.formula}`;
      if (rule.style.fill) cf.custom.format.fill.color = rule.style.fill;
      if (rule.style.font) cf.custom.format.font.color = rule.style.font;
      if (rule.style.bold !== undefined) cf.custom.format.font.bold = rule.style.bold;
    }
  } else if (spec.rules.length) options.skipped(FEATURES.conditionalFormats.missing);
  for (const list of spec.lists) {
    if (loaded.names.some((n) => sameSheetName(n, list.name))) context.workbook.names.getItemOrNullObject(list.name).delete();
    context.workbook.names.add(list.name, `='${list.sheet.replace(/'/g, "''")}'!${list.range}`);
  }
  if (!options.supports("dataValidation")) {
    if (spec.validations.length) options.skipped(FEATURES.dataValidation.missing);
    return;
  }
  for (const v of spec.validations) {
    const dv = ws.getRange(v.range).dataValidation;
    dv.clear();
    dv.rule = { list: { inCellDropDown: true, source: `=${v.listName}` } };
    dv.errorAlert = { showAlert: true, style: v.errorStyle === "stop" ? "Stop" : "Warning", title: "WSOA Tracker", message: "Choose a rating from the list." };
    dv.prompt = { showPrompt: true, title: "WSOA Tracker", message: v.prompt.slice(0, 255) };
  }
}

/**
 * Queue a whole write plan as one batch (the caller syncs once). The plan has already passed
 * checkWritePlan against `loaded`, so nothing here decides; it only translates. Order: state
 * sheet (the rating list's home), new sheets, then formatting (which may be of a new sheet),
 * then edits.
 */
export function queueWrite(context: ExcelContext, loaded: Loaded, plan: WritePlan, options: QueueOptions): void {
  const find = (name: string) => loaded.sheets.find((s) => sameSheetName(s.name, name));
  const created = new Map<string, WorksheetApi>();
  if (plan.stateSheet) queueStateSheet(context, find(plan.stateSheet.name), plan.stateSheet);
  for (const spec of plan.sheets ?? []) {
    // Ours (checked): replaced whole, so nothing of the old summary (or its chart) lingers.
    find(spec.name)?.worksheet.delete();
    const ws = context.workbook.worksheets.add(spec.name);
    created.set(spec.name.toLowerCase(), ws);
    queueSheet(ws, spec);
    if (options.supports("pageLayout")) queuePrint(ws.pageLayout, spec.print);
    else options.skipped(FEATURES.pageLayout.missing);
  }
  if (plan.format) {
    const made = created.get(plan.format.sheet.toLowerCase());
    const existing = find(plan.format.sheet);
    if (made) queueFormat(context, made, undefined, plan.format, loaded, options);
    else queueFormat(context, existing!.worksheet, existing!.conditionalFormats, plan.format, loaded, options);
  }
  for (const edit of plan.edits ?? []) find(edit.sheet)!.worksheet.getRange(edit.cell).values = [[edit.after]];
  if (plan.activate) (created.get(plan.activate.toLowerCase()) ?? find(plan.activate)?.worksheet ?? context.workbook.worksheets.getItem(plan.activate)).activate();
}

