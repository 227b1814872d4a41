import { EmptyRowFilter } from "../../../src/workbook/xlsx/empty-rows";

function filter(xml: string, chunk: number, filled: number[] = []): string {
  const f = new EmptyRowFilter(new Set(filled));
  let out = "";
  for (let i = 0; i < xml.length; i += chunk) out += f.push(xml.slice(i, i + chunk));
  return out + f.end();
}

const head = `<?xml version="1.0"?><worksheet xmlns="m"><dimension ref="A1:F9"/><sheetData>`;
const tail = `</sheetData><sheetProtection sheet="1"/><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><rowBreaks count="1"><brk id="5"/></rowBreaks></worksheet>`;
const valued = `<row r="1"><c r="A1" t="s"><v>0</v></c></row>`;
const formula = `<row r="3" s="2"><c r="B3"><f>1+1</f></c></row>`;
const inline = `<row r="4"><c r="C4" t="inlineStr"><is><t>x</t></is></c></row>`;
const filledEmpty = `<row r="5"><c r="F5" s="7"/></row>`;
const empties = `<row r="2" s="3" customFormat="1"><c r="F2" s="3"/></row><row r="6"/><row r="7" spans="1:6"></row>`;

describe("EmptyRowFilter (rows formatted down the sheet, F10)", () => {
  it.each([1, 2, 3, 7, 50, 100_000])("drops rows holding no value and no fill, whatever the chunk size (%i)", (size) => {
    const xml = head + valued + empties + formula + inline + filledEmpty + empties.replace(/r="(\d)/g, 'r="1$1').replace(/F(\d)/g, "F1$1") + tail;
    expect(filter(xml, size, [7])).toBe(head + valued + formula + inline + filledEmpty + tail);
  });

  it("keeps a row whose only cell has a fill (a rating shown as colour)", () => {
    expect(filter(head + filledEmpty + tail, 5, [7])).toContain(filledEmpty);
    expect(filter(head + filledEmpty + tail, 5, [])).not.toContain(filledEmpty);
  });

  it("works with namespace prefixes (<x:row>)", () => {
    const x = (s: string) => s.replace(/<(\/?)(sheetData|row|c|v|f|is|t)\b/g, "<$1x:$2");
    expect(filter(x(head + valued + empties + tail), 4)).toBe(x(head + valued + tail));
  });

  it("passes everything through once CDATA appears (where </row> could hide in text)", () => {
    const cdata = `<row r="9"><c r="A9" t="inlineStr"><is><t><![CDATA[</row>]]></t></is></c></row>`;
    const xml = head + cdata + empties + tail;
    expect(filter(xml, 1_000_000)).toBe(xml);
  });

  it("an empty sheet (<sheetData/>) passes through", () => {
    const xml = `<worksheet><sheetData/><sheetProtection sheet="1"/></worksheet>`;
    expect(filter(xml, 3)).toBe(xml);
  });
});
