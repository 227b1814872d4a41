import { posix } from "node:path";
import { partBytes, readZipParts, writeZipParts, type PartContent, type ZipPart } from "./zip-parts";
import { attr, attrByLocal, attributes, binary, childrenNamed, childrenOf, readText, rootElement, textOf, type Element } from "./xml-splice";

/**
 * The package as the writer needs it: parts by name (as stored, or as changed), the workbook
 * part, its relationships, its sheets and names. (Write side. Fold into the read side's
 * `package.ts` on branch files-read, which parses the same things into a sheet list.)
 */
export interface PackageSheet {
  name: string;
  sheetId: number;
  rId: string;
  /** Zip path of the worksheet part (`xl/worksheets/sheet1.xml`), or null for a chart sheet or a broken link. */
  part: string | null;
  state: "visible" | "hidden" | "veryHidden";
  /** Position in <sheets> (the index Excel's localSheetId refers to). */
  index: number;
}

export interface PackageName {
  name: string;
  localSheetId: number | null;
  hidden: boolean;
  /** The formula, e.g. `'WSOA Tracker'!$D$2:$D$6`. */
  text: string;
}

export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MACRO_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

/** The XML encoding a part declares (or implies by its byte-order mark). */
function encodingOf(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0x3c && bytes[1] === 0x00) return "utf-16le";
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return "utf-16be";
  const head = Buffer.from(bytes.subarray(0, 200)).toString("latin1");
  return /^(?:\xef\xbb\xbf)?<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1]?.toLowerCase() ?? "utf-8";
}

/** A part as binary text (UTF-8 bytes, one character each); a part in another encoding is converted to UTF-8. */
function asBinary(bytes: Buffer): string {
  const enc = encodingOf(bytes);
  if (enc === "utf-8" || enc === "utf8" || enc === "us-ascii" || enc === "ascii") return bytes.toString("latin1");
  const text = new TextDecoder(enc).decode(bytes).replace(/^\ufeff/, "");
  return binary(text.replace(/^(<\?xml[^>]*?)\s+encoding\s*=\s*["'][^"']*["']/, "$1"));
}

export class WritablePackage {
  private readonly stored = new Map<string, ZipPart>();
  /** Changed parts: binary text, or bytes when a sheet's cells were spliced back untouched (see `shell`). */
  private readonly changed = new Map<string, string | Buffer[]>();
  private readonly shells = new Map<string, { data: Buffer; from: number; to: number; xml: string }>();
  private readonly added = new Map<string, string>();
  private readonly removed = new Set<string>();
  private readonly cache = new Map<string, string>();
  /** Parts as first read (binary), to tell a real change from the same text written back. */
  private readonly original = new Map<string, string>();
  readonly workbookPath: string;

  constructor(private readonly parts: ZipPart[]) {
    for (const p of parts) this.stored.set(p.name.toLowerCase(), p);
    const rels = this.text("_rels/.rels");
    const office = rels && this.relationships("_rels/.rels").find((r) => /\/officeDocument$/.test(r.type));
    if (!office) throw new SyntaxError("it has no workbook part (no officeDocument relationship)");
    this.workbookPath = office.target;
    if (!this.text(this.workbookPath)) throw new SyntaxError(`its workbook part ${this.workbookPath} is missing`);
  }

  static fromBytes(bytes: Uint8Array): WritablePackage {
    return new WritablePackage(readZipParts(bytes));
  }

  /** The stored name of a part (part names compare without case), or the name as given. */
  private stored_(path: string): string {
    return this.stored.get(path.toLowerCase())?.name ?? path;
  }

  has(path: string): boolean {
    const key = this.stored_(path);
    return !this.removed.has(key) && (this.changed.has(key) || this.added.has(path) || this.stored.has(path.toLowerCase()));
  }

  /** A part's content as binary text, or null when there is no such part. */
  text(path: string): string | null {
    if (this.added.has(path)) return this.added.get(path)!;
    const key = this.stored_(path);
    if (this.changed.has(key)) {
      const v = this.changed.get(key)!;
      return typeof v === "string" ? v : Buffer.concat(v).toString("latin1");
    }
    const part = this.stored.get(path.toLowerCase());
    if (!part || this.removed.has(key)) return null;
    let t = this.cache.get(key);
    if (t === undefined) {
      t = asBinary(partBytes(part));
      this.cache.set(key, t);
      if (!this.original.has(key)) this.original.set(key, t);
    }
    return t;
  }

