import { a1 } from "../../../src/core/address";
import { writeZipParts } from "../../../src/workbook/xlsx/zip-parts";

/**
 * A workbook written the way Excel and the .NET Open XML SDK write them, without ExcelJS: raw
 * parts zipped by hand. `prefix: "x:"` writes every SpreadsheetML element with a namespace
 * prefix, as the Open XML SDK does (finding F9).
 */
export interface RawSheet {
  name: string;
  rows: (string | number | null)[][];
  state?: "visible" | "hidden" | "veryHidden";
  /** `<sheetProtection>` attributes, e.g. `sheet="1" password="CF75"`. */
  protection?: string;
  /** The user's own conditional formats. */
  userRules?: { range: string; formula: string; fill: string }[];
  /** Cells holding formulas: A1 → formula (with "="); `rows` holds their cached results. */
  formulas?: Record<string, string>;
  /** Extra elements after sheetData, already in schema order (hyperlinks, validations…), prefix applied by the caller. */
  after?: string;
  /** Elements after pageMargins (drawing, legacyDrawing, tableParts, extLst), in schema order. */
  end?: string;
  /** Extra parts hanging off the sheet: relationship type → [part path, content type, content]. */
  rels?: { type: string; target: string; contentType: string; content: string }[];
}

export interface RawBook {
  sheets: RawSheet[];
  prefix?: string;
  /** Extra content of workbook.xml after <bookViews> … e.g. `<workbookProtection lockStructure="1"/>` goes before. */
  protection?: string;
  definedNames?: string;
  /** Extra package parts (path → [content type or null for none, content]). */
  parts?: Record<string, [string | null, string]>;
  /** Extra relationships from the package root (`_rels/.rels`). */
  rootRels?: { type: string; target: string }[];
  macro?: boolean;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n`;

export function buildXlsx(book: RawBook): Buffer {
  const p = book.prefix ?? "";
  const ns = p ? `xmlns:${p.slice(0, -1)}="${MAIN}"` : `xmlns="${MAIN}"`;
  const strings: string[] = [];
  const sst = (s: string) => (strings.includes(s) ? strings.indexOf(s) : strings.push(s) - 1);
  const parts = new Map<string, string>();
  const types: string[] = [];
  let dxf = 0;
  const dxfs: string[] = [];
  book.sheets.forEach((sheet, i) => {
    const rows = sheet.rows
      .map((row, r) => {
        const cells = row
          .map((v, c) => {
            const ref = a1(r + 1, c + 1);
            const formula = sheet.formulas?.[ref];
            // A formula cell as Excel saves it: the formula, and its cached result (text as t="str").
            if (formula !== undefined) return `<${p}c r="${ref}"${typeof v === "number" ? "" : ` t="str"`}><${p}f>${esc(formula.replace(/^=/, ""))}</${p}f><${p}v>${esc(String(v ?? ""))}</${p}v></${p}c>`;
            return v === null ? "" : typeof v === "number" ? `<${p}c r="${ref}"><${p}v>${v}</${p}v></${p}c>` : `<${p}c r="${ref}" t="s"><${p}v>${sst(v)}</${p}v></${p}c>`;
          })
          .join("");
        return cells ? `<${p}row r="${r + 1}">${cells}</${p}row>` : "";
      })
      .join("");
    const cf = (sheet.userRules ?? [])
      .map((u, k) => {
        dxfs.push(`<${p}dxf><${p}fill><${p}patternFill><${p}bgColor rgb="FF${u.fill.slice(1)}"/></${p}patternFill></${p}fill></${p}dxf>`);
        return `<${p}conditionalFormatting sqref="${u.range}"><${p}cfRule type="expression" dxfId="${dxf++}" priority="${k + 1}"><${p}formula>${esc(u.formula)}</${p}formula></${p}cfRule></${p}conditionalFormatting>`;
      })
      .join("");
    const relEls = (sheet.rels ?? []).map((r, k) => `<Relationship Id="rId${k + 1}" Type="${r.type}" Target="${r.target}"/>`).join("");
    if (sheet.rels?.length) parts.set(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, `${HEAD}<Relationships xmlns="${PKG}">${relEls}</Relationships>`);
    for (const r of sheet.rels ?? []) {
      const path = r.target.startsWith("/") ? r.target.slice(1) : `xl/${r.target.replace(/^\.\.\//, "")}`;
      parts.set(path, r.content);
      types.push(`<Override PartName="/${path}" ContentType="${r.contentType}"/>`);
    }
    parts.set(
      `xl/worksheets/sheet${i + 1}.xml`,
      `${HEAD}<${p}worksheet ${ns} xmlns:r="${REL}"><${p}dimension ref="A1"/><${p}sheetViews><${p}sheetView workbookViewId="0"${i === 0 ? ` tabSelected="1"` : ""}/></${p}sheetViews><${p}sheetFormatPr defaultRowHeight="15"/><${p}sheetData>${rows}</${p}sheetData>${sheet.protection ? `<${p}sheetProtection ${sheet.protection}/>` : ""}${cf}${sheet.after ?? ""}<${p}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${sheet.end ?? ""}</${p}worksheet>`,
    );
    types.push(`<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
  });
  const n = book.sheets.length;
  const sheetsXml = book.sheets.map((s, i) => `<${p}sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state && s.state !== "visible" ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`).join("");
  parts.set(
    "xl/workbook.xml",
    `${HEAD}<${p}workbook ${ns} xmlns:r="${REL}"><${p}workbookPr defaultThemeVersion="166925"/>${book.protection ?? ""}<${p}bookViews><${p}workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" activeTab="0"/></${p}bookViews><${p}sheets>${sheetsXml}</${p}sheets>${book.definedNames ? `<${p}definedNames>${book.definedNames}</${p}definedNames>` : ""}<${p}calcPr calcId="191029"/></${p}workbook>`,
  );
  const wbRels = book.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("");
  parts.set("xl/_rels/workbook.xml.rels", `${HEAD}<Relationships xmlns="${PKG}">${wbRels}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>${book.macro ? `<Relationship Id="rId${n + 3}" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>` : ""}</Relationships>`);
  parts.set(
    "xl/styles.xml",
    `${HEAD}<${p}styleSheet ${ns}><${p}fonts count="1"><${p}font><${p}sz val="11"/><${p}color theme="1"/><${p}name val="Aptos Narrow"/><${p}family val="2"/><${p}scheme val="minor"/></${p}font></${p}fonts><${p}fills count="2"><${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill></${p}fills><${p}borders count="1"><${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border></${p}borders><${p}cellStyleXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellStyleXfs><${p}cellXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></${p}cellXfs><${p}cellStyles count="1"><${p}cellStyle name="Normal" xfId="0" builtinId="0"/></${p}cellStyles>${dxfs.length ? `<${p}dxfs count="${dxfs.length}">${dxfs.join("")}</${p}dxfs>` : `<${p}dxfs count="0"/>`}<${p}tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></${p}styleSheet>`,
  );
  parts.set("xl/sharedStrings.xml", `${HEAD}<${p}sst ${ns} count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<${p}si><${p}t xml:space="preserve">${esc(s)}</${p}t></${p}si>`).join("")}</${p}sst>`);
  if (book.macro) parts.set("xl/vbaProject.bin", "not really a VBA project, but bytes that must survive");
  for (const [path, [type, content]] of Object.entries(book.parts ?? {})) {
    parts.set(path, content);
    if (type) types.push(`<Override PartName="/${path}" ContentType="${type}"/>`);
  }
  const main = book.macro ? "application/vnd.ms-excel.sheet.macroEnabled.main+xml" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  parts.set(
    "[Content_Types].xml",
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="png" ContentType="image/png"/><Override PartName="/xl/workbook.xml" ContentType="${main}"/>${types.join("")}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  const root = [`<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>`, ...(book.rootRels ?? []).map((r, i) => `<Relationship Id="rIdX${i}" Type="${r.type}" Target="${r.target}"/>`)];
  parts.set("_rels/.rels", `${HEAD}<Relationships xmlns="${PKG}">${root.join("")}</Relationships>`);
  const order = ["[Content_Types].xml", "_rels/.rels", ...[...parts.keys()].filter((k) => k !== "[Content_Types].xml" && k !== "_rels/.rels")];
  return writeZipParts([], new Map(), new Map(order.map((k) => [k, Buffer.from(parts.get(k)!, "utf8")])), new Set(), new Date(2024, 0, 15, 10, 30));
}
