import { a1Range, columnLetter } from "../../core/address";
import type { CellStyle, PrintSetup, SheetSpec } from "../../core/specs/types";
import type { PageLayoutApi, RangeApi, WorksheetApi } from "./excel-api";
import { styledRanges } from "./style-ranges";

/** Rows per `range.values =` assignment: keeps each part of the request well under 5 MB. */
export const WRITE_BLOCK_ROWS = 5_000;
/** Excel's column width is in points; a character of the default font is about 5.3 points wide. */
const POINTS_PER_CHAR = 5.3;
const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;

/**
 * True for text Excel would not keep as text if written through `Range.values` into a General
 * cell: it parses strings as if typed ("If the returned value starts with a plus ("+"), minus
 * ("-"), or equal sign ("="), Excel interprets this value as a formula", Range.values), and
 * number-, date-, percentage- and boolean-like text becomes a number, date or TRUE/FALSE.
 * Generous on purpose: a false alarm only costs a text format on that cell.
 *
 *   excelMayConvert("- Review") → true · excelMayConvert("1.10") → true · excelMayConvert("Amber") → false
 */
export function excelMayConvert(text: string): boolean {
  const t = text.trim();
  return /^[=+-]/.test(t) || /\d/.test(t) || /^(true|false)$/i.test(t);
}

function applyStyle(range: RangeApi, style: CellStyle, rows: number, cols: number): void {
  const f = range.format;
  if (style.fill) f.fill.color = style.fill;
  if (style.font) f.font.color = style.font;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.size !== undefined) f.font.size = style.size;
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.align) f.horizontalAlignment = ALIGN[style.align];
  if (style.border) {
    const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", ...(rows > 1 ? ["InsideHorizontal"] : []), ...(cols > 1 ? ["InsideVertical"] : [])];
    for (const edge of edges) f.borders.getItem(edge).style = "Continuous";
  }
}

/** "&LTitle&RPage &P of &N" → its left, centre and right sections, as Office.js sets them. */
export function footerSections(footer: string): { leftFooter?: string; centerFooter?: string; rightFooter?: string } {
  const out: Record<string, string> = {};
  const names: Record<string, string> = { L: "leftFooter", C: "centerFooter", R: "rightFooter" };
  let section = "centerFooter";
  let text = "";
  for (let i = 0; i < footer.length; i++) {
    const ch = footer[i]!;
    const code = footer[i + 1];
    if (ch === "&" && code === "&") {
      // "&&" is a literal ampersand ("P&&L plan"), not the start of a section code.
      text += "&&";
      i++;
    } else if (ch === "&" && code && names[code]) {
      if (text) out[section] = text;
      section = names[code]!;
      text = "";
      i++;
    } else text += ch;
  }
  if (text) out[section] = text;
  return out;
}

/** Print setup (ExcelApi 1.9): landscape, pages wide, repeated heading rows, footer. */
export function queuePrint(layout: PageLayoutApi, print: PrintSetup): void {
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  // 0 pages tall means "as many as needed": left unset rather than sent as 0 (not verified in Excel).
  layout.zoom = print.fitToHeight > 0 ? { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight } : { horizontalFitToPages: print.fitToWidth };
  if (print.repeatRows) layout.setPrintTitleRows(print.repeatRows.replace(/(\d+)/g, "$$$1"));
  if (print.footer) Object.assign(layout.headersFooters.defaultForAllPages, footerSections(print.footer));
}

/**
 * Queue a whole sheet of ours (the summary) on an empty worksheet (new, or ours just cleared):
 * number formats then values in blocks of rows — every text cell formatted as text (`@`) first,
 * so Excel keeps "- Review", "3.1", "1.10" and "31 Oct 2022" as written, numbers keeping their
 * own format — then formats by rectangles of equal style, widths, merges, frozen rows. No sync here.
 */
export function queueSheet(ws: WorksheetApi, spec: SheetSpec): void {
  const width = Math.max(1, ...spec.rows.map((r) => r.length));
  for (let top = 0; top < spec.rows.length; top += WRITE_BLOCK_ROWS) {
    const block = spec.rows.slice(top, top + WRITE_BLOCK_ROWS);
    const range = ws.getRange(a1Range(top + 1, 1, top + block.length, width));
    // null leaves a cell untouched (sparse write): the sheet is empty, so that is blank.
    range.numberFormat = block.map((row) => Array.from({ length: width }, (_, c) => (typeof row[c]?.value === "string" ? "@" : (row[c]?.style?.numberFormat ?? null))));
    range.values = block.map((row) => Array.from({ length: width }, (_, c) => row[c]?.value ?? null));
  }
  for (const r of styledRanges(spec.rows)) applyStyle(ws.getRange(r.address), r.style, r.rows, r.cols);
  spec.columnWidths.forEach((w, i) => {
    const col = columnLetter(i + 1);
    ws.getRange(`${col}:${col}`).format.columnWidth = Math.round(w * POINTS_PER_CHAR);
  });
  for (const m of spec.merges) ws.getRange(m).merge(false);
  if (spec.freezeRows) ws.freezePanes.freezeRows(spec.freezeRows);
}
