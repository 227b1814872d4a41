import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Grid } from "../../../src/core/grid";
import type { WorkbookSnapshot } from "../../../src/workbook/port";
import { ExcelJsWorkbook } from "../../../src/workbook/exceljs";
import { XlsxPackage } from "../../../src/workbook/xlsx/package";
import { readSnapshot } from "../../../src/workbook/xlsx/read-workbook";

/**
 * The core was built on ExcelJS's reading; the streaming reader must give it the same grids.
 * ExcelJS also lists trailing formatted-but-empty rows and cells, which the new reader stops
 * before (F10), so both are compared without trailing blanks.
 */
function comparable(s: WorkbookSnapshot) {
  const trim = (g: Grid) => {
    const values = g.values.map((r) => {
      const x = [...r];
      while (x.length && x[x.length - 1] === null) x.pop();
      return x;
    });
    while (values.length && values[values.length - 1]!.length === 0) values.pop();
    const numberFormats = (g.numberFormats ?? []).slice(0, values.length).map((r, i) => r.slice(0, values[i]!.length));
    return { values, numberFormats, merges: [...(g.merges ?? [])].sort(), formulaCells: g.formulaCells ?? [] };
  };
  return s.sheets.map((x) => ({ name: x.name, visibility: x.visibility, protected: x.protected, ...trim(x.grid) }));
}

async function both(bytes: Uint8Array) {
  const ours = readSnapshot(XlsxPackage.open(bytes, "test.xlsx"));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const theirs = await ExcelJsWorkbook.fromWorkbook(wb).read();
  return { ours: comparable(ours), theirs: comparable(theirs) };
}

function everyKindOfCell(date1904: boolean): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  if (date1904) wb.properties.date1904 = true;
  const ws = wb.addWorksheet("Action plan");
  ws.addRow(["Title"]);
  ws.addRow([]);
  ws.addRow(["Ref", "Action", "Deadline", "Score", "Done", "RAG"]);
  ws.addRow(["1.1", "Review", new Date(Date.UTC(2023, 2, 31)), 12.5, true, "Red"]);
  ws.addRow(["1.2", { richText: [{ text: "Rich ", font: { bold: true } }, { text: "text" }] }, new Date(Date.UTC(2023, 5, 30, 13, 45)), 0.25, false, { error: "#N/A" }]);
  ws.addRow(["1.3", { text: "a link", hyperlink: "https://example.org" }, { formula: "DATE(2024,1,31)", result: new Date(Date.UTC(2024, 0, 31)) }, { formula: "D4*2", result: 25 }, { formula: "D4>1", result: true }, { formula: "\"Am\"&\"ber\"", result: "Amber" }]);
  ws.addRow(["1.4", "  spaced  text\nwith a break", "Q3 2024/25", 1e-7, null, "Green"]);
  ws.getCell("C4").numFmt = "dd/mm/yyyy";
  ws.getCell("C5").numFmt = "d mmm yyyy hh:mm";
  ws.getCell("C6").numFmt = "dd/mm/yyyy";
  ws.getCell("D5").numFmt = "0.0%";
  ws.getCell("D4").numFmt = '#,##0.00 "days"';
  ws.getCell("G4").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } }; // styled, empty
  ws.getCell("A9").value = "Merged";
  ws.mergeCells("A9:C10");
  ws.getCell("F12").numFmt = "dd/mm/yyyy"; // formatted, empty, below the values
  ws.getCell("D11").value = 7700900123; // in a General cell: a number
  const other = wb.addWorksheet("Notes", { state: "hidden" });
  other.addRow(["Hidden notes", 1]);
  void other.protect("", {});
  wb.addWorksheet("Blank", { state: "veryHidden" });
  return wb;
}

describe("the streaming reader gives the grids ExcelJS gave", () => {
  it.each([false, true])("every kind of cell ExcelJS writes (1904 dates: %s)", async (date1904) => {
    const bytes = new Uint8Array((await everyKindOfCell(date1904).xlsx.writeBuffer()) as ArrayBuffer);
    const { ours, theirs } = await both(bytes);
    expect(ours).toEqual(theirs);
    expect(ours[0]!.values[3]![2]).toEqual(new Date(Date.UTC(2023, 2, 31)));
  });

  const examples = readdirSync("examples").filter((f) => f.endsWith(".xlsx"));
  it.each(examples)("examples/%s", async (file) => {
    const { ours, theirs } = await both(readFileSync(join("examples", file)));
    expect(ours).toEqual(theirs);
  });
});
