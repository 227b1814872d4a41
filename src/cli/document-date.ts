import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import { isIsoDate, type IsoDate } from "../core/dates";

/**
 * The day a file was last saved, from its document properties (`docProps/core.xml`,
 * `dcterms:modified`, else `dcterms:created`): the best "as at" a plan version carries when
 * the user gives none. Null when the file has no such property.
 */
export async function documentDate(path: string): Promise<IsoDate | null> {
  try {
    const zip = await JSZip.loadAsync(await readFile(path));
    const xml = await zip.file("docProps/core.xml")?.async("string");
    if (!xml) return null;
    for (const tag of ["modified", "created"]) {
      const m = new RegExp(`<dcterms:${tag}[^>]*>(\\d{4}-\\d{2}-\\d{2})`).exec(xml);
      if (m && isIsoDate(m[1]!)) return m[1]!;
    }
    return null;
  } catch {
    // The file itself is opened (and any problem reported) by the reader; this is only a hint.
    return null;
  }
}
