import { a1, a1Range, parseA1Range } from "../../core/address";
import { OUR_TAG, type ConditionalRule, type FormatSpec, type ListValidation } from "../../core/specs/types";
import type { StylePatch } from "./styles-patch";
import { attributes, binary, childrenNamed, childrenOf, escapeXml, insertionPoint, prefixOf, readText, rootElement, splice, textOf, type Element, type Splice } from "./xml-splice";

/** Children of <worksheet> in schema order (CT_Worksheet): Excel refuses a sheet whose order is wrong. */
export const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges",
  "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting",
  "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
  "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF",
  "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
] as const;

const squash = (s: string) => s.replace(/\s+/g, "").toUpperCase();
const TAG = squash(OUR_TAG);

type Box = ReturnType<typeof parseA1Range>;

function box(ref: string): Box | null {
  try {
    return parseA1Range(ref);
  } catch {
    return null;
  }
}

const overlaps = (a: Box, b: Box) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** `a` minus `cut`, as up to four rectangles. */
function subtract(a: Box, cut: Box): Box[] {
  if (!overlaps(a, cut)) return [a];
  const out: Box[] = [];
  if (a.top < cut.top) out.push({ ...a, bottom: cut.top - 1 });
  if (a.bottom > cut.bottom) out.push({ ...a, top: cut.bottom + 1 });
  const top = Math.max(a.top, cut.top);
  const bottom = Math.min(a.bottom, cut.bottom);
  if (a.left < cut.left) out.push({ top, bottom, left: a.left, right: cut.left - 1 });
  if (a.right > cut.right) out.push({ top, bottom, left: cut.right + 1, right: a.right });
  return out;
}

const refOf = (b: Box) => (b.top === b.bottom && b.left === b.right ? a1(b.top, b.left) : a1Range(b.top, b.left, b.bottom, b.right));

/** A rule is ours when one of its formulas carries our tag (Excel gives rules no name). */
function isOurRule(xml: string, rule: Element): boolean {
  return childrenNamed(xml, rule, "formula").some((f) => squash(textOf(xml, f)).includes(TAG));
}

/** Our rules out of one <conditionalFormatting> block: the block as it should be now ("" when nothing is left). */
function withoutOurRules(xml: string, block: Element): string | null {
  const rules = childrenNamed(xml, block, "cfRule");
  const ours = rules.filter((r) => isOurRule(xml, r));
  if (!ours.length) return null;
  if (ours.length === rules.length) return "";
  return splice(xml.slice(block.start, block.end), ours.map((r) => ({ start: r.start - block.start, end: r.end - block.start, text: "" })));
}

/** One of ours: a list whose source is one of our named lists. */
function isOurValidation(xml: string, v: Element, lists: Set<string>): boolean {
  if (attributes(xml, v).get("type")?.raw !== "list") return false;
  const f = childrenNamed(xml, v, "formula1")[0];
  return Boolean(f && lists.has(squash(textOf(xml, f)).replace(/^=/, "")));
}

