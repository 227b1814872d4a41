import type { XlsxPackage } from "./package";
import { streamXml } from "./xml-stream";

/** `_x000D_` and friends: how OOXML escapes characters XML cannot hold (ECMA-376 ST_Xstring). */
export function unescapeOoxml(s: string): string {
  return s.includes("_x") ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;
}

/**
 * The shared strings table, each entry as plain text: rich text runs (`<r><t>`) joined,
 * phonetic guides (`<rPh>`) left out, as Excel shows the cell.
 */
export function readSharedStrings(pkg: XlsxPackage, path: string | undefined): string[] {
  const strings: string[] = [];
  if (!path) return strings;
  let parts: string[] = [];
  let inT = false;
  let phonetic = 0;
  streamXml(pkg, path, {
    // saxes reports a close for self-closing tags too, so opens and closes always pair.
    open(name) {
      if (name === "si") parts = [];
      else if (name === "t") inT = phonetic === 0;
      else if (name === "rPh") phonetic++;
    },
    text(text) {
      if (inT) parts.push(text);
    },
    close(name) {
      if (name === "t") inT = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") strings.push(unescapeOoxml(parts.join("")));
    },
  });
  return strings;
}
