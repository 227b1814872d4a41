import { SaxesParser } from "saxes";
import type { XlsxPackage } from "./package";

/** Handlers for one streamed part; element names arrive without their prefix (`x:c` → `c`). */
export interface XmlHandlers {
  open?(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  text?(text: string): void;
  close?(name: string): void;
  /** Checked after each chunk: true stops reading the part (the rest is not inflated). */
  done?(): boolean;
}

const local = (name: string) => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

/**
 * Stream a part through saxes (a strict, non-validating XML parser), chunk by chunk as it is
 * inflated, so a sheet of a million formatted rows is never held whole. Prefixes are dropped:
 * Excel writes `<c>`, the Open XML SDK `<x:c>`, and both mean the same element.
 */
export function streamXml(pkg: XlsxPackage, path: string, h: XmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  if (h.open) {
    const open = h.open;
    parser.on("opentag", (node) => open(local(node.name), node.attributes as Record<string, string>, node.isSelfClosing));
  }
  if (h.text) {
    parser.on("text", h.text);
    parser.on("cdata", h.text);
  }
  if (h.close) {
    const close = h.close;
    parser.on("closetag", (node) => close(local(node.name)));
  }
  let stopped = false;
  pkg.textChunks(path, (chunk) => {
    parser.write(chunk);
    if (h.done?.()) stopped = true;
    return !stopped;
  });
  if (!stopped) parser.close();
}

/** An attribute by local name, whatever its prefix (`r:id`, `x:r`), or undefined. */
export function attrLocal(attrs: Record<string, string>, name: string): string | undefined {
  if (name in attrs) return attrs[name];
  for (const k in attrs) if (k.endsWith(`:${name}`) && !k.startsWith("xmlns")) return attrs[k];
  return undefined;
}
