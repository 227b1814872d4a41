import { WorkbookError } from "../errors";
import { assertZip } from "./file-kind";
import { attr, child, children, isTrue, parseXml, relId } from "./xml-dom";
import { decodeXml, decoderFor, withoutDeclaredEncoding, xmlEncoding } from "./xml-text";
import { inflateEntry, inflateEntryChunks, readZipEntries, ZipFormatError, type ZipEntry } from "./zip";

/**
 * An .xlsx/.xlsm opened as what it is: a zip of parts (Open Packaging Conventions). Every part's
 * stored bytes are kept as they are, so a writer can copy the parts it does not own byte for
 * byte; the few parts every command needs (content types, relationships, workbook.xml) are
 * parsed once here. Sheets, shared strings and styles are read by `read-*.ts`, streaming.
 */

export type { ZipEntry } from "./zip";

export interface Relationship {
  id: string;
  /** Full type URI (`…/relationships/worksheet`); compare with `relType(rel)`. */
  type: string;
  /** Target as written. */
  target: string;
  external: boolean;
  /** For internal targets: the part's path in the zip (no leading slash), resolved from the source part. */
  path?: string;
}

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetEntry {
  name: string;
  sheetId: number;
  /** Relationship id (`r:id`) in workbook.xml.rels. */
  rId: string;
  /** The sheet part's path (`xl/worksheets/sheet1.xml`); undefined when its relationship is missing. */
  path?: string;
  state: SheetState;
  /** `worksheet` for ordinary sheets; `chartsheet`, `dialogsheet`, `macrosheet` for the others. */
  kind: string;
}

export interface DefinedName {
  name: string;
  /** Index into `sheets` for a sheet-level name; undefined for a workbook-level one. */
  localSheetId?: number;
  hidden: boolean;
  /** The formula text (`'Action plan'!$A$1`), entities decoded. */
  text: string;
}

export interface WorkbookInfo {
  /** `xl/workbook.xml` (from the package relationship). */
  path: string;
  /** In workbook order (the tab order). */
  sheets: SheetEntry[];
  definedNames: DefinedName[];
  /** Review › Protect Workbook (structure) is on. */
  lockStructure: boolean;
  /** Dates count from 1904 (old Mac workbooks). */
  date1904: boolean;
  /** Its relationships (`xl/_rels/workbook.xml.rels`). */
  rels: Relationship[];
  sharedStringsPath?: string;
  stylesPath?: string;
  themePath?: string;
}

export interface ContentTypes {
  /** Extension (lower case, no dot) → content type. */
  defaults: Map<string, string>;
  /** Part path (lower case, no leading slash) → content type. */
  overrides: Map<string, string>;
}

/** The last segment of a relationship type: `worksheet`, `sharedStrings`, `officeDocument`, … */
export function relType(rel: Relationship): string {
  return rel.type.slice(rel.type.lastIndexOf("/") + 1);
}

/** The `_rels` part that holds a part's relationships: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Resolve a relationship target against its source part (`xl/workbook.xml` + `worksheets/sheet1.xml`). */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // not percent-encoded after all
  }
  const base = t.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const seg of t.replace(/^\/+/, "").split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

export class XlsxPackage {
  /** Every entry in zip order (folders left out). */
  readonly entries: ZipEntry[];
  readonly contentTypes: ContentTypes;
  readonly workbook: WorkbookInfo;
  private readonly byName = new Map<string, ZipEntry>();

  private constructor(readonly label: string, readonly bytes: Uint8Array, entries: ZipEntry[]) {
    this.entries = entries;
    // Part names in a package compare without case (OPC §9.1.1.1).
    for (const e of entries) this.byName.set(e.name.toLowerCase(), e);
    this.contentTypes = this.readContentTypes();
    this.workbook = this.readWorkbook();
  }

