import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxPackage, relsPathOf, resolveTarget } from "../../../src/workbook/xlsx/package";
import { readSnapshot } from "../../../src/workbook/xlsx/read-workbook";
import { buildZip, minimalParts } from "./build-zip";

const open = (parts: Record<string, string | Uint8Array>) => XlsxPackage.open(buildZip(parts), "plan.xlsx");

describe("XlsxPackage", () => {
  it("lists an Excel-written workbook's sheets in tab order with their parts", () => {
    const pkg = XlsxPackage.open(readFileSync(join(__dirname, "../../../examples/peterborough-2019.xlsx")), "p.xlsx");
    expect(pkg.workbook.sheets.map((s) => [s.name, s.path, s.state])).toEqual([
      ["Key", "xl/worksheets/sheet1.xml", "visible"],
      ["Action plan", "xl/worksheets/sheet2.xml", "visible"],
    ]);
    expect(pkg.workbook.sharedStringsPath).toBe("xl/sharedStrings.xml");
    expect(pkg.workbook.stylesPath).toBe("xl/styles.xml");
    expect(pkg.workbook.definedNames).toEqual([{ name: "_xlnm.Print_Titles", localSheetId: 1, hidden: false, text: "'Action plan'!$4:$4" }]);
  });

  it("reads workbook.xml written with a namespace prefix (Open XML SDK: <x:workbook>), hidden names, states and protection", () => {
    const extra = `<x:workbookPr date1904="1"/><x:workbookProtection lockStructure="1" workbookPassword="CF75"/>`;
    const parts = minimalParts([{ name: "Plan", xml: "<x:sheetData/>" }, { name: "Old", xml: "<x:sheetData/>", state: "veryHidden" }], { prefix: "x", workbookExtra: extra });
    parts["xl/workbook.xml"] = (parts["xl/workbook.xml"] as string).replace("</x:sheets>", `</x:sheets><x:definedNames><x:definedName name="WSOA_Owned_Summary" hidden="1">'Old'!$A$1</x:definedName><x:definedName name="Local" localSheetId="0">Plan!$B$2 &amp; "x"</x:definedName></x:definedNames>`);
    const wb = open(parts).workbook;
    expect(wb.sheets.map((s) => [s.name, s.sheetId, s.rId, s.path, s.state])).toEqual([
      ["Plan", 1, "rId1", "xl/worksheets/sheet1.xml", "visible"],
      ["Old", 2, "rId2", "xl/worksheets/sheet2.xml", "veryHidden"],
    ]);
    expect(wb.lockStructure).toBe(true);
    expect(wb.date1904).toBe(true);
    expect(wb.definedNames).toEqual([
      { name: "WSOA_Owned_Summary", hidden: true, text: "'Old'!$A$1" },
      { name: "Local", localSheetId: 0, hidden: false, text: 'Plan!$B$2 & "x"' },
    ]);
  });

  it("keeps every part's stored bytes and inflates on demand", () => {
    const parts = minimalParts([{ name: "Plan", xml: "<sheetData/>" }]);
    parts["customXml/item1.xml"] = "<label>OFFICIAL-SENSITIVE</label>";
    const pkg = open(parts);
    expect(pkg.entries.map((e) => e.name).sort()).toEqual(Object.keys(parts).sort());
    expect(pkg.text("customXml/item1.xml")).toBe("<label>OFFICIAL-SENSITIVE</label>");
    expect(pkg.has("XL/Workbook.xml")).toBe(true);
    expect(pkg.contentTypeOf("xl/workbook.xml")).toMatch(/sheet\.main\+xml$/);
    expect(pkg.contentTypeOf("customXml/item1.xml")).toBe("application/xml");
  });

  it("decodes a part in the encoding it declares (F12: ISO-8859-1, UTF-16)", () => {
    const latin1 = Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?><sst><si><t>Café £500 naïve</t></si></sst>`, "latin1");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<?xml version="1.0" encoding="UTF-16"?><sst><si><t>Café £500</t></si></sst>`, "utf16le")]);
    const pkg = open({ ...minimalParts([{ name: "Plan", xml: "<sheetData/>" }]), "a.xml": latin1, "b.xml": utf16 });
    expect(pkg.text("a.xml")).toContain("Café £500 naïve");
    expect(pkg.text("b.xml")).toContain("<t>Café £500</t>");
    let streamed = "";
    pkg.textChunks("a.xml", (s) => void (streamed += s));
    expect(streamed).toContain("Café £500 naïve");
  });

  it("resolves relationship targets as OPC says (relative, absolute, ..)", () => {
    expect(relsPathOf("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
    expect(relsPathOf("")).toBe("_rels/.rels");
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../drawings/drawing1.xml")).toBe("xl/drawings/drawing1.xml");
    expect(resolveTarget("xl/workbook.xml", "/xl/tables/table1.xml")).toBe("xl/tables/table1.xml");
    expect(resolveTarget("xl/workbook.xml", "worksheets/My%20sheet.xml")).toBe("xl/worksheets/My sheet.xml");
  });

  describe("bad files get a clear message", () => {
    const fails = (bytes: Uint8Array) => {
      try {
        XlsxPackage.open(bytes, "plan.xlsx");
      } catch (e) {
        return e as { code: string; message: string };
      }
      throw new Error("opened");
    };
    it("a text file called .xlsx", () => expect(fails(Buffer.from("Name,Phone\nSEND team,07700\n"))).toMatchObject({ code: "not-xlsx", message: expect.stringContaining("looks like a text file") }));
    it("an empty file", () => expect(fails(new Uint8Array())).toMatchObject({ code: "not-xlsx", message: "plan.xlsx is an empty file, not a workbook." }));
    it("an empty zip", () => expect(fails(buildZip({}))).toMatchObject({ code: "not-xlsx", message: expect.stringContaining("empty zip") }));
    it("a zip with no workbook", () => expect(fails(buildZip({ "notes.txt": "hello" }))).toMatchObject({ code: "not-xlsx", message: "plan.xlsx is not an .xlsx workbook: it is a zip file with no workbook in it." }));
    it("a truncated zip", () => {
      const whole = buildZip(minimalParts([{ name: "Plan", xml: "<sheetData/>" }]));
      expect(fails(whole.subarray(0, whole.length - 40))).toMatchObject({ code: "not-xlsx", message: expect.stringMatching(/could not be read as an \.xlsx workbook: .*(truncated|damaged)/) });
    });
    it("a workbook part that is missing", () => {
      const parts = minimalParts([{ name: "Plan", xml: "<sheetData/>" }]);
      delete parts["xl/workbook.xml"];
      expect(fails(buildZip(parts))).toMatchObject({ code: "not-xlsx", message: expect.stringContaining("its workbook part (xl/workbook.xml) is missing") });
    });
    it("garbage XML in workbook.xml", () => {
      const parts = { ...minimalParts([{ name: "Plan", xml: "<sheetData/>" }]), "xl/workbook.xml": "<workbook><sheets>" };
      expect(fails(buildZip(parts))).toMatchObject({ code: "not-xlsx", message: expect.stringContaining("its part xl/workbook.xml is damaged") });
    });
    it("an OLE file holding an encrypted package", () => {
      const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(500), Buffer.from("EncryptedPackage", "utf16le")]);
      expect(fails(ole)).toMatchObject({ code: "encrypted", message: expect.stringContaining("protected with a password") });
    });
    it("an old .xls", () => {
      const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(500), Buffer.from("Workbook", "utf16le")]);
      expect(fails(xls)).toMatchObject({ code: "not-xlsx", message: expect.stringContaining("(.xls)") });
    });
  });
});

