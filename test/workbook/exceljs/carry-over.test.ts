import { readFileSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import { checkCarryOver, describeParts, findUncarriedParts } from "../../../src/workbook/exceljs/carry-over";
import { planBook, saveTo, SMALL, tmp } from "./helpers";

// A 1×1 transparent PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const dir = tmp("wsoa-carry-");

/** Add entries to a saved workbook's zip, as Excel would for parts ExcelJS cannot make. */
async function withEntries(path: string, entries: Record<string, string>, edit?: (name: string, xml: string) => string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  for (const [name, text] of Object.entries(entries)) zip.file(name, text);
  if (edit) for (const name of Object.keys(zip.files)) if (name.endsWith(".xml")) zip.file(name, edit(name, await zip.file(name)!.async("string")));
  const out = path.replace(/\.xlsx$/, "-parts.xlsx");
  writeFileSync(out, await zip.generateAsync({ type: "uint8array" }));
  return out;
}

describe("carry-over check", () => {
  it("finds nothing in a plain workbook", async () => {
    const path = await saveTo(dir, "plain.xlsx", planBook(SMALL));
    expect(await findUncarriedParts(readFileSync(path))).toEqual([]);
    expect(await checkCarryOver(path, "apply", false)).toEqual([]);
  });

  it("refuses a workbook with an image, naming it", async () => {
    const wb = planBook(SMALL);
    const id = wb.addImage({ buffer: PNG as unknown as ArrayBuffer, extension: "png" });
    wb.getWorksheet("Action plan")!.addImage(id, "H2:I4");
    const path = await saveTo(dir, "image.xlsx", wb);
    await expect(checkCarryOver(path, "apply", false)).rejects.toMatchObject({
      code: "carry-over",
      message: `${path} contains an image, which this tool cannot carry over; apply would drop it. Use the Excel add-in instead, or pass --force to write a copy without it.`,
    });
    expect(await checkCarryOver(path, "apply", true)).toEqual([{ kind: "image", plural: "images", count: 1 }]);
  });

  it("refuses charts and a pivot table, counting them", async () => {
    const path = await withEntries(await saveTo(dir, "chart.xlsx", planBook(SMALL)), {
      "xl/charts/chart1.xml": "<c:chartSpace/>",
      "xl/charts/chart2.xml": "<c:chartSpace/>",
      "xl/charts/style1.xml": "<cs:chartStyle/>",
      "xl/pivotTables/pivotTable1.xml": "<pivotTableDefinition/>",
    });
    await expect(checkCarryOver(path, "fix", false)).rejects.toMatchObject({ code: "carry-over", message: expect.stringContaining("contains 2 charts and a pivot table, which this tool cannot carry over; fix would drop them.") });
  });

  it("finds macros, links to other workbooks, sparklines, named formulas and rule kinds ExcelJS cannot write", async () => {
    const path = await withEntries(await saveTo(dir, "misc.xlsx", planBook(SMALL)), { "xl/vbaProject.bin": "x", "xl/externalLinks/externalLink1.xml": "<externalLink/>" }, (name, xml) => {
      if (name === "xl/workbook.xml") return xml.replace("</workbook>", '<definedNames><definedName name="Leads">OFFSET(\'Action plan\'!$E$4,0,0,10)</definedName><definedName name="Plain">\'Action plan\'!$A$1:$B$2</definedName></definedNames></workbook>');
      if (name === "xl/worksheets/sheet1.xml") return xml.replace("</worksheet>", '<conditionalFormatting sqref="A4:A9"><cfRule type="duplicateValues" dxfId="0" priority="9"/></conditionalFormatting><x14:sparklineGroups><x14:sparklineGroup/></x14:sparklineGroups></worksheet>');
      return xml;
    });
    const parts = await findUncarriedParts(readFileSync(path));
    expect(parts.map((p) => [p.kind.split(" (")[0], p.count])).toEqual([
      ["macro project", 1],
      ["link to another workbook", 1],
      ["group of sparklines", 1],
      ["conditional-format rule of a kind this tool cannot write", 1],
      ["named formula or sheet-level name", 1],
    ]);
  });

  it("describes parts in plain English", () => {
    expect(describeParts([{ kind: "chart", plural: "charts", count: 2 }, { kind: "pivot table", plural: "pivot tables", count: 1 }])).toBe("2 charts and a pivot table");
    expect(describeParts([{ kind: "image", plural: "images", count: 1 }, { kind: "ActiveX control", plural: "ActiveX controls", count: 1 }, { kind: "slicer", plural: "slicers", count: 3 }])).toBe("an image, an ActiveX control and 3 slicers");
  });

  it("says a damaged zip is not a workbook", async () => {
    await expect(findUncarriedParts(Buffer.from("PK\u0003\u0004 broken"))).rejects.toMatchObject({ code: "not-xlsx" });
  });
});
