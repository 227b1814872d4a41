/**
 * Colours as SpreadsheetML stores them (ARGB, theme index + tint, legacy palette index), turned
 * into the `#RRGGBB` a person sees, so a rating shown only as a fill can be read.
 */

/** A `<color>`/`<fgColor>` element's attributes. */
export interface ColourRef {
  rgb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
  auto?: boolean;
}

/** Excel's default 64-colour palette (`indexed="n"`), unless styles.xml gives its own. */
export const DEFAULT_INDEXED: readonly string[] = [
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "800000", "008000", "000080", "808000", "800080", "008080", "C0C0C0", "808080",
  "9999FF", "993366", "FFFFCC", "CCFFFF", "660066", "FF8080", "0066CC", "CCCCFF",
  "000080", "FF00FF", "FFFF00", "00FFFF", "800080", "800000", "008080", "0000FF",
  "00CCFF", "CCFFFF", "CCFFCC", "FFFF99", "99CCFF", "FF99CC", "CC99FF", "FFCC99",
  "3366FF", "33CCCC", "99CC00", "FFCC00", "FF9900", "FF6600", "666699", "969696",
  "003366", "339966", "003300", "333300", "993300", "993366", "333399", "333333",
];

/**
 * Theme colours in the order Excel numbers them (`theme="0"` is lt1, `1` dk1, `2` lt2, `3` dk2,
 * then accents 1–6, hyperlink, followed hyperlink): theme1.xml lists dk1 before lt1, so the first
 * two pairs are swapped.
 */
export function themeIndexOrder(schemeOrder: string[]): string[] {
  const [dk1, lt1, dk2, lt2, ...rest] = schemeOrder;
  return [lt1, dk1, lt2, dk2, ...rest].filter((c): c is string => c !== undefined);
}

function toHls(r: number, g: number, b: number): [number, number, number] {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, l, 0];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, l, s];
}

function fromHls(h: number, l: number, s: number): [number, number, number] {
  if (s === 0) return [l, l, l];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const hue = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  return [hue(h + 1 / 3), hue(h), hue(h - 1 / 3)];
}

/** Apply a tint as Excel does ([MS-OI29500] §2.1.1599): lighten or darken the luminance. */
export function applyTint(hex: string, tint: number): string {
  if (!tint) return hex.toUpperCase();
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const [h, l, s] = toHls(r, g, b);
  const l2 = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  return fromHls(h, l2, s)
    .map((v) => Math.round(Math.min(1, Math.max(0, v)) * 255).toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase();
}

/** `#RRGGBB` for a colour reference, or null when it is automatic or cannot be known. */
export function resolveColour(c: ColourRef | undefined, theme: readonly string[], indexed: readonly string[]): string | null {
  if (!c || c.auto) return null;
  let hex: string | undefined;
  if (c.rgb && /^[0-9A-Fa-f]{6,8}$/.test(c.rgb)) hex = c.rgb.slice(-6);
  else if (c.theme !== undefined) hex = theme[c.theme];
  else if (c.indexed !== undefined) hex = indexed[c.indexed]; // 64/65 (system colours) stay unknown
  if (!hex) return null;
  return `#${applyTint(hex, c.tint ?? 0)}`;
}
