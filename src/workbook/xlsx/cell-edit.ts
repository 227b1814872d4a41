import { columnNumber, parseA1 } from "../../core/address";
import type { CellValue } from "../../core/grid";
import { attributes, binary, childrenOf, childrenNamed, escapeText, eachChild, rootElement, textOf, type Element, type Splice } from "./xml-splice";

/** A cell found in a sheet part. */
export interface FoundCell {
  el: Element;
  /** The cell's text or number as Excel shows it before formatting; null when empty. */
  value: CellValue;
  formula: boolean;
}

const refRow = (ref: string) => Number(/\d+$/.exec(ref)?.[0]);
const refCol = (ref: string) => columnNumber(/^[A-Z]+/i.exec(ref)?.[0] ?? "A");

/** The text of a shared string or inline string item (`<si>`/`<is>`): its runs, without phonetic guides. */
export function itemText(xml: string, item: Element): string {
  return childrenOf(xml, item)
    .filter((c) => c.local === "t" || c.local === "r")
    .map((c) => (c.local === "t" ? textOf(xml, c) : childrenNamed(xml, c, "t").map((t) => textOf(xml, t)).join("")))
    .join("");
}

/** Shared strings by index, read lazily from sharedStrings.xml (binary). */
export function sharedStrings(xml: string | null): (i: number) => string {
  let items: Element[] | null = null;
  return (i) => {
    if (!xml) return "";
    items ??= childrenNamed(xml, rootElement(xml), "si");
    const item = items[i];
    return item ? itemText(xml, item) : "";
  };
}

/**
 * Find one cell in a worksheet part. Rows and cells are walked in order; a row or cell written
 * without its `r` (allowed, and done by some generators) takes the number after the previous one.
 */
export function findCell(xml: string, address: string, shared: (i: number) => string): FoundCell | null {
  const { row: wantRow, col: wantCol } = parseA1(address);
  const root = rootElement(xml);
  const sheetData = childrenOf(xml, root).find((c) => c.local === "sheetData");
  if (!sheetData) return null;
  let rowNumber = 0;
  for (const row of eachChild(xml, sheetData)) {
    if (row.local !== "row") continue;
    const r = attributes(xml, row).get("r");
    rowNumber = r ? Number(r.raw) : rowNumber + 1;
    if (rowNumber < wantRow) continue;
    if (rowNumber > wantRow) return null;
    let col = 0;
    for (const c of childrenOf(xml, row)) {
      if (c.local !== "c") continue;
      const ref = attributes(xml, c).get("r");
      col = ref ? refCol(ref.raw) : col + 1;
      if (ref && refRow(ref.raw) !== wantRow) continue;
      if (col === wantCol) return { el: c, ...valueOf(xml, c, shared) };
    }
    return null;
  }
  return null;
}

function valueOf(xml: string, c: Element, shared: (i: number) => string): { value: CellValue; formula: boolean } {
  const kids = childrenOf(xml, c);
  const formula = kids.some((k) => k.local === "f");
  const type = attributes(xml, c).get("t")?.raw ?? "n";
  const v = kids.find((k) => k.local === "v");
  const raw = v ? textOf(xml, v) : null;
  if (type === "inlineStr") {
    const is = kids.find((k) => k.local === "is");
    return { value: is ? itemText(xml, is) : null, formula };
  }
  if (raw === null) return { value: null, formula };
  if (type === "s") return { value: shared(Number(raw)), formula };
  if (type === "b") return { value: raw === "1" || raw === "true", formula };
  if (type === "str" || type === "e" || type === "d") return { value: raw, formula };
  const n = Number(raw);
  return { value: Number.isFinite(n) ? n : raw, formula };
}

/**
 * Replace a cell's value with text, keeping its address, style and phonetic flag: an inline
 * string, so sharedStrings.xml (a part we do not own) stays as it is.
 */
export function setCellText(xml: string, cell: Element, text: string): Splice {
  const p = cell.qname.slice(0, cell.qname.length - 1);
  const keep = [...attributes(xml, cell)].filter(([n]) => n === "r" || n === "s" || n === "ph").map(([n, a]) => ` ${n}="${a.raw}"`).join("");
  const space = /^\s|\s$|\n/.test(text) ? ` xml:space="preserve"` : "";
  return { start: cell.start, end: cell.end, text: binary(`<${p}c${keep} t="inlineStr"><${p}is><${p}t${space}>${escapeText(text)}</${p}t></${p}is></${p}c>`) };
}

