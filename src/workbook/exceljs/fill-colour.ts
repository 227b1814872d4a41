import type ExcelJS from "exceljs";

/**
 * A cell's solid fill as `#RRGGBB` for `Grid.fills`: explicit ARGB, theme colours with their
 * tint (from the workbook's theme, else Office's default), and the legacy indexed palette.
 * Patterns other than solid, gradients and "no fill" are null.
 */

/** Office 2013+ default theme, in Excel's theme index order: lt1, dk1, lt2, dk2, accent1–6, hlink, folHlink. */
const OFFICE_THEME = ["FFFFFF", "000000", "E7E6E6", "44546A", "4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "0563C1", "954F72"];

/** The legacy 64-colour palette (indexed colours in files from old Excel versions). */
const INDEXED = ("000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF " +
  "800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF " +
  "000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 " +
  "3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 993300 993366 333399 333333").split(" ");

/** The theme's colours in Excel's index order, read from theme1.xml when ExcelJS kept it. */
export function themeColours(workbook: ExcelJS.Workbook): string[] {
  const xml = (workbook as unknown as { _themes?: Record<string, string> })._themes?.theme1;
  if (typeof xml !== "string") return OFFICE_THEME;
  const slot = (name: string, i: number) => {
    const m = new RegExp(`<a:${name}>\\s*<a:(?:srgbClr val|sysClr [^>]*?lastClr)="([0-9A-Fa-f]{6})"`).exec(xml);
    return m ? m[1]!.toUpperCase() : OFFICE_THEME[i]!;
  };
  // Excel swaps the first pairs: theme 0 is lt1 (background), 1 is dk1 (text).
  return ["lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"].map(slot);
}

/** Apply an OOXML tint (−1…1) to a colour, in HSL lightness as Excel does. */
export function applyTint(hex: string, tint: number): string {
  const n = parseInt(hex, 16);
  const [r, g, b] = [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let h = 0;
  if (d !== 0) h = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs((h % 2) - 1));
  const m = l - c / 2;
  const [r1, g1, b1] = h < 1 ? [c, x, 0] : h < 2 ? [x, c, 0] : h < 3 ? [0, c, x] : h < 4 ? [0, x, c] : h < 5 ? [x, 0, c] : [c, 0, x];
  return [r1, g1, b1].map((v) => Math.round((v + m) * 255).toString(16).padStart(2, "0")).join("").toUpperCase();
}

/** The solid fill of a cell, or null. */
export function solidFill(fill: ExcelJS.Fill | undefined, theme: string[]): string | null {
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return null;
  const colour = fill.fgColor as { argb?: string; theme?: number; tint?: number; indexed?: number } | undefined;
  if (!colour) return null;
  let hex: string | undefined;
  if (typeof colour.argb === "string" && /^[0-9A-Fa-f]{8}$/.test(colour.argb)) hex = colour.argb.slice(2).toUpperCase();
  else if (typeof colour.theme === "number") hex = theme[colour.theme];
  else if (typeof colour.indexed === "number") hex = INDEXED[colour.indexed];
  if (!hex) return null;
  return `#${colour.tint ? applyTint(hex, colour.tint) : hex}`;
}
