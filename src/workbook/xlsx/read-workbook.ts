import { proveOwnership } from "../../core/ownership-proof";
import { sameSheetName } from "../../core/sheet-names";
import { WorkbookError } from "../errors";
import type { ReadOptions, SheetSnapshot, WorkbookSnapshot } from "../port";
import type { XlsxPackage } from "./package";
import { readSharedStrings } from "./read-strings";
import { readSheetXml, type SheetContext } from "./read-sheet";
import { readStyles, readThemeColours } from "./read-styles";

const EMPTY = () => ({ values: [], origin: { row: 1, col: 1 } });

/** Protection of a sheet whose cells we do not read: a text scan, far cheaper than a parse. */
function scanProtection(pkg: XlsxPackage, path: string): boolean {
  let tail = "";
  let found: boolean | null = null;
  pkg.textChunks(path, (chunk) => {
    const text = tail + chunk;
    const m = /<(?:[\w.-]+:)?sheetProtection\b([^>]*)>/.exec(text);
    if (m) {
      found = /\bsheet\s*=\s*["'](?:1|true)["']/.test(m[1] ?? "");
      return false;
    }
    tail = text.slice(-512);
    return true;
  });
  return found ?? false;
}

/** What reading any of the workbook's sheets needs: shared strings, cell formats, date system. */
export function sheetContext(pkg: XlsxPackage): SheetContext {
  const wb = pkg.workbook;
  const styles = readStyles(pkg, wb.stylesPath, readThemeColours(pkg, wb.themePath));
  const filledStyles = new Set(styles.flatMap((s, i) => (s.fill ? [i] : [])));
  return { strings: readSharedStrings(pkg, wb.sharedStringsPath), styles, filledStyles, date1904: wb.date1904, label: pkg.label };
}

/**
 * Read the workbook into the port's snapshot: every sheet in tab order with its visibility,
 * protection and proved ownership; cells only for the sheets asked for (`options.sheets`).
 */
export function readSnapshot(pkg: XlsxPackage, options: ReadOptions = {}): WorkbookSnapshot {
  const wb = pkg.workbook;
  const wanted = (name: string) => !options.sheets || options.sheets.some((n) => sameSheetName(n, name));
  let ctx: SheetContext | undefined;
  const context = () => (ctx ??= sheetContext(pkg));
  const sheets: SheetSnapshot[] = wb.sheets.map((entry) => {
    if (!entry.path || !pkg.has(entry.path))
      throw new WorkbookError("not-xlsx", `${pkg.label} could not be read as an .xlsx workbook: the part for sheet "${entry.name}" is missing (it may be damaged).`);
    let grid: SheetSnapshot["grid"] = EMPTY();
    let isProtected: boolean;
    if (entry.kind === "worksheet" && wanted(entry.name)) {
      const read = readSheetXml(pkg, entry.path, context());
      grid = read.grid;
      isProtected = read.protected;
    } else {
      isProtected = scanProtection(pkg, entry.path);
    }
    return { name: entry.name, visibility: entry.state, protected: isProtected, grid };
  });
  // Markers (and the old version's evidence), as every adapter proves ownership.
  proveOwnership(sheets, wb.definedNames.filter((n) => n.localSheetId === undefined).map((n) => ({ name: n.name, formula: n.text })));
  return { sheets, structureProtected: wb.lockStructure };
}
