import { posix } from "node:path";
import type { PackageName, PackageSheet, WritablePackage } from "./package-parts";
import { REL_NS } from "./package-parts";
import { appendChildren, attr, attributes, binary, childrenNamed, childrenOf, escapeXml, insertionPoint, openTag, prefixFor, prefixOf, rootElement, splice, type Splice } from "./xml-splice";

/** Children of <workbook> in schema order (CT_Workbook). */
const WORKBOOK_ORDER = [
  "fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets", "functionGroups", "externalReferences",
  "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing",
  "fileRecoveryPr", "webPublishObjects", "extLst",
] as const;

const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

interface NewSheet {
  name: string;
  part: string;
  rId: string;
  sheetId: number;
  state: PackageSheet["state"];
  /** Position in <sheets> after insertion. */
  index: number;
}

/**
 * The changes one write makes to the workbook part, its relationships and the content types:
 * sheets added (with their relationship and content type), a sheet of ours renamed or re-hidden,
 * names of ours set or removed. Everything else in those parts keeps its bytes.
 */
export class WorkbookEdit {
  private readonly adds: NewSheet[] = [];
  private readonly renamed = new Map<string, { name: string; state?: PackageSheet["state"] }>();
  private readonly setNames = new Map<string, { name: string; text: string; localSheet: string | null; hidden: boolean }>();
  private readonly dropNames: ((n: PackageName, sheetName: string | null) => boolean)[] = [];
  private readonly sheets: PackageSheet[];

  constructor(private readonly pkg: WritablePackage) {
    this.sheets = pkg.sheets();
  }

  /** Current sheet list including sheets added in this write (names as they will be). */
  list(): { name: string; part: string | null }[] {
    const base = this.sheets.map((s) => ({ name: this.renamed.get(s.rId)?.name ?? s.name, part: s.part }));
    for (const a of [...this.adds].sort((x, y) => x.index - y.index)) base.splice(a.index, 0, { name: a.name, part: a.part });
    return base;
  }

  private relsXml(): string {
    return this.pkg.text(this.pkg.workbookRelsPath) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  }

  /** A free relationship id in the workbook's .rels. */
  private freeRelId(taken: Set<string>): string {
    for (let n = taken.size + 1; ; n++) if (!taken.has(`rId${n}`)) return `rId${n}`;
  }

  /** Add a new worksheet part after sheet position `after` (-1: at the end). Returns its zip path. */
  addSheet(name: string, content: string, state: PackageSheet["state"], after: number): string {
    const dir = posix.dirname(this.pkg.workbookPath);
    let n = 1;
    while (this.pkg.has(posix.join(dir, `worksheets/sheet${n}.xml`))) n++;
    const part = posix.join(dir, `worksheets/sheet${n}.xml`);
    this.pkg.set(part, content);
    const ids = new Set([...this.pkg.relationships(this.pkg.workbookRelsPath).map((r) => r.id), ...this.adds.map((a) => a.rId)]);
    const sheetId = Math.max(0, ...this.sheets.map((s) => s.sheetId), ...this.adds.map((a) => a.sheetId)) + 1;
    const count = this.sheets.length + this.adds.length;
    const index = after < 0 || after >= count ? count : after + 1;
    for (const a of this.adds) if (a.index >= index) a.index++;
    this.adds.push({ name, part, rId: this.freeRelId(ids), sheetId, state, index });
    return part;
  }

  /** Give a sheet of ours a new name or state (the part itself is replaced by the caller). */
  updateSheet(sheet: PackageSheet, name: string, state?: PackageSheet["state"]): void {
    this.renamed.set(sheet.rId, { name, state });
  }

  /** Set a workbook name (replacing any of the same name and scope). `localSheet`: a sheet name for a sheet-scoped name. */
  setName(name: string, text: string, options: { hidden?: boolean; localSheet?: string } = {}): void {
    this.setNames.set(`${name.toLowerCase()}|${(options.localSheet ?? "").toLowerCase()}`, { name, text, localSheet: options.localSheet ?? null, hidden: options.hidden ?? false });
  }

  /** Remove names matching `test` (given the name and the sheet it is scoped to). */
  dropName(test: (n: PackageName, sheetName: string | null) => boolean): void {
    this.dropNames.push(test);
  }

  /** Write workbook.xml, its .rels and [Content_Types].xml. */
  commit(): void {
    if (!this.adds.length && !this.renamed.size && !this.setNames.size && !this.dropNames.length) return;
    this.commitWorkbook();
    if (this.adds.length) {
      this.commitRels();
      this.commitContentTypes();
    }
  }

  /** Old position → new position, once sheets are inserted. */
  private shift(index: number): number {
    const inserted = [...this.adds].sort((a, b) => a.index - b.index);
    let i = index;
    for (const a of inserted) if (a.index <= i) i++;
    return i;
  }