  /** Replace or add a part (binary text). */
  set(path: string, text: string): void {
    if (this.stored.has(path.toLowerCase())) {
      const key = this.stored_(path);
      this.changed.set(key, text);
      this.cache.delete(key);
    } else this.added.set(path, text);
  }

  /**
   * A worksheet part with its cells left out: the text up to `<sheetData …>`, a marker, and the
   * text from `</sheetData>` on. Rules, dropdowns and protection live outside the cells, so a
   * sheet formatted down to row 1,048,576 is patched without its 60 MB of rows ever becoming a
   * string; `setShell` puts the cells back as the very bytes they were.
   */
  shell(path: string): string {
    const key = this.stored_(path);
    const part = this.stored.get(path.toLowerCase());
    if (!part || this.changed.has(key) || this.removed.has(key)) return this.text(path) ?? "";
    const known = this.shells.get(key);
    if (known) return known.xml;
    const data = partBytes(part);
    const enc = encodingOf(data);
    if (!/^(?:utf-?8|us-ascii|ascii)$/.test(enc)) return this.text(path)!;
    const headEnd = data.indexOf("sheetData");
    if (headEnd < 0) return this.text(path)!;
    const head = data.subarray(0, Math.min(data.length, headEnd + 4096)).toString("latin1");
    const open = /<((?:[\w.-]+:)?)sheetData\b(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(\/?)>/.exec(head);
    if (!open || open[2] === "/") return this.text(path)!;
    const from = open.index + open[0].length;
    const to = data.indexOf(`</${open[1]}sheetData>`, from, "latin1");
    if (to < 0) return this.text(path)!;
    const xml = data.toString("latin1", 0, from) + WritablePackage.CELLS + data.toString("latin1", to);
    this.shells.set(key, { data, from, to, xml });
    return xml;
  }

  /** Where `shell` left the cells out. */
  static readonly CELLS = "<!--wsoa:cells-->";

  /** Store a patched shell, its cells put back as they were. */
  setShell(path: string, xml: string): void {
    const key = this.stored_(path);
    const shell = this.shells.get(key);
    const at = xml.indexOf(WritablePackage.CELLS);
    if (!shell || at < 0 || xml.indexOf(WritablePackage.CELLS, at + 1) >= 0) throw new Error(`${path} was not opened as a shell`);
    if (xml === shell.xml) return; // nothing changed: the stored part is kept
    this.changed.set(key, [Buffer.from(xml.slice(0, at), "latin1"), shell.data.subarray(shell.from, shell.to), Buffer.from(xml.slice(at + WritablePackage.CELLS.length), "latin1")]);
    this.cache.delete(key);
  }

  /** Patch a worksheet part: through its shell when it has one (cells untouched), else its whole text. */
  setShellOrText(path: string, patch: (xml: string) => string): void {
    const key = this.stored_(path);
    if (this.stored.has(path.toLowerCase()) && !this.changed.has(key)) {
      const shell = this.shell(path);
      if (this.shells.has(key)) return this.setShell(path, patch(shell));
    }
    this.set(path, patch(this.text(path)!));
  }

  /** Leave a part out of the output. */
  remove(path: string): void {
    if (this.stored.has(path.toLowerCase())) this.removed.add(this.stored_(path));
    this.added.delete(path);
  }

  /** The parts this write changed or added (for tests and reports). */
  touched(): string[] {
    return [...this.changed.keys(), ...this.added.keys(), ...this.removed];
  }

  /** The whole package as a zip: untouched parts copied as stored. */
  toBytes(): Buffer {
    // A part written back exactly as it was (a second apply) keeps its stored record too.
    const changed = new Map<string, PartContent>();
    for (const [k, v] of this.changed) {
      if (typeof v !== "string") changed.set(k, v);
      else if (this.original.get(k) !== v) changed.set(k, Buffer.from(v, "latin1"));
    }
    const added = new Map([...this.added].map(([k, v]) => [k, Buffer.from(v, "latin1")]));
    return writeZipParts(this.parts, changed, added, this.removed);
  }

  /** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
  static relsPath(part: string): string {
    return posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
  }

  /** Relationships in a .rels part, targets resolved to zip paths. */
  relationships(relsPath: string): { id: string; type: string; target: string; external: boolean }[] {
    const xml = this.text(relsPath);
    if (!xml) return [];
    const source = posix.dirname(posix.dirname(relsPath)); // xl/_rels/x.rels → xl
    return childrenNamed(xml, rootElement(xml), "Relationship").map((el) => {
      const target = attr(xml, el, "Target") ?? "";
      const external = attr(xml, el, "TargetMode") === "External";
      let path = target;
      if (!external) {
        const t = decodeURI(target.replace(/\\/g, "/"));
        path = t.startsWith("/") ? t.slice(1) : posix.normalize(posix.join(source === "." ? "" : source, t));
      }
      return { id: attr(xml, el, "Id") ?? "", type: attr(xml, el, "Type") ?? "", target: path, external };
    });
  }

  get workbookRelsPath(): string {
    return WritablePackage.relsPath(this.workbookPath);
  }

  private workbookRoot(): { xml: string; root: Element } {
    const xml = this.text(this.workbookPath)!;
    return { xml, root: rootElement(xml) };
  }

  /** The sheets in tab order. */
  sheets(): PackageSheet[] {
    const { xml, root } = this.workbookRoot();
    const rels = new Map(this.relationships(this.workbookRelsPath).map((r) => [r.id, r]));
    const sheets = childrenNamed(xml, root, "sheets")[0];
    if (!sheets) return [];
    return childrenNamed(xml, sheets, "sheet").map((el, index) => {
      const rId = attrByLocal(xml, el, "id") ?? "";
      const rel = rels.get(rId);
      const state = attr(xml, el, "state");
      return {
        name: attr(xml, el, "name") ?? "",
        sheetId: Number(attr(xml, el, "sheetId") ?? 0),
        rId,
        part: rel && /\/worksheet$/.test(rel.type) && this.has(rel.target) ? this.stored_(rel.target) : null,
        state: state === "veryHidden" ? "veryHidden" : state === "hidden" ? "hidden" : "visible",
        index,
      };
    });
  }

  /** The workbook's defined names. */
  names(): PackageName[] {
    const { xml, root } = this.workbookRoot();
    const names = childrenNamed(xml, root, "definedNames")[0];
    if (!names) return [];
    return childrenNamed(xml, names, "definedName").map((el) => {
      const local = attr(xml, el, "localSheetId");
      const hidden = attr(xml, el, "hidden");
      return { name: attr(xml, el, "name") ?? "", localSheetId: local === null ? null : Number(local), hidden: hidden === "1" || hidden === "true", text: textOf(xml, el) };
    });
  }

  /** Review › Protect Workbook is on (structure locked). */
  get structureProtected(): boolean {
    const { xml, root } = this.workbookRoot();
    const p = childrenNamed(xml, root, "workbookProtection")[0];
    const v = p ? attr(xml, p, "lockStructure") : null;
    return v === "1" || v === "true";
  }

  /** The workbook part's content type says it holds macros (.xlsm). */
  get macroEnabled(): boolean {
    const xml = this.text("[Content_Types].xml") ?? "";
    const root = rootElement(xml);
    const partName = `/${this.workbookPath}`.toLowerCase();
    return childrenOf(xml, root).some((el) => el.local === "Override" && (attr(xml, el, "PartName") ?? "").toLowerCase() === partName && attr(xml, el, "ContentType") === MACRO_WORKBOOK);
  }

  /** The namespaces the workbook part uses, for the parts we add (Strict packages use other URIs). */
  namespaces(): { main: string; relationships: string } {
    const { xml, root } = this.workbookRoot();
    const own = [...attributes(xml, root)];
    const main = own.find(([n]) => n === (root.qname.includes(":") ? `xmlns:${root.qname.split(":")[0]}` : "xmlns"))?.[1].raw;
    const rel = own.map(([n, a]) => [n, readText(a.raw)] as const).find(([n, v]) => n.startsWith("xmlns:") && /relationships$/.test(v) && /officeDocument/.test(v))?.[1];
    return { main: main ? readText(main) : "http://schemas.openxmlformats.org/spreadsheetml/2006/main", relationships: rel ?? REL_NS };
  }
}