  /**
   * Open the file's bytes. `label` names the file in messages (its path). Throws a WorkbookError
   * for anything that is not a readable .xlsx: a text file, an .xls, an encrypted workbook, a
   * damaged zip, a zip with no workbook in it.
   */
  static open(bytes: Uint8Array, label = "The file"): XlsxPackage {
    assertZip(bytes, label);
    let entries: ZipEntry[];
    try {
      entries = readZipEntries(bytes);
    } catch (e) {
      throw damaged(label, e);
    }
    if (entries.length === 0) throw new WorkbookError("not-xlsx", `${label} is an empty zip archive, not an .xlsx workbook.`);
    return new XlsxPackage(label, bytes, entries);
  }

  has(path: string): boolean {
    return this.byName.has(path.toLowerCase());
  }

  /** The stored entry for a part (names compare without case), or undefined. */
  entry(path: string): ZipEntry | undefined {
    return this.byName.get(path.toLowerCase());
  }

  /** The part's inflated bytes (not cached: a large sheet should be streamed with `textChunks`). */
  bytesOf(path: string): Uint8Array {
    const e = this.entry(path);
    if (!e) throw new WorkbookError("not-xlsx", `${this.label} could not be read as an .xlsx workbook: its part ${path} is missing.`);
    try {
      return inflateEntry(e);
    } catch (err) {
      throw damaged(this.label, err);
    }
  }

  /** The part as text, decoded in the encoding it declares (UTF-8, UTF-16, windows-1252…). */
  text(path: string): string {
    try {
      return withoutDeclaredEncoding(decodeXml(this.bytesOf(path)));
    } catch (err) {
      throw err instanceof WorkbookError ? err : damaged(this.label, err, path);
    }
  }

  /**
   * The part as text, piece by piece, decoded in the encoding it declares; `onText` returns false
   * to stop early. A large sheet is never held whole in memory.
   */
  textChunks(path: string, onText: (text: string) => boolean | void): void {
    const e = this.entry(path);
    if (!e) throw new WorkbookError("not-xlsx", `${this.label} could not be read as an .xlsx workbook: its part ${path} is missing.`);
    let decoder: TextDecoder | undefined;
    let first = true;
    try {
      inflateEntryChunks(e, (chunk) => {
        if (!decoder) decoder = decoderFor(xmlEncoding(chunk.subarray(0, 200)));
        let s = decoder.decode(chunk, { stream: true });
        if (first && s.length) {
          s = withoutDeclaredEncoding(s);
          first = false;
        }
        return s.length ? onText(s) : true;
      });
      const rest = decoder?.decode();
      if (rest) onText(rest);
    } catch (err) {
      throw err instanceof WorkbookError ? err : damaged(this.label, err, path);
    }
  }

  /** The content type of a part: its Override, else the Default for its extension. */
  contentTypeOf(path: string): string | undefined {
    const p = path.toLowerCase();
    return this.contentTypes.overrides.get(p) ?? this.contentTypes.defaults.get(p.slice(p.lastIndexOf(".") + 1));
  }

  /** The relationships of a part (empty when it has none). */
  relsOf(partPath: string): Relationship[] {
    const relsPath = relsPathOf(partPath);
    if (!this.has(relsPath)) return [];
    const root = this.parse(relsPath).documentElement!;
    return children(root, "Relationship").map((el) => {
      const target = attr(el, "Target") ?? "";
      const external = attr(el, "TargetMode") === "External";
      return { id: attr(el, "Id") ?? "", type: attr(el, "Type") ?? "", target, external, path: external ? undefined : resolveTarget(partPath, target) };
    });
  }

  /** Parse a small part into a DOM (a damaged part becomes a WorkbookError naming it). */
  parse(path: string) {
    const text = this.text(path);
    try {
      return parseXml(text);
    } catch (err) {
      throw damaged(this.label, err, path);
    }
  }

  private readContentTypes(): ContentTypes {
    const defaults = new Map<string, string>();
    const overrides = new Map<string, string>();
    if (!this.has("[Content_Types].xml")) throw this.otherZip();
    const root = this.parse("[Content_Types].xml").documentElement!;
    for (const d of children(root, "Default")) defaults.set((attr(d, "Extension") ?? "").toLowerCase(), attr(d, "ContentType") ?? "");
    for (const o of children(root, "Override")) overrides.set((attr(o, "PartName") ?? "").replace(/^\/+/, "").toLowerCase(), attr(o, "ContentType") ?? "");
    return { defaults, overrides };
  }

