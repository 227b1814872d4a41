import { DOMParser, type Document, type Element } from "@xmldom/xmldom";

/**
 * Small parts (`workbook.xml`, relationships, content types) as a DOM. Elements are found by
 * local name, whatever their prefix: the .NET Open XML SDK writes `<x:workbook>`, Excel
 * `<workbook>`, and Strict Open XML uses other namespace URIs for the same names (F9).
 */
export function parseXml(text: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") errors.push(message.split("\n")[0]!);
    },
  }).parseFromString(text, "application/xml");
  if (errors.length || !doc.documentElement) throw new SyntaxError(errors[0] ?? "no root element");
  return doc;
}

/** Child elements of `parent` with this local name (direct children only). */
export function children(parent: Element, localName: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).localName === localName) out.push(n as Element);
  return out;
}

/** The first direct child with this local name. */
export function child(parent: Element, localName: string): Element | undefined {
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).localName === localName) return n as Element;
  return undefined;
}

/** An attribute by local name in no namespace (`name="…"`), or null. */
export function attr(el: Element, localName: string): string | null {
  return el.hasAttribute(localName) ? el.getAttribute(localName) : null;
}

/** The relationship id (`r:id`), whatever prefix the writer bound to the relationships namespace. */
export function relId(el: Element, localName = "id"): string | null {
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs.item(i)!;
    if (a.localName === localName && a.namespaceURI && /relationships$/.test(a.namespaceURI)) return a.value;
  }
  return null;
}

/** OOXML booleans: "1"/"true" (and "on" in some old writers). */
export function isTrue(v: string | null): boolean {
  return v === "1" || v === "true" || v === "on";
}
