import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import { WorkbookError } from "../errors";

/** A kind of part ExcelJS does not write back, and how many the file holds. */
export interface UncarriedPart {
  /** Singular noun phrase, e.g. "chart", "pivot table". */
  kind: string;
  plural: string;
  count: number;
}

interface PartKind {
  kind: string;
  plural?: string;
  /** Zip entries that are one part each. */
  entry?: RegExp;
  /** Occurrences in worksheet XML (features ExcelJS drops from a sheet it otherwise keeps). */
  inSheet?: RegExp;
}

/**
 * What ExcelJS 4.4 drops on save. Images are listed although ExcelJS re-writes plain pictures:
 * it loses their drawing's other contents (shapes, alt text, links), so we do not promise them.
 */
const KINDS: PartKind[] = [
  { kind: "chart", entry: /^xl\/charts\/chart\d+\.xml$/ },
  { kind: "chart sheet", entry: /^xl\/chartsheets\/sheet\d+\.xml$/ },
  { kind: "pivot table", entry: /^xl\/pivotTables\/pivotTable\d+\.xml$/ },
  { kind: "macro project", entry: /^xl\/vbaProject\.bin$/ },
  { kind: "image", entry: /^xl\/media\/[^/]+$/ },
  { kind: "slicer", entry: /^xl\/slicers\/slicer\d+\.xml$/ },
  { kind: "timeline", entry: /^xl\/timelines\/timeline\d+\.xml$/ },
  { kind: "link to another workbook", plural: "links to other workbooks", entry: /^xl\/externalLinks\/externalLink\d+\.xml$/ },
  { kind: "form control", entry: /^xl\/ctrlProps\/ctrlProp\d+\.xml$/ },
  { kind: "ActiveX control", entry: /^xl\/activeX\/activeX\d+\.xml$/ },
  { kind: "embedded object", entry: /^xl\/embeddings\/[^/]+$/ },
  { kind: "threaded comment part", entry: /^xl\/threadedComments\/[^/]+\.xml$/ },
  { kind: "data connection", entry: /^xl\/connections\.xml$/ },
  { kind: "Power Pivot data model", plural: "Power Pivot data models", entry: /^xl\/model\/item\.data$/ },
  { kind: "set of custom document properties (such as a sensitivity label)", plural: "sets of custom document properties (such as a sensitivity label)", entry: /^docProps\/custom\.xml$/ },
  { kind: "shape or text box", plural: "shapes or text boxes", inSheet: /<xdr:sp[\s>/]/g },
  { kind: "group of sparklines", plural: "groups of sparklines", inSheet: /<x14:sparklineGroup[\s>/]/g },
  { kind: "data validation in Excel 2010 form", plural: "data validations in Excel 2010 form", inSheet: /<x14:dataValidation[\s>/]/g },
  // ExcelJS reads these rule types but writes nothing for them (and may leave an empty, invalid block).
  { kind: "conditional-format rule of a kind this tool cannot write (duplicates, begins/ends with…)", plural: "conditional-format rules of kinds this tool cannot write (duplicates, begins/ends with…)", inSheet: /<cfRule[^>]*type="(?:duplicateValues|uniqueValues|beginsWith|endsWith|notContainsText)"/g },
];

/** Defined names ExcelJS cannot keep: formulas and constants (it keeps plain ranges only) and sheet-level names (it makes them workbook-level). */
function lostNames(workbookXml: string): number {
  let n = 0;
  for (const m of workbookXml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const attrs = m[1] ?? "";
    if (/name="_xlnm\./.test(attrs)) continue;
    const text = (m[2] ?? "").replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
    const plainRange = /^(?:'[^']+'|[^'!,()]+)!\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?$/.test(text.trim());
    if (!plainRange || /localSheetId=/.test(attrs)) n++;
  }
  return n;
}

/** List what in an .xlsx (its zip entries and sheet XML) would be lost if ExcelJS wrote it back. */
export async function findUncarriedParts(data: Uint8Array): Promise<UncarriedPart[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch (e) {
    throw new WorkbookError("not-xlsx", `The file is not a readable .xlsx (zip) workbook: ${(e as Error).message}.`, e);
  }
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  const sheetXml: string[] = [];
  for (const n of names)
    if (/^xl\/(?:worksheets\/sheet\d+|drawings\/drawing\d+)\.xml$/.test(n)) sheetXml.push(await zip.file(n)!.async("string"));
  const found: UncarriedPart[] = [];
  for (const k of KINDS) {
    let count = 0;
    if (k.entry) count += names.filter((n) => k.entry!.test(n)).length;
    if (k.inSheet) for (const xml of sheetXml) count += [...xml.matchAll(k.inSheet)].length;
    if (count) found.push({ kind: k.kind, plural: k.plural ?? `${k.kind}s`, count });
  }
  const wbXml = await zip.file("xl/workbook.xml")?.async("string");
  const names2 = wbXml ? lostNames(wbXml) : 0;
  if (names2) found.push({ kind: "named formula or sheet-level name", plural: "named formulas or sheet-level names", count: names2 });
  return found;
}

const NUMBER_WORDS = ["no", "a", "2", "3", "4", "5", "6", "7", "8", "9"];

/** "2 charts and a pivot table". */
export function describeParts(parts: UncarriedPart[]): string {
  const phrases = parts.map((p) => (p.count === 1 ? `${/^[aeiou]/i.test(p.kind) ? "an" : "a"} ${p.kind}` : `${NUMBER_WORDS[p.count] ?? p.count} ${p.plural}`));
  return phrases.length <= 1 ? (phrases[0] ?? "nothing") : `${phrases.slice(0, -1).join(", ")} and ${phrases[phrases.length - 1]}`;
}

/**
 * Refuse to write a copy of `path` that would silently lose parts of it, unless forced
 * (`bytes`: the file as already read, so it is not read twice).
 * Returns what will be lost (empty when nothing), so a forced run can say so.
 */
export async function checkCarryOver(path: string, command: "apply" | "fix", force: boolean, bytes?: Uint8Array): Promise<UncarriedPart[]> {
  const parts = await findUncarriedParts(bytes ?? (await readFile(path)));
  if (parts.length && !force)
    throw new WorkbookError("carry-over", `${path} contains ${describeParts(parts)}, which this tool cannot carry over; ${command} would drop ${parts.length === 1 && parts[0]!.count === 1 ? "it" : "them"}. Use the Excel add-in instead, or pass --force to write a copy without ${parts.length === 1 && parts[0]!.count === 1 ? "it" : "them"}.`);
  return parts;
}
