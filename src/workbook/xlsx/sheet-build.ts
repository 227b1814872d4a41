import { a1, columnLetter } from "../../core/address";
import type { SheetCell, SheetSpec } from "../../core/specs/types";
import { rowHeight } from "../exceljs/row-height";
import type { StylePatch } from "./styles-patch";
import { escapeText, escapeXml } from "./xml-splice";

/** The namespaces of the package we write into (Transitional, or Strict's purl.oclc.org ones). */
export interface Namespaces {
  main: string;
  relationships: string;
}

/** A4: the paper English councils print board papers on. */
const A4 = 9;

function cellXml(ref: string, cell: SheetCell, styles: StylePatch): string {
  const s = styles.cellXf(cell.style);
  const style = s ? ` s="${s}"` : "";
  const v = cell.value;
  if (v === null || v === "") return style ? `<c r="${ref}"${style}/>` : "";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new RangeError(`${ref}: ${v} is not a number Excel can store`);
    return `<c r="${ref}"${style}><v>${v}</v></c>`;
  }
  const space = /^\s|\s$|\n/.test(v) ? ` xml:space="preserve"` : "";
  // Inline strings: our sheets never touch the user's sharedStrings.xml.
  return `<c r="${ref}"${style} t="inlineStr"><is><t${space}>${escapeText(v)}</t></is></c>`;
}

function sheetDataXml(rows: SheetCell[][], widths: number[], styles: StylePatch): { xml: string; lastCol: number } {
  let lastCol = 1;
  const out = rows.map((cells, r) => {
    const inner = cells.map((c, i) => cellXml(a1(r + 1, i + 1), c, styles)).join("");
    if (!inner) return "";
    lastCol = Math.max(lastCol, cells.length);
    const height = rowHeight(cells, widths);
    return `<row r="${r + 1}"${height ? ` ht="${height}" customHeight="1"` : ""}>${inner}</row>`;
  });
  return { xml: out.join(""), lastCol };
}

const HEAD = (ns: Namespaces) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns.main}" xmlns:r="${ns.relationships}">`;

/** A whole sheet of ours (the summary, the history) as a worksheet part, children in schema order. */
export function sheetXml(spec: SheetSpec, styles: StylePatch, ns: Namespaces): string {
  const data = sheetDataXml(spec.rows, spec.columnWidths, styles);
  const last = a1(Math.max(1, spec.rows.length), data.lastCol);
  const frozen = spec.freezeRows
    ? `<pane ySplit="${spec.freezeRows}" topLeftCell="A${spec.freezeRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${spec.freezeRows + 1}" sqref="A${spec.freezeRows + 1}"/>`
    : "";
  const cols = spec.columnWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
  const merges = spec.merges.length ? `<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>` : "";
  const print = spec.print;
  return (
    HEAD(ns) +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${last}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${frozen}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>${data.xml}</sheetData>${merges}` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="${A4}" orientation="${print.orientation}" fitToWidth="${print.fitToWidth}" fitToHeight="${print.fitToHeight}"/>` +
    (print.footer ? `<headerFooter><oddFooter>${escapeXml(print.footer)}</oddFooter></headerFooter>` : "") +
    `</worksheet>`
  );
}

/** Our very hidden settings sheet: rows of plain values from A1. */
export function stateSheetXml(rows: (string | number | null)[][], styles: StylePatch, ns: Namespaces): string {
  const spec = rows.map((r) => r.map((value) => ({ value })));
  const data = sheetDataXml(spec, [], styles);
  return HEAD(ns) + `<dimension ref="A1:${columnLetter(data.lastCol)}${Math.max(1, rows.length)}"/><sheetData>${data.xml}</sheetData></worksheet>`;
}