  private commitWorkbook(): void {
    const path = this.pkg.workbookPath;
    const xml = this.pkg.text(path)!;
    const root = rootElement(xml);
    const p = prefixOf(root);
    const children = childrenOf(xml, root);
    const edits: Splice[] = [];
    const relPrefix = prefixFor(xml, root, this.pkg.namespaces().relationships) ?? prefixFor(xml, root, REL_NS);
    const sheetsEl = children.find((c) => c.local === "sheets");
    if (!sheetsEl) throw new SyntaxError("its workbook part lists no sheets");
    // <sheets>: each user's <sheet> as written; ours renamed in place; new ones at their positions.
    const sheetEls = childrenNamed(xml, sheetsEl, "sheet");
    const out: string[] = sheetEls.map((el, i) => {
      const ren = this.renamed.get(this.sheets[i]!.rId);
      if (!ren) return xml.slice(el.start, el.end);
      // Our own sheet: its element rewritten with the same id and relationship, new name and state.
      const others = [...attributes(xml, el)].filter(([n]) => n !== "name" && n !== "state").map(([n, a]) => ` ${n}="${a.raw}"`).join("");
      const state = ren.state ?? this.sheets[i]!.state;
      return binary(`<${el.qname} name="${escapeXml(ren.name)}"${state === "visible" ? "" : ` state="${state}"`}`) + `${others}/>`;
    });
    const rel = relPrefix ? `${relPrefix}:id` : "r:id";
    const relDecl = relPrefix ? "" : ` xmlns:r="${this.pkg.namespaces().relationships}"`;
    for (const a of [...this.adds].sort((x, y) => x.index - y.index))
      out.splice(a.index, 0, binary(`<${p}sheet name="${escapeXml(a.name)}"${a.state === "visible" ? "" : ` state="${a.state}"`} sheetId="${a.sheetId}" ${rel}="${a.rId}"${relDecl}/>`));
    edits.push({ start: sheetsEl.start, end: sheetsEl.end, text: `${openTag(xml, sheetsEl)}${out.join("")}</${sheetsEl.qname}>` });
    // bookViews: the active tab and first visible tab keep pointing at the same sheets.
    for (const bv of children.filter((c) => c.local === "bookViews"))
      for (const view of childrenNamed(xml, bv, "workbookView"))
        for (const key of ["activeTab", "firstSheet"]) {
          const a = attributes(xml, view).get(key);
          if (a && this.adds.length) edits.push({ start: a.start, end: a.end, text: String(this.shift(Number(a.raw))) });
        }
    edits.push(...this.namesEdits(xml, root, children, p));
    this.pkg.set(path, splice(xml, edits));
  }

  private namesEdits(xml: string, root: ReturnType<typeof rootElement>, children: ReturnType<typeof childrenOf>, p: string): Splice[] {
    const namesEl = children.find((c) => c.local === "definedNames");
    const finalNames = this.list().map((s) => s.name);
    const kept: string[] = [];
    const existing = namesEl ? childrenNamed(xml, namesEl, "definedName") : [];
    for (const el of existing) {
      const name = attr(xml, el, "name") ?? "";
      const localRaw = attributes(xml, el).get("localSheetId");
      const local = localRaw ? Number(localRaw.raw) : null;
      const sheetName = local === null ? null : (this.sheets[local]?.name ?? null);
      const info: PackageName = { name, localSheetId: local, hidden: attr(xml, el, "hidden") === "1", text: "" };
      const key = `${name.toLowerCase()}|${sheetName === null ? "" : (this.renamed.get(this.sheets[local!]!.rId)?.name ?? sheetName).toLowerCase()}`;
      if (this.setNames.has(key) || this.dropNames.some((d) => d(info, sheetName))) continue;
      if (localRaw && this.adds.length) kept.push(splice(xml.slice(el.start, el.end), [{ start: localRaw.start - el.start, end: localRaw.end - el.start, text: String(this.shift(local!)) }]));
      else kept.push(xml.slice(el.start, el.end));
    }
    for (const n of this.setNames.values()) {
      const index = n.localSheet === null ? -1 : finalNames.findIndex((s) => s.toLowerCase() === n.localSheet!.toLowerCase());
      kept.push(binary(`<${p}definedName name="${escapeXml(n.name)}"${index >= 0 ? ` localSheetId="${index}"` : ""}${n.hidden ? ` hidden="1"` : ""}>${escapeXml(n.text)}</${p}definedName>`));
    }
    if (namesEl) return [{ start: namesEl.start, end: namesEl.end, text: kept.length ? `${openTag(xml, namesEl)}${kept.join("")}</${namesEl.qname}>` : "" }];
    if (!kept.length) return [];
    const at = insertionPoint(children, WORKBOOK_ORDER, "definedNames", root);
    return [{ start: at, end: at, text: `<${p}definedNames>${kept.join("")}</${p}definedNames>` }];
  }

  private commitRels(): void {
    const path = this.pkg.workbookRelsPath;
    const xml = this.relsXml();
    const root = rootElement(xml);
    const p = prefixOf(root);
    const existingType = this.pkg.relationships(path).find((r) => /\/worksheet$/.test(r.type))?.type;
    const type = existingType ?? `${this.pkg.namespaces().relationships}/worksheet`;
    const dir = posix.dirname(this.pkg.workbookPath);
    const add = this.adds.map((a) => `<${p}Relationship Id="${a.rId}" Type="${type}" Target="${posix.relative(dir, a.part)}"/>`).join("");
    this.pkg.set(path, splice(xml, [appendChildren(xml, root, add)]));
  }

  private commitContentTypes(): void {
    const xml = this.pkg.text("[Content_Types].xml")!;
    const root = rootElement(xml);
    const p = prefixOf(root);
    const add = this.adds.map((a) => `<${p}Override PartName="/${a.part}" ContentType="${WORKSHEET_TYPE}"/>`).join("");
    this.pkg.set("[Content_Types].xml", splice(xml, [appendChildren(xml, root, add)]));
  }
}
