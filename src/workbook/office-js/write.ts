import { a1Range } from "../../core/address";
import { markerSheet, ownerMarkerName, ownerMarkerReference, type OwnedRole } from "../../core/ownership";
import { sameSheetName } from "../../core/sheet-names";
import { OUR_TAG, type FormatSpec } from "../../core/specs/types";
import type { WritePlan } from "../port";
import type { ConditionalFormatCollectionApi, ExcelContext, WorksheetApi } from "./excel-api";
import type { Loaded, LoadedSheet } from "./read";
import { FEATURES, type Feature } from "./requirements";
import { excelMayConvert, queuePrint, queueSheet } from "./write-sheet";

export interface QueueOptions {
  supports: (feature: Feature) => boolean;
  /** Told of each thing an older Excel could not do, in words for the user. */
  skipped: (message: string) => void;
  /**
   * The formatted sheet's conditional formats, loaded in a request of their own just before
   * (see loadRules); null when Excel could not list them: then our old rules cannot be told
   * apart safely, and none are deleted or added.
   */
  rules?: ConditionalFormatCollectionApi | null;
}

/** What a write needs of each rule: its type, and a custom rule's formula (to find our tag). */
export const RULE_PATHS = "items/type,items/customOrNullObject/rule/formula";

/** True when a rules collection came back loaded (its request did not fail). */
export function rulesLoaded(rules: ConditionalFormatCollectionApi): boolean {
  try {
    return !rules.isNullObject && Array.isArray(rules.items);
  } catch {
    return false;
  }
}

/**
 * The formatted sheet's rules, loaded in a request of their own: a rule Excel cannot describe
 * (OfficeDev/office-js#6827, #6835, #6396) then costs the rating colours only, with a message,
 * not the whole write. Used when the rules did not come with the write's own load (a write
 * reusing a recent read, or after that load failed because of them).
 */
export async function loadRules(context: ExcelContext, sheet: LoadedSheet): Promise<ConditionalFormatCollectionApi | null> {
  const rules = sheet.worksheet.getRange().conditionalFormats;
  rules.load(RULE_PATHS);
  try {
    await context.sync();
    return rules;
  } catch {
    return null;
  }
}

/** Point the role's marker at the sheet, unless a marker already does (ownership.ts). */
function queueMarker(context: ExcelContext, loaded: Loaded, role: OwnedRole, sheet: string): void {
  const marker = ownerMarkerName(role);
  const existing = loaded.names.find((n) => sameSheetName(n.name, marker));
  if (existing && markerSheet(existing.formula) !== null && sameSheetName(markerSheet(existing.formula)!, sheet)) return;
  if (existing) context.workbook.names.getItemOrNullObject(existing.name).delete();
  context.workbook.names.add(marker, `=${ownerMarkerReference(sheet)}`).visible = false;
}

/** Our very hidden state sheet: created (empty) first when missing, filled last. */
function stateSheet(context: ExcelContext, loaded: Loaded, existing: LoadedSheet | undefined, name: string): WorksheetApi {
  const ws = existing ? existing.worksheet : context.workbook.worksheets.add(name);
  if (!existing) ws.visibility = "VeryHidden";
  // Also marks a settings sheet written before markers existed (adopted: ownership-proof.ts).
  queueMarker(context, loaded, "settings", name);
  return ws;
}

function queueStateContent(ws: WorksheetApi, existing: LoadedSheet | undefined, state: NonNullable<WritePlan["stateSheet"]>): void {
  if (existing) ws.getRange().clear("Contents");
  const width = Math.max(1, ...state.rows.map((r) => r.length));
  const range = ws.getRange(a1Range(1, 1, Math.max(1, state.rows.length), width));
  // Text format first, so Excel never turns a label such as "1-2" into a date.
  range.numberFormat = state.rows.map(() => Array<string>(width).fill("@"));
  range.values = state.rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
  // Hiding again what is already hidden would be refused under Review › Protect Workbook.
  if (existing && existing.visibility !== "veryHidden") ws.visibility = "VeryHidden";
}

