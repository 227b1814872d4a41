import { isIsoDate, type IsoDate } from "../core/dates";
import type { XlsxPackage } from "../workbook/xlsx/package";

/**
 * The day a file was last saved, from its document properties (`docProps/core.xml`,
 * `dcterms:modified`, else `dcterms:created`): the best "as at" a plan version carries when
 * the user gives none. Null when the file has no such property.
 */
export function documentDate(pkg: XlsxPackage): IsoDate | null {
  try {
    const xml = pkg.has("docProps/core.xml") ? pkg.text("docProps/core.xml") : null;
    if (!xml) return null;
    for (const tag of ["modified", "created"]) {
      const m = new RegExp(`<dcterms:${tag}[^>]*>(\\d{4}-\\d{2}-\\d{2})`).exec(xml);
      if (m && isIsoDate(m[1]!)) return m[1]!;
    }
    return null;
  } catch {
    // A damaged properties part is only a missing hint: the plan itself was read.
    return null;
  }
}
