/**
 * A 12-item plan whose rows are formatted down to row 1,048,576 (a row style and one bordered
 * empty cell in the rating column on every row, as formatting whole rows leaves it): the
 * review's `inflated-all` case (F10). Zipped by hand, as Excel would store it.
 */
import { writeFileSync } from "node:fs";
import { writeZipParts } from "../../src/workbook/xlsx/zip-parts";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

export function writeInflatedPlan(path: string, lastRow = 1_048_576): void {
  const header = ["Ref", "Workstream", "Action", "Deadline", "Lead", "RAG"];
  const ratings = ["Red", "Amber", "Green", "Complete"];
  const rows: string[] = [];
  const cell = (ref: string, v: string | number, s = 0) => (typeof v === "number" ? `<c r="${ref}"${s ? ` s="${s}"` : ""}><v>${v}</v></c>` : `<c r="${ref}"${s ? ` s="${s}"` : ""} t="inlineStr"><is><t>${esc(v)}</t></is></c>`);
  rows.push(`<row r="1">${cell("A1", "SEND Written Statement of Action")}</row>`);
  rows.push(`<row r="3">${header.map((h, i) => cell(`${"ABCDEF"[i]}3`, h)).join("")}</row>`);
  for (let i = 0; i < 12; i++) {
    const r = i + 4;
    const v = [`${1 + Math.floor(i / 4)}.${1 + (i % 4)}`, "Identification", `Action ${i + 1}`, 45382 + i * 30, "Jo Smith", ratings[i % 4]!];
    rows.push(`<row r="${r}" s="1" customFormat="1">${v.map((x, c) => cell(`${"ABCDEF"[c]}${r}`, x, c === 5 ? 2 : c === 3 ? 3 : 0)).join("")}</row>`);
  }
  for (let r = 16; r <= lastRow; r++) rows.push(`<row r="${r}" s="1" customFormat="1"><c r="F${r}" s="2"/></row>`);
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:F${lastRow}"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>${rows.join("")}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
  const parts: [string, string][] = [
    ["[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`],
    ["_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ["xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets><sheet name="Action plan" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    ["xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`],
    ["xl/styles.xml", styles],
    ["xl/worksheets/sheet1.xml", sheet],
  ];
  writeFileSync(path, writeZipParts([], new Map(), new Map(parts.map(([k, v]) => [k, Buffer.from(v, "utf8")]))));
}
