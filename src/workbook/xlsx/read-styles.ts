import { DEFAULT_INDEXED, resolveColour, themeIndexOrder, type ColourRef } from "./colour";
import { formatCode, isDateFormat } from "./number-formats";
import type { XlsxPackage } from "./package";
import { child } from "./xml-dom";
import { streamXml } from "./xml-stream";

/** What the reader needs of one cell format (`s="n"` indexes `cellXfs`). */
export interface CellStyle {
  /** The number format code, or null for General. */
  numFmt: string | null;
  isDate: boolean;
  /** Solid fill as `#RRGGBB`, or null. */
  fill: string | null;
}

const PLAIN: CellStyle = { numFmt: null, isDate: false, fill: null };

function colourRef(a: Record<string, string>): ColourRef {
  const n = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  return { rgb: a.rgb, theme: n(a.theme), tint: n(a.tint), indexed: n(a.indexed), auto: a.auto === "1" || a.auto === "true" };
}

/** The theme's colours in Excel's index order (theme1.xml's clrScheme), or [] when there is no theme. */
export function readThemeColours(pkg: XlsxPackage, path: string | undefined): string[] {
  if (!path) return [];
  const root = pkg.parse(path).documentElement!;
  const scheme = child(child(root, "themeElements") ?? root, "clrScheme");
  if (!scheme) return [];
  const inOrder = ["dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"].map((slot) => {
    const el = child(scheme, slot);
    const c = el && (child(el, "srgbClr") ?? child(el, "sysClr"));
    return (c && (c.getAttribute("lastClr") || c.getAttribute("val"))) || "";
  });
  return themeIndexOrder(inOrder);
}

/** Number formats and fills of every cell format in styles.xml, indexed like `s="n"`. */
export function readStyles(pkg: XlsxPackage, stylesPath: string | undefined, themeColours: string[]): CellStyle[] {
  if (!stylesPath) return [];
  const custom = new Map<number, string>();
  const fills: { solid: boolean; fg?: ColourRef }[] = [];
  const xfs: { numFmtId: number; fillId: number }[] = [];
  let indexed: string[] | null = null;
  const stack: string[] = [];
  streamXml(pkg, stylesPath, {
    open(name, a) {
      const parent = stack[stack.length - 1];
      const grand = stack[stack.length - 2];
      stack.push(name);
      if (name === "numFmt" && parent === "numFmts") custom.set(Number(a.numFmtId), (a.formatCode ?? "").replace(/\\(.)/g, "$1"));
      else if (name === "fill" && parent === "fills") fills.push({ solid: false });
      else if (name === "patternFill" && grand === "fills") fills[fills.length - 1]!.solid = a.patternType === "solid";
      else if (name === "fgColor" && parent === "patternFill") fills[fills.length - 1]!.fg = colourRef(a);
      else if (name === "xf" && parent === "cellXfs") xfs.push({ numFmtId: Number(a.numFmtId ?? 0), fillId: Number(a.fillId ?? 0) });
      else if (name === "rgbColor" && parent === "indexedColors") (indexed ??= []).push((a.rgb ?? "").slice(-6));
    },
    close() {
      stack.pop();
    },
  });
  const palette = indexed ?? DEFAULT_INDEXED;
  const fillColours = fills.map((f) => (f.solid ? resolveColour(f.fg, themeColours, palette) : null));
  return xfs.map((xf) => {
    const numFmt = formatCode(xf.numFmtId, custom);
    const fill = fillColours[xf.fillId] ?? null;
    return numFmt === null && fill === null ? PLAIN : { numFmt, isDate: isDateFormat(numFmt), fill };
  });
}
