import type { CellStyle, ConditionalRule } from "../../core/specs/types";
import { appendChildren, attributes, binary, childrenOf, escapeXml, insertionPoint, prefixOf, rootElement, splice, type Element, type Splice } from "./xml-splice";

/** Children of <styleSheet> in schema order (CT_Stylesheet). */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"] as const;
type Section = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs" | "dxfs";

/** Excel's built-in number formats we use (ids below 164 need no <numFmt>). */
const BUILT_IN: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10 };

/** A styles.xml with nothing but Excel's required defaults, for a package that has none. */
export const MINIMAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const rgb = (hex: string) => {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new RangeError(`Not a #RRGGBB colour: ${hex}`);
  return `FF${m[1]!.toUpperCase()}`;
};

/**
 * The styles our cells and rules need, APPENDED to the workbook's styles.xml: the user's fonts,
 * fills, borders, formats and cell styles keep their numbers, so no cell of theirs changes look.
 * A style already present with exactly our markup (from an earlier apply) is reused, so applying
 * again adds nothing.
 */
export class StylePatch {
  private readonly root: Element;
  private readonly p: string;
  private readonly sections = new Map<Section, { el: Element | null; existing: string[]; added: string[] }>();
  private baseFont = { name: `<name val="Calibri"/>`, rest: "", size: 11 };
  private nextNumFmt = 164;

  constructor(private readonly xml: string) {
    this.root = rootElement(xml);
    this.p = prefixOf(this.root);
    const children = childrenOf(xml, this.root);
    for (const s of ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"] as Section[]) {
      const el = children.find((c) => c.local === s) ?? null;
      const existing = el ? childrenOf(xml, el).map((c) => xml.slice(c.start, c.end)) : [];
      this.sections.set(s, { el, existing, added: [] });
    }
    for (const f of this.sections.get("numFmts")!.existing) {
      const id = Number(/numFmtId\s*=\s*["'](\d+)/.exec(f)?.[1]);
      if (id >= this.nextNumFmt) this.nextNumFmt = id + 1;
    }
    const font0 = this.sections.get("fonts")!.existing[0];
    if (font0) {
      const pick = (local: string) => new RegExp(`<(?:\\w+:)?${local}\\b[^>]*/>`).exec(font0)?.[0] ?? "";
      this.baseFont = { name: pick("name") || this.baseFont.name, rest: pick("family") + pick("charset") + pick("scheme"), size: Number(/<(?:\w+:)?sz\s+val\s*=\s*["']([\d.]+)/.exec(font0)?.[1] ?? 11) };
    }
  }

  /** Index of `markup` in a section: an identical existing entry, else a new one appended. */
  private index(section: Section, markup: string): number {
    const s = this.sections.get(section)!;
    const bin = binary(markup);
    const found = s.existing.indexOf(bin);
    if (found >= 0) return found;
    const added = s.added.indexOf(bin);
    if (added >= 0) return s.existing.length + added;
    s.added.push(bin);
    return s.existing.length + s.added.length - 1;
  }

  private el(name: string, attrs = "", inner?: string): string {
    return inner === undefined ? `<${this.p}${name}${attrs}/>` : `<${this.p}${name}${attrs}>${inner}</${this.p}${name}>`;
  }

  private numFmt(code: string): number {
    if (code in BUILT_IN) return BUILT_IN[code]!;
    const s = this.sections.get("numFmts")!;
    const wanted = `formatCode="${escapeXml(code)}"`;
    for (const f of [...s.existing, ...s.added]) if (f.includes(binary(wanted))) return Number(/numFmtId\s*=\s*["'](\d+)/.exec(f)?.[1]);
    const id = this.nextNumFmt++;
    s.added.push(binary(this.el("numFmt", ` numFmtId="${id}" ${wanted}`)));
    return id;
  }

  private fill(hex: string, bg: string): string {
    return this.el("fill", "", this.el("patternFill", ` patternType="solid"`, this.el("fgColor", ` rgb="${rgb(hex)}"`) + this.el("bgColor", bg)));
  }

  /** The cellXfs index for a cell of ours (0, the workbook's default, when unstyled). */
  cellXf(style: CellStyle | undefined): number {
    if (!style || !Object.keys(style).length) return 0;
    const p = this.el.bind(this);
    const font =
      style.bold || style.italic || style.size || style.font
        ? this.index("fonts", p("font", "", (style.bold ? p("b") : "") + (style.italic ? p("i") : "") + p("sz", ` val="${style.size ?? this.baseFont.size}"`) + (style.font ? p("color", ` rgb="${rgb(style.font)}"`) : "") + this.baseFont.name + this.baseFont.rest))
        : 0;
    const fill = style.fill ? this.index("fills", this.fill(style.fill, ` indexed="64"`)) : 0;
    const side = (s: string) => p(s, ` style="thin"`, p("color", ` rgb="FF808080"`));
    const border = style.border ? this.index("borders", p("border", "", side("left") + side("right") + side("top") + side("bottom") + p("diagonal"))) : 0;
    const numFmt = style.numberFormat ? this.numFmt(style.numberFormat) : 0;
    const align = style.wrap || style.align ? p("alignment", `${style.align ? ` horizontal="${style.align}"` : ""} vertical="top"${style.wrap ? ` wrapText="1"` : ""}`) : "";
    const apply = `${numFmt ? ` applyNumberFormat="1"` : ""}${font ? ` applyFont="1"` : ""}${fill ? ` applyFill="1"` : ""}${border ? ` applyBorder="1"` : ""}${align ? ` applyAlignment="1"` : ""}`;
    return this.index("cellXfs", p("xf", ` numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${apply}`, align || undefined));
  }

  /** The dxfs index for a conditional format's look. Excel reads bgColor of a rule's solid fill, LibreOffice fgColor: both set. */
  dxf(style: ConditionalRule["style"]): number {
    const p = this.el.bind(this);
    const font = style.font || style.bold ? p("font", "", (style.bold ? p("b") : "") + (style.font ? p("color", ` rgb="${rgb(style.font)}"`) : "")) : "";
    const fill = style.fill ? this.fill(style.fill, ` rgb="${rgb(style.fill)}"`) : "";
    return this.index("dxfs", p("dxf", "", font + fill));
  }

  /** The patched styles.xml (binary), or null when nothing was added. */
  result(): string | null {
    const edits: Splice[] = [];
    const children = childrenOf(this.xml, this.root);
    for (const [name, s] of this.sections) {
      if (!s.added.length) continue;
      const count = s.existing.length + s.added.length;
      if (s.el) {
        const a = attributes(this.xml, s.el).get("count");
        if (s.el.openEnd === s.el.end) edits.push({ start: s.el.start, end: s.el.end, text: `<${s.el.qname} count="${count}">${s.added.join("")}</${s.el.qname}>` });
        else {
          if (a) edits.push({ start: a.start, end: a.end, text: String(count) });
          edits.push(appendChildren(this.xml, s.el, s.added.join("")));
        }
      } else {
        const at = insertionPoint(children, ORDER, name, this.root);
        edits.push({ start: at, end: at, text: `<${this.p}${name} count="${count}">${s.added.join("")}</${this.p}${name}>` });
      }
    }
    return edits.length ? splice(this.xml, edits) : null;
  }
}