describe("damaged parts inside a good zip", () => {
  const read = (parts: Record<string, string | Uint8Array>) => {
    try {
      readSnapshot(XlsxPackage.open(buildZip(parts), "plan.xlsx"));
    } catch (e) {
      return e as { code: string; message: string };
    }
    throw new Error("read");
  };
  it("a sheet cut short", () => {
    const parts = minimalParts([{ name: "Plan", xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c>' }]);
    parts["xl/worksheets/sheet1.xml"] = (parts["xl/worksheets/sheet1.xml"] as string).replace("</worksheet>", "");
    expect(read(parts)).toMatchObject({ code: "not-xlsx", message: expect.stringMatching(/^plan\.xlsx could not be read as an \.xlsx workbook: its part xl\/worksheets\/sheet1\.xml is damaged/) });
  });
  it("garbage in a sheet", () => {
    expect(read(minimalParts([{ name: "Plan", xml: "<sheetData><row><<<</sheetData>" }]))).toMatchObject({ code: "not-xlsx", message: expect.stringContaining("its part xl/worksheets/sheet1.xml is damaged") });
  });
  it("a cell pointing past the shared strings", () => {
    const parts = minimalParts([{ name: "Plan", xml: '<sheetData><row r="1"><c r="B1" t="s"><v>7</v></c></row></sheetData>' }], { sharedStrings: '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>only one</t></si></sst>' });
    expect(read(parts)).toMatchObject({ code: "not-xlsx", message: expect.stringContaining("cell B1 refers to shared text number 7, which the file does not have") });
  });
  it("a sheet whose part is missing", () => {
    const parts = minimalParts([{ name: "Plan", xml: "<sheetData/>" }]);
    delete parts["xl/worksheets/sheet1.xml"];
    expect(read(parts)).toMatchObject({ code: "not-xlsx", message: expect.stringContaining('the part for sheet "Plan" is missing') });
  });
});
