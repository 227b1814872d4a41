import type ExcelJS from "exceljs";
import type { CellStyle } from "../../core/specs/types";

/** `#RRGGBB` → ExcelJS's opaque ARGB (`FFRRGGBB`). */
export function argb(hex: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new RangeError(`Not a #RRGGBB colour: ${hex}`);
  return `FF${m[1]!.toUpperCase()}`;
}

/** A solid fill. Both colours are set: Excel reads bgColor in conditional formats, LibreOffice fgColor. */
export function solidFill(hex: string): ExcelJS.FillPattern {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(hex) }, bgColor: { argb: argb(hex) } };
}

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };

/** A spec's cell style as ExcelJS style properties (only those the spec sets). */
export function cellStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.size) font.size = style.size;
  if (style.font) font.color = { argb: argb(style.font) };
  if (Object.keys(font).length) out.font = font;
  if (style.fill) out.fill = solidFill(style.fill);
  if (style.wrap || style.align) {
    const alignment: Partial<ExcelJS.Alignment> = { vertical: "top" };
    if (style.wrap) alignment.wrapText = true;
    if (style.align) alignment.horizontal = style.align;
    out.alignment = alignment;
  }
  if (style.numberFormat) out.numFmt = style.numberFormat;
  if (style.border) out.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  return out;
}

/** A conditional format's differential style (fill, font colour, bold). */
export function ruleStyle(style: Pick<CellStyle, "fill" | "font" | "bold">): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.fill) out.fill = solidFill(style.fill);
  if (style.font || style.bold) {
    const font: Partial<ExcelJS.Font> = {};
    if (style.font) font.color = { argb: argb(style.font) };
    if (style.bold) font.bold = true;
    out.font = font;
  }
  return out;
}