  private workbookPath(): string {
    const main = this.relsOf("").find((r) => relType(r) === "officeDocument" && !r.external);
    if (main?.path && this.has(main.path)) return this.entry(main.path)!.name;
    // Some generators leave out _rels/.rels; Excel still finds xl/workbook.xml.
    if (!main && this.has("xl/workbook.xml")) return this.entry("xl/workbook.xml")!.name;
    if (main) throw notWorkbook(this.label, `its workbook part (${main.path}) is missing`);
    throw this.otherZip();
  }

  /** What a zip that holds no workbook is, as far as we can tell (F16: never "the workbook is empty"). */
  private otherZip(): WorkbookError {
    if (this.has("content.xml") && this.has("mimetype"))
      return new WorkbookError("not-xlsx", `${this.label} is an OpenDocument spreadsheet (.ods), not an .xlsx workbook: open it in LibreOffice or Excel and save it as an Excel Workbook (.xlsx).`);
    if (this.has("word/document.xml")) return notWorkbook(this.label, "it is a Word document");
    if (this.has("ppt/presentation.xml")) return notWorkbook(this.label, "it is a PowerPoint presentation");
    return notWorkbook(this.label, "it is a zip file with no workbook in it");
  }

  private readWorkbook(): WorkbookInfo {
    const path = this.workbookPath();
    const root = this.parse(path).documentElement!;
    if (root.localName !== "workbook") throw notWorkbook(this.label, `its main part is a ${root.localName}, not a workbook`);
    const rels = this.relsOf(path);
    const relById = new Map(rels.map((r) => [r.id, r]));
    const sheets: SheetEntry[] = children(child(root, "sheets") ?? root, "sheet").map((el) => {
      const rId = relId(el) ?? "";
      const rel = relById.get(rId);
      const state = attr(el, "state");
      const kind = rel ? relType(rel).replace(/^xlMacrosheet$/, "macrosheet").replace(/^xlIntlMacrosheet$/, "macrosheet") : "worksheet";
      return {
        name: attr(el, "name") ?? "",
        sheetId: Number(attr(el, "sheetId") ?? 0),
        rId,
        path: rel?.path && this.has(rel.path) ? this.entry(rel.path)!.name : rel?.path,
        state: state === "veryHidden" ? "veryHidden" : state === "hidden" ? "hidden" : "visible",
        kind,
      };
    });
    const definedNames: DefinedName[] = children(child(root, "definedNames") ?? root, "definedName").map((el) => {
      const local = attr(el, "localSheetId");
      return { name: attr(el, "name") ?? "", ...(local !== null ? { localSheetId: Number(local) } : {}), hidden: isTrue(attr(el, "hidden")), text: el.textContent ?? "" };
    });
    const protection = child(root, "workbookProtection");
    const pr = child(root, "workbookPr");
    const partOf = (type: string) => {
      const p = rels.find((r) => relType(r) === type && !r.external)?.path;
      return p && this.has(p) ? this.entry(p)!.name : undefined;
    };
    return {
      path,
      sheets,
      definedNames,
      lockStructure: protection ? isTrue(attr(protection, "lockStructure")) : false,
      date1904: pr ? isTrue(attr(pr, "date1904")) : false,
      rels,
      sharedStringsPath: partOf("sharedStrings"),
      stylesPath: partOf("styles"),
      themePath: partOf("theme"),
    };
  }
}

function notWorkbook(label: string, why: string): WorkbookError {
  return new WorkbookError("not-xlsx", `${label} is not an .xlsx workbook: ${why}.`);
}

function damaged(label: string, cause: unknown, part?: string): WorkbookError {
  const why = cause instanceof ZipFormatError || cause instanceof RangeError ? cause.message : `${part ? `its part ${part} is damaged` : "it is damaged"} (${(cause as Error).message?.split("\n")[0]})`;
  return new WorkbookError("not-xlsx", `${label} could not be read as an .xlsx workbook: ${why}.`, cause);
}
