import { SaxesParser } from "saxes";
import { WorkbookError } from "../errors";
import type { XlsxPackage } from "./package";

/** Handlers for one streamed part; element names arrive without their prefix (`x:c` → `c`). */
export interface XmlHandlers {
  open?(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  text?(text: string): void;
  close?(name: string): void;
  /** Checked after each chunk: true stops reading the part (the rest is not inflated). */
  done?(): boolean;
  /** Text to parse instead of each chunk (see EmptyRowFilter); `end` gives what it still holds. */
  filter?: { push(chunk: string): string; end(): string };
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
  const filter = h.filter;
  pkg.textChunks(path, (chunk) => {
    const text = filter ? filter.push(chunk) : chunk;
    if (text) parser.write(text);
    if (h.done?.()) stopped = true;
    return !stopped;
  });
  if (stopped) return;
  try {
    if (filter) parser.write(filter.end());
    parser.close();
  } catch (err) {
    // A part cut short ends with tags left open: say which part, in one sentence.
    throw new WorkbookError("not-xlsx", `${pkg.label} could not be read as an .xlsx workbook: its part ${path} is damaged (${(err as Error).message.split("\n")[0]}).`, err);
  }
}
