import type ExcelJS from "exceljs";
import { parseA1, parseA1Range, a1 } from "../../core/address";
import { OUR_TAG, type ConditionalRule, type FormatSpec, type ListValidation, type NamedList } from "../../core/specs/types";
import { internals, type CfModel, type CfRuleModel, type ValidationModel } from "./internals";
import { ruleStyle } from "./style";

const squash = (s: string) => s.replace(/\s+/g, "").toUpperCase();
const TAG = squash(OUR_TAG);

/** Ours: a rule whose formula carries our tag (Excel gives rules no name, so the formula is the mark). */
export function isOurRule(rule: CfRuleModel): boolean {
  return (rule.formulae ?? []).some((f) => typeof f === "string" && squash(f).includes(TAG));
}

/** Remove our rules from a sheet and nothing else; a range left with no rules goes too. */
export function removeOurRules(ws: ExcelJS.Worksheet): number {
  const sheet = internals(ws);
  let removed = 0;
  const kept: CfModel[] = [];
  for (const cf of sheet.conditionalFormattings ?? []) {
    const rules = cf.rules.filter((r) => !isOurRule(r));
    removed += cf.rules.length - rules.length;
    if (rules.length) kept.push(rules.length === cf.rules.length ? cf : { ...cf, rules });
  }
  sheet.conditionalFormattings = kept;
  return removed;
}

/**
 * Add the spec's rules as `expression` rules (never containsText: LibreOffice misreads
 * ExcelJS's form), one block per range, after the user's rules in priority.
 */
export function addRules(ws: ExcelJS.Worksheet, rules: ConditionalRule[]): void {
  const sheet = internals(ws);
  let priority = Math.max(0, ...sheet.conditionalFormattings.flatMap((cf) => cf.rules.map((r) => r.priority ?? 0)));
  const byRange = new Map<string, CfRuleModel[]>();
  for (const rule of rules) {
    const list = byRange.get(rule.range) ?? [];
    list.push({ type: "expression", formulae: [rule.formula], priority: ++priority, style: ruleStyle(rule.style) });
    byRange.set(rule.range, list);
  }
  for (const [ref, list] of byRange) sheet.conditionalFormattings.push({ ref, rules: list });
}

type Box = ReturnType<typeof parseA1Range>;
const inside = (row: number, col: number, b: Box) => row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;
const overlaps = (a: Box, b: Box) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** Parse an ExcelJS validation key: one cell ("H5") or a range we stored whole ("H5:H140"). */
function keyBox(key: string): Box | null {
  try {
    return key.includes(":") ? parseA1Range(key) : ((p) => ({ top: p.row, left: p.col, bottom: p.row, right: p.col }))(parseA1(key));
  } catch {
    return null;
  }
}

/**
 * Replace the validations on our ranges, and only there. ExcelJS keeps validations per cell
 * (it expands ranges when reading); we store ours as one bounded range key, which it writes
 * back as one `sqref`.
 */
export function replaceValidations(ws: ExcelJS.Worksheet, validations: ListValidation[]): void {
  const model = internals(ws).dataValidations.model;
  const boxes = validations.map((v) => parseA1Range(v.range));
  const lists = new Set(validations.map((v) => squash(v.listName)));
  for (const key of Object.keys(model)) {
    const existing = model[key];
    // Ours from an earlier apply, wherever it was (the column may have moved).
    if (existing?.type === "list" && lists.has(squash(String(existing.formulae?.[0] ?? "")).replace(/^=/, ""))) {
      delete model[key];
      continue;
    }
    const box = keyBox(key);
    if (!box || !boxes.some((b) => overlaps(box, b))) continue;
    delete model[key]; // not remove(): ExcelJS's remove() leaves an undefined entry that it then writes as a broken <dataValidation>
    if (existing && (box.top !== box.bottom || box.left !== box.right))
      for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) if (!boxes.some((b) => inside(r, c, b))) model[a1(r, c)] = existing;
  }
  for (const v of validations) model[v.range] = listValidation(v);
}

function listValidation(v: ListValidation): ValidationModel {
  return {
    type: "list",
    allowBlank: true,
    formulae: [v.listName], // a formula in the file has no leading "="
    showInputMessage: true,
    promptTitle: "Rating",
    prompt: v.prompt.slice(0, 255), // Excel's limit
    showErrorMessage: true,
    errorStyle: v.errorStyle,
    errorTitle: "Not a rating",
    error: v.errorStyle === "stop" ? "Pick a rating from the list." : "This is not one of the plan's ratings: keep it anyway?",
  };
}

/** Point a workbook name at a range on our state sheet, replacing whatever it pointed at before. */
export function setNamedList(workbook: ExcelJS.Workbook, list: NamedList): void {
  const names = workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] };
  names.model = names.model.filter((n) => n.name !== list.name);
  workbook.definedNames.add(`'${list.sheet.replace(/'/g, "''")}'!${list.range}`, list.name);
}

/** Execute a FormatSpec on its (already checked) sheet. */
export function writeFormat(workbook: ExcelJS.Workbook, spec: FormatSpec): void {
  const ws = workbook.getWorksheet(spec.sheet)!;
  removeOurRules(ws);
  addRules(ws, spec.rules);
  replaceValidations(ws, spec.validations);
  for (const list of spec.lists) setNamedList(workbook, list);
}