/**
 * Our rules are found by the tag in their formula: the user's rules are never touched. They are
 * deleted from the last to the first: a loaded rule is addressed by its position when the delete
 * runs, so deleting forwards would shift the rest and delete the user's rules (audit F1).
 */
function queueFormat(context: ExcelContext, ws: WorksheetApi, rules: ConditionalFormatCollectionApi | null | undefined, spec: FormatSpec, loaded: Loaded, options: QueueOptions): void {
  if (!options.supports("conditionalFormats")) {
    if (spec.rules.length) options.skipped(FEATURES.conditionalFormats.missing);
  } else if (rules === null) {
    if (spec.rules.length) options.skipped("Excel could not list this sheet's conditional formatting, so the rating colours were left as they were (nothing was deleted or doubled). Try again; if this persists, check Home › Conditional Formatting › Manage Rules for a damaged rule.");
  } else {
    const ours = (rules?.items ?? []).filter((cf) => cf.type === "Custom" && !cf.customOrNullObject.isNullObject && String(cf.customOrNullObject.rule.formula).includes(OUR_TAG));
    for (const cf of ours.reverse()) cf.delete();
    for (const rule of spec.rules) {
      const cf = ws.getRange(rule.range).conditionalFormats.add("Custom");
      cf.custom.rule.formula = `=${rule.formula}`;
      if (rule.style.fill) cf.custom.format.fill.color = rule.style.fill;
      if (rule.style.font) cf.custom.format.font.color = rule.style.font;
      if (rule.style.bold !== undefined) cf.custom.format.font.bold = rule.style.bold;
    }
  }
  for (const list of spec.lists) {
    if (loaded.names.some((n) => sameSheetName(n.name, list.name))) context.workbook.names.getItemOrNullObject(list.name).delete();
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
 * checkWritePlan against `loaded`, so nothing here decides; it only translates. Order: a
 * missing state sheet is created empty (the rating list's name needs it), then our sheets
 * (updated in place: same sheet, same position, so references to them survive), formatting
 * (which may be of a new sheet), edits, and the settings last: a batch that stops part-way
 * never leaves settings naming a sheet that was not made.
 */
export function queueWrite(context: ExcelContext, loaded: Loaded, plan: WritePlan, options: QueueOptions): void {
  const find = (name: string) => loaded.sheets.find((s) => sameSheetName(s.name, name));
  const created = new Map<string, WorksheetApi>();
  const stateExisting = plan.stateSheet ? find(plan.stateSheet.name) : undefined;
  const stateWs = plan.stateSheet ? stateSheet(context, loaded, stateExisting, plan.stateSheet.name) : undefined;
  for (const spec of plan.sheets ?? []) {
    const old = find(spec.name);
    let ws: WorksheetApi;
    if (old) {
      // Ours (checked): emptied and rewritten where it stands, not deleted and re-added.
      ws = old.worksheet;
      ws.getRange().clear("All");
    } else {
      ws = context.workbook.worksheets.add(spec.name);
      created.set(spec.name.toLowerCase(), ws);
    }
    const role = spec.role ?? "summary";
    if (role !== "user") queueMarker(context, loaded, role, spec.name);
    queueSheet(ws, spec);
    if (options.supports("pageLayout")) queuePrint(ws.pageLayout, spec.print);
    else options.skipped(FEATURES.pageLayout.missing);
  }
  if (plan.format) {
    const made = created.get(plan.format.sheet.toLowerCase());
    const existing = find(plan.format.sheet);
    if (made) queueFormat(context, made, undefined, plan.format, loaded, options);
    else queueFormat(context, existing!.worksheet, options.rules, plan.format, loaded, options);
  }
  for (const edit of plan.edits ?? []) {
    const range = find(edit.sheet)!.worksheet.getRange(edit.cell);
    // A label Excel would read as a number, date or formula is written as text.
    if (excelMayConvert(edit.after)) range.numberFormat = [["@"]];
    range.values = [[edit.after]];
  }
  if (plan.stateSheet && stateWs) queueStateContent(stateWs, stateExisting, plan.stateSheet);
  if (plan.activate) (created.get(plan.activate.toLowerCase()) ?? find(plan.activate)?.worksheet ?? context.workbook.worksheets.getItem(plan.activate)).activate();
}
