/**
 * Find elements in an XML part and splice new text into it, leaving every other byte as it was.
 * A DOM library would re-serialise the whole part (quotes, entities, namespace declarations and
 * the user's own elements all rewritten); splicing changes only what we own.
 *
 * Parts are handled as "binary strings": one character per byte (latin1 decoding of UTF-8
 * bytes), so offsets are byte offsets, a 60 MB sheet stays a one-byte string, and the bytes we do
 * not touch come out exactly as they went in. `readText` / `binary` convert at the edges.
 */

/** One element found in a part. Offsets index the part's binary string. */
export interface Element {
  /** As written, with its prefix (`x:row`). */
  qname: string;
  /** Without the prefix (`row`). */
  local: string;
  /** `<` of the start tag. */
  start: number;
  /** Just after the start tag's `>`. */
  openEnd: number;
  /** `<` of the end tag (= openEnd for `<a/>`). */
  closeStart: number;
  /** Just after the element. */
  end: number;
}

const TAG = /<([^\s/>!?]+)(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(\/?)>/y;

/** The start tag at `lt`: its name, end and whether it closes itself, or null if not a start tag. */
function startTag(xml: string, lt: number): { qname: string; end: number; empty: boolean } | null {
  TAG.lastIndex = lt;
  const m = TAG.exec(xml);
  return m ? { qname: m[1]!, end: TAG.lastIndex, empty: m[2] === "/" } : null;
}

/** Skip a comment, CDATA section or processing instruction at `lt`; -1 if it is none of them. */
function skipSpecial(xml: string, lt: number): number {
  const c = xml[lt + 1];
  if (c === "?") return xml.indexOf("?>", lt) + 2;
  if (c !== "!") return -1;
  if (xml.startsWith("<!--", lt)) return xml.indexOf("-->", lt) + 3;
  if (xml.startsWith("<![CDATA[", lt)) return xml.indexOf("]]>", lt) + 3;
  return xml.indexOf(">", lt) + 1; // <!DOCTYPE …>
}

/**
 * Where the element opened at `openEnd` ends: at its first end tag, found in one search (so a
 * whole `<sheetData>` is jumped over at once). No SpreadsheetML element contains one of its own
 * name, except markup-compatibility blocks (`mc:AlternateContent`), which are counted.
 */
function closeOf(xml: string, qname: string, openEnd: number): { closeStart: number; end: number } {
  const close = `</${qname}`;
  const nests = qname.endsWith("AlternateContent");
  let depth = 1;
  let at = openEnd;
  for (;;) {
    let c = xml.indexOf(close, at);
    // `</c` must not stop at `</cols>`: the name has to end there.
    while (c >= 0 && !/[\s>]/.test(xml[c + close.length] ?? "")) c = xml.indexOf(close, c + 1);
    if (c < 0) throw new SyntaxError(`<${qname}> is not closed`);
    if (nests) {
      const inner = xml.slice(at, c);
      for (let o = inner.indexOf(`<${qname}`); o >= 0; o = inner.indexOf(`<${qname}`, o + 1)) {
        const t = startTag(xml, at + o);
        if (t && t.qname === qname && !t.empty) depth++;
      }
    }
    const end = xml.indexOf(">", c) + 1;
    if (--depth === 0) return { closeStart: c, end };
    at = end;
  }
}

const localOf = (qname: string) => qname.slice(qname.indexOf(":") + 1);

/** The element whose start tag is at `lt`. */
export function elementAt(xml: string, lt: number): Element {
  const t = startTag(xml, lt);
  if (!t) throw new SyntaxError(`no start tag at ${lt}`);
  const { closeStart, end } = t.empty ? { closeStart: t.end, end: t.end } : closeOf(xml, t.qname, t.end);
  return { qname: t.qname, local: localOf(t.qname), start: lt, openEnd: t.end, closeStart, end };
}

/** The document's root element. */
export function rootElement(xml: string): Element {
  for (let i = xml.indexOf("<"); i >= 0; i = xml.indexOf("<", i)) {
    const skipped = skipSpecial(xml, i);
    if (skipped < 0) return elementAt(xml, i);
    if (skipped === 0 || skipped < i) throw new SyntaxError("unterminated markup before the root element");
    i = skipped;
  }
  throw new SyntaxError("no root element");
}

/** The child elements of `parent`, in order, found as they are asked for (a walk may stop early). */
export function* eachChild(xml: string, parent: Element): Generator<Element> {
  let i = parent.openEnd;
  while (i < parent.closeStart) {
    const lt = xml.indexOf("<", i);
    if (lt < 0 || lt >= parent.closeStart) break;
    const skipped = skipSpecial(xml, lt);
    if (skipped >= 0) {
      if (skipped <= lt) throw new SyntaxError("unterminated markup");
      i = skipped;
      continue;
    }
    const el = elementAt(xml, lt);
    yield el;
    i = el.end;
  }
}

/** The child elements of `parent`, in order. */
export function childrenOf(xml: string, parent: Element): Element[] {
  return [...eachChild(xml, parent)];
}

/** Children with this local name (any prefix). */
export const childrenNamed = (xml: string, parent: Element, local: string) => childrenOf(xml, parent).filter((c) => c.local === local);

const ATTR = /\s+([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The start tag's attributes: qualified name → raw value (still escaped, still binary). */
export function attributes(xml: string, el: Element): Map<string, { raw: string; start: number; end: number }> {
  const tag = xml.slice(el.start, el.openEnd);
  const out = new Map<string, { raw: string; start: number; end: number }>();
  ATTR.lastIndex = 1 + el.qname.length;
  for (let m = ATTR.exec(tag); m; m = ATTR.exec(tag)) {
    const raw = m[2] ?? m[3] ?? "";
    const valueEnd = el.start + ATTR.lastIndex - 1;
    out.set(m[1]!, { raw, start: valueEnd - raw.length, end: valueEnd });
  }
  return out;
}

/** An element's start tag as an opening tag (`<a x="1"/>` → `<a x="1">`), to write children into it. */
export function openTag(xml: string, el: Element): string {
  const tag = xml.slice(el.start, el.openEnd);
  return el.openEnd === el.end && el.closeStart === el.end ? tag.replace(/\s*\/>$/, ">") : tag;
}

/** Add children at the end of an element (opening it up when it was written `<a/>`). */
export function appendChildren(xml: string, el: Element, text: string): Splice {
  if (el.openEnd === el.end) return { start: el.start, end: el.end, text: `${openTag(xml, el)}${text}</${el.qname}>` };
  return { start: el.closeStart, end: el.closeStart, text };
}

/** An attribute's value (unescaped, decoded), by qualified name; null when absent. */
export function attr(xml: string, el: Element, qname: string): string | null {
  const a = attributes(xml, el).get(qname);
  return a ? readText(a.raw) : null;
}

/** An attribute by local name, whatever its prefix (`r:id` written as `rel:id`). */
export function attrByLocal(xml: string, el: Element, local: string): string | null {
  for (const [name, a] of attributes(xml, el)) if (localOf(name) === local && name.includes(":")) return readText(a.raw);
  return null;
}

const ENTITY: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Binary text (escaped UTF-8 bytes) → a JavaScript string. */
export function readText(raw: string): string {
  const s = /[\x80-\xff]/.test(raw) ? Buffer.from(raw, "latin1").toString("utf8") : raw;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (ENTITY[e] ?? all),
  );
}

/** The text content of an element (its character data, markup of children left out). */
export function textOf(xml: string, el: Element): string {
  return readText(xml.slice(el.openEnd, el.closeStart).replace(/<[^>]*>/g, ""));
}

/** Escape for element text or a double-quoted attribute. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}

/** Escape for element text, where line breaks stay as they are. */
export function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A JavaScript string as binary text (its UTF-8 bytes, one character each). */
export function binary(s: string): string {
  return /[^\x00-\x7f]/.test(s) ? Buffer.from(s, "utf8").toString("latin1") : s;
}

/** A change to a part: replace [start, end) with `text` (binary). Insertions have start = end. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Apply splices (non-overlapping; at one offset, in the order given). */
export function splice(xml: string, edits: Splice[]): string {
  const sorted = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  let out = "";
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error("overlapping XML edits");
    out += xml.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + xml.slice(at);
}

/** The namespace prefix (with its colon, or "") an element uses: new children must use the same. */
export const prefixOf = (el: Element) => (el.qname.includes(":") ? el.qname.slice(0, el.qname.indexOf(":") + 1) : "");

/** The prefix a part binds to a namespace on its root (`r` for relationships), or null. */
export function prefixFor(xml: string, root: Element, namespace: string): string | null {
  for (const [name, a] of attributes(xml, root)) if (name.startsWith("xmlns:") && readText(a.raw) === namespace) return name.slice(6);
  return null;
}

/**
 * Where to insert a new child called `local` so the parent's children stay in schema `order`:
 * just after the last known child that may come before it (so an unknown child such as
 * mc:AlternateContent, which Excel writes for controls further down, stays after it).
 */
export function insertionPoint(children: Element[], order: readonly string[], local: string, parent: Element): number {
  const rank = order.indexOf(local);
  let at = parent.openEnd;
  for (const c of children) {
    const r = order.indexOf(c.local);
    if (r >= 0 && r <= rank) at = c.end;
  }
  return at;
}
