import { XlsxPackage } from "../../../src/workbook/xlsx/package";
import { readSnapshot } from "../../../src/workbook/xlsx/read-workbook";
import { buildZip, minimalParts } from "./build-zip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const read = (sheetXml: string, opts: Parameters<typeof minimalParts>[1] = {}) => readSnapshot(XlsxPackage.open(buildZip(minimalParts([{ name: "Plan", xml: sheetXml }], opts)), "t.xlsx")).sheets[0]!.grid;

describe("readSheetXml details other writers rely on", () => {
  it("cells and rows without r= attributes follow on from the previous ones", () => {
    const g = read('<sheetData><row><c t="inlineStr"><is><t>a</t></is></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row></sheetData>');
    expect(g.values).toEqual([["a", 2], [null, null, 3, 4]]);
  });

  it("booleans written as 0/1 or false/true", () => {
    const g = read('<sheetData><row r="1"><c r="A1" t="b"><v>0</v></c><c r="B1" t="b"><v>1</v></c><c r="C1" t="b"><v>false</v></c><c r="D1" t="b"><v>true</v></c></row></sheetData>');
    expect(g.values).toEqual([[false, true, false, true]]);
  });

  it("OOXML escapes (_x000D_) in shared strings, phonetic guides left out, whitespace kept", () => {
    const sst = `<sst xmlns="${MAIN}"><si><t xml:space="preserve">Line one_x000D_\nline two </t></si><si><r><t>Ri</t></r><r><rPr><b/></rPr><t>ch</t></r><rPh sb="0" eb="1"><t>ri</t></rPh></si></sst>`;
    const g = read('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row></sheetData>', { sharedStrings: sst });
    expect(g.values).toEqual([["Line one\r\nline two ", "Rich"]]);
  });

  it("a date-formatted cell from a custom format, with a 1904 workbook", () => {
    const styles = `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\/mm\\/yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
    const parts = minimalParts([{ name: "Plan", xml: '<sheetData><row r="1"><c r="A1" s="1"><v>43465</v></c><c r="B1" s="1"><v>99999999999</v></c></row></sheetData>' }], { styles, workbookExtra: '<workbookPr date1904="1"/>' });
    const g = readSnapshot(XlsxPackage.open(buildZip(parts), "t.xlsx")).sheets[0]!.grid;
    expect(g.values[0]).toEqual([new Date(Date.UTC(2023, 0, 1)), 99999999999]);
    expect(g.numberFormats?.[0]).toEqual([null, "dd/mm/yyyy"]);
  });
});