/** The highest rule priority on the sheet, Excel 2010 rules in extLst included (they share one order). */
function maxPriority(xml: string): number {
  let max = 0;
  for (const m of xml.matchAll(/\bpriority\s*=\s*["'](\d+)["']/g)) max = Math.max(max, Number(m[1]));
  return max;
}

function validationXml(p: string, v: ListValidation): string {
  const error = v.errorStyle === "stop" ? "Pick a rating from the list." : "This is not one of the plan's ratings: keep it anyway?";
  return (
    `<${p}dataValidation type="list" errorStyle="${v.errorStyle === "stop" ? "stop" : "warning"}" allowBlank="1" showInputMessage="1" showErrorMessage="1"` +
    ` errorTitle="Not a rating" error="${escapeXml(error)}" promptTitle="Rating" prompt="${escapeXml(v.prompt.slice(0, 255))}" sqref="${v.range}">` +
    `<${p}formula1>${escapeXml(v.listName)}</${p}formula1></${p}dataValidation>`
  );
}

function rulesXml(p: string, rules: ConditionalRule[], styles: StylePatch, priority: number): string {
  const byRange = new Map<string, string[]>();
  for (const r of rules) {
    const list = byRange.get(r.range) ?? [];
    list.push(`<${p}cfRule type="expression" dxfId="${styles.dxf(r.style)}" priority="${++priority}"><${p}formula>${escapeXml(r.formula)}</${p}formula></${p}cfRule>`);
    byRange.set(r.range, list);
  }
  return [...byRange].map(([range, list]) => `<${p}conditionalFormatting sqref="${range}">${list.join("")}</${p}conditionalFormatting>`).join("");
}

/**
 * Put a FormatSpec's rules and dropdowns on a worksheet part (binary XML), touching nothing
 * else: rules carrying our tag are replaced, the user's rules stay as written (and Excel 2010
 * rules and validations in extLst are not looked at); our earlier validations go, the user's
 * lose only the cells our dropdowns now cover (their ranges are added to `replaced`). New
 * elements go where the schema puts them.
 */
export function formatSheet(xml: string, spec: FormatSpec, styles: StylePatch, replaced: string[] = []): string {
  const root = rootElement(xml);
  const p = prefixOf(root);
  const children = childrenOf(xml, root);
  const edits: Splice[] = [];
  // Removing our rules first means their priorities can be reused: a second apply writes the same numbers.
  let priority = 0;
  for (const block of children.filter((c) => c.local === "conditionalFormatting")) {
    const now = withoutOurRules(xml, block);
    if (now !== null) edits.push({ start: block.start, end: block.end, text: now });
    const kept = now === null ? xml.slice(block.start, block.end) : now;
    priority = Math.max(priority, maxPriority(kept));
  }
  const ext = children.find((c) => c.local === "extLst");
  if (ext) priority = Math.max(priority, maxPriority(xml.slice(ext.start, ext.end)));
  if (spec.rules.length) {
    const at = insertionPoint(children, WORKSHEET_ORDER, "conditionalFormatting", root);
    edits.push({ start: at, end: at, text: binary(rulesXml(p, spec.rules, styles, priority)) });
  }
  const dv = children.find((c) => c.local === "dataValidations");
  const lists = new Set(spec.validations.map((v) => squash(v.listName)));
  const ours = spec.validations.map((v) => parseA1Range(v.range));
  const kept: string[] = [];
  if (dv) {
    for (const v of childrenNamed(xml, dv, "dataValidation")) {
      if (isOurValidation(xml, v, lists)) continue;
      const sq = attributes(xml, v).get("sqref");
      const refs = sq ? readText(sq.raw).split(/\s+/).filter(Boolean) : [];
      const boxes = refs.map(box);
      if (!sq || boxes.some((b) => !b) || !boxes.some((b) => ours.some((o) => overlaps(b!, o)))) {
        kept.push(xml.slice(v.start, v.end));
        continue;
      }
      let left = boxes as Box[];
      for (const o of ours) left = left.flatMap((b) => subtract(b, o));
      // The user's dropdown gives way where ours goes (a cell holds one validation): say where.
      replaced.push(...refs.filter((r) => ours.some((o) => overlaps(box(r)!, o))));
      if (!left.length) continue;
      kept.push(splice(xml.slice(v.start, v.end), [{ start: sq.start - v.start, end: sq.end - v.start, text: left.map(refOf).join(" ") }]));
    }
  }
  const all = [...kept, ...spec.validations.map((v) => binary(validationXml(p, v)))];
  if (dv) {
    const attrs = [...attributes(xml, dv)].filter(([n]) => n !== "count").map(([n, a]) => ` ${n}="${a.raw}"`).join("");
    edits.push({ start: dv.start, end: dv.end, text: all.length ? `<${dv.qname}${attrs} count="${all.length}">${all.join("")}</${dv.qname}>` : "" });
  } else if (all.length) {
    const at = insertionPoint(children, WORKSHEET_ORDER, "dataValidations", root);
    edits.push({ start: at, end: at, text: `<${p}dataValidations count="${all.length}">${all.join("")}</${p}dataValidations>` });
  }
  return splice(xml, edits);
}

/**
 * Ranges of the user's Excel 2010 validations (`x14:dataValidation` in extLst) that overlap
 * `ranges`. Those belong to the user and stay untouched, so a cell cannot take our dropdown as
 * well: a write that would need it is refused (two validations on one cell is a file Excel repairs).
 */
export function x14ValidationOverlaps(xml: string, ranges: string[]): string[] {
  const root = rootElement(xml);
  const ext = childrenOf(xml, root).find((c) => c.local === "extLst");
  if (!ext) return [];
  const ours = ranges.map(box).filter((b): b is Box => b !== null);
  const out: string[] = [];
  for (const m of xml.slice(ext.start, ext.end).matchAll(/<(?:\w+:)?dataValidation\b[\s\S]*?<(\w+:)?sqref>([^<]*)<\/\1?sqref>/g))
    for (const ref of readText(m[2] ?? "").split(/\s+/).filter(Boolean)) {
      const b = box(ref);
      if (b && ours.some((o) => overlaps(b, o))) out.push(ref);
    }
  return out;
}
