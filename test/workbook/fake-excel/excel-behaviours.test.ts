import { FakeExcel } from ".";
import { coerce } from "./coerce";

/*
 * The fake behaves as Microsoft documents Excel: one test per behaviour, citing the page.
 * Where the documentation is silent the fake takes the stricter reading, and README.md
 * ("Checked only in the fake") lists it.
 */

const plan = () => new FakeExcel([{ name: "Plan", rows: [["Ref", "RAG"], ["1.1", "Red"]] }]);

describe("Range.values parses strings as if typed, unless the number format is text", () => {
  // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member:
  // "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel
  // interprets this value as a formula."; the blank-null article's sample writes '29.96' and
  // '15-Feb' through values and gets a number and a date.
  test.each([
    ["3.1", 3.1],
    ["1.10", 1.1],
    ["50%", 0.5],
    ["TRUE", true],
  ])("%s becomes %p", async (text, value) => {
    const excel = plan();
    const range = excel.context.workbook.worksheets.getItem("Plan").getRange("C1");
    range.values = [[text]];
    range.load("values");
    await excel.context.sync();
    expect(range.values).toEqual([[value]]);
  });

  test("dates typed in an en-GB Excel become serial numbers with a date format", () => {
    expect(coerce("31 Oct 2022")).toMatchObject({ kind: "number", value: 44865 });
    expect(coerce("31/10/2022")).toMatchObject({ kind: "number", value: 44865 });
    expect(coerce("1/2")).toMatchObject({ kind: "number" });
    expect(coerce("Oct 2022")).toMatchObject({ kind: "number", value: 44835 });
    expect(coerce("Red")).toEqual({ kind: "text", value: "Red" });
    expect(coerce("31 Octopus")).toEqual({ kind: "text", value: "31 Octopus" });
  });

  test("= + - start formulas: formulas gives the formula, values its result (#NAME? for a name Excel does not know)", async () => {
    const excel = plan();
    const ws = excel.context.workbook.worksheets.getItem("Plan");
    ws.getRange("C1:E1").values = [["- Review policy", "=UPPER(B2)", "-5"]];
    const range = ws.getRange("C1:E1");
    range.load("values,formulas");
    await excel.context.sync();
    expect(range.formulas).toEqual([["=- Review policy", "=UPPER(B2)", -5]]);
    expect(range.values).toEqual([["#NAME?", "RED", -5]]);
  });

  test("a cell formatted as text (@) keeps the string as written", async () => {
    const excel = plan();
    const range = excel.context.workbook.worksheets.getItem("Plan").getRange("C1:H1");
    range.numberFormat = [["@", "@", "@", "@", "@", "@"]];
    range.values = [["- Review", "=SUM(A1)", "3.1", "1.10", "31 Oct 2022", "1/2"]];
    range.load("values,formulas");
    await excel.context.sync();
    expect(range.values).toEqual([["- Review", "=SUM(A1)", "3.1", "1.10", "31 Oct 2022", "1/2"]]);
    expect(range.formulas).toEqual(range.values);
  });
});

describe("conditional formats", () => {
  // ConditionalFormat.id: "The priority of the conditional format in the current
  // ConditionalFormatCollection"; priority "is a number equal to the index in the
  // ConditionalFormatCollection" (excel-add-ins-conditional-formatting); add: "at the first/top priority".
  test("loaded items are addressed by position when each delete runs: deleting forward removes the wrong rules", async () => {
    const rules = ["=A", "=B", "=C", "=D"].map((formula) => ({ range: "B2:B10", formula }));
    const excel = new FakeExcel([{ name: "Plan", rows: [["x"]], rules }]);
    const cfs = excel.context.workbook.worksheets.getItem("Plan").getRange().conditionalFormats;
    cfs.load("items/type");
    await excel.context.sync();
    cfs.items[0]!.delete();
    cfs.items[1]!.delete(); // now "=C", not "=B"
    await excel.context.sync();
    expect(excel.sheet("Plan")!.cfs.map((c) => c.formula)).toEqual(["=B", "=D"]);
    cfs.items[3]!.delete(); // only two rules are left
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("add puts the new rule at the top priority", async () => {
    const excel = new FakeExcel([{ name: "Plan", rows: [["x"]], rules: [{ range: "B2:B10", formula: "=OLD" }] }]);
    const cf = excel.context.workbook.worksheets.getItem("Plan").getRange("B2:B10").conditionalFormats.add("Custom");
    cf.custom.rule.formula = "=NEW";
    await excel.context.sync();
    expect(excel.sheet("Plan")!.cfs.map((c) => c.formula)).toEqual(["=NEW", "=OLD"]);
  });
});

describe("sheets", () => {
  // Worksheet.name: "The name must be fewer than 32 characters"; Excel's own rules for the rest.
  test.each(["Action plan 2024/25", "x".repeat(32), "History", "a:b", "'quoted'", " "])("worksheets.add(%p) fails the batch", async (name) => {
    const excel = plan();
    excel.context.workbook.worksheets.add(name);
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(excel.state.sheets).toHaveLength(1);
  });

  // excel-add-ins-worksheets: "You can't delete a worksheet with a visibility of Very Hidden".
  test("a very hidden sheet cannot be deleted until it is made visible", async () => {
    const excel = new FakeExcel([{ name: "Plan" }, { name: "Secret", visibility: "VeryHidden" }]);
    const ws = excel.context.workbook.worksheets.getItem("Secret");
    ws.delete();
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    ws.visibility = "Visible";
    ws.delete();
    await excel.context.sync();
    expect(excel.state.sheets.map((s) => s.name)).toEqual(["Plan"]);
  });

  // Protect Workbook (structure) stops adding, deleting, hiding and renaming sheets.
  test("a structure-protected workbook refuses add, delete, hide and rename; cells stay writable", async () => {
    const excel = new FakeExcel([{ name: "Plan" }, { name: "Notes" }], { structureProtected: true });
    const wb = excel.context.workbook;
    const protection = wb.protection;
    protection.load("protected");
    await excel.context.sync();
    expect(protection.protected).toBe(true);
    for (const act of [() => wb.worksheets.add("New"), () => wb.worksheets.getItem("Notes").delete(), () => (wb.worksheets.getItem("Notes").visibility = "Hidden"), () => (wb.worksheets.getItem("Notes").name = "Old notes")]) {
      act();
      await expect(excel.context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    }
    wb.worksheets.getItem("Notes").getRange("A1").values = [["ok"]];
    await excel.context.sync();
    expect(excel.sheet("Notes")!.cells.get("1,1")!.value).toBe("ok");
  });

  test("a workbook name follows its sheet when renamed, and becomes #REF! when the sheet is deleted", async () => {
    const excel = new FakeExcel([{ name: "Plan" }, { name: "Summary" }]);
    const wb = excel.context.workbook;
    wb.names.add("WSOA_Owned_Summary", "='Summary'!$A$1").visible = false;
    wb.worksheets.getItem("Summary").name = "Board paper";
    await excel.context.sync();
    const names = wb.names;
    names.load("items/name,items/formula,items/visible");
    await excel.context.sync();
    expect(names.items.map((n) => [n.name, n.formula, n.visible])).toEqual([["WSOA_Owned_Summary", "='Board paper'!$A$1", false]]);
    wb.worksheets.getItem("Board paper").delete();
    await excel.context.sync();
    expect(excel.state.names.get("WSOA_Owned_Summary")).toBe("=#REF!$A$1");
  });
});

describe("Excel.run and cell edit mode", () => {
  // Excel.RunOptions.delayForCellEdit: false (the default) fails the batch while the user edits a
  // cell; true delays it until they leave edit mode.
  test("without delayForCellEdit a batch fails while a cell is being edited; with it, it waits", async () => {
    const excel = plan();
    excel.startCellEdit();
    await expect(excel.run(async (ctx) => ctx.sync())).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    let done = false;
    const waiting = excel.run({ delayForCellEdit: true }, async (ctx) => {
      ctx.workbook.worksheets.getItem("Plan").getRange("C1").values = [["x"]];
      await ctx.sync();
      done = true;
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(done).toBe(false);
    excel.endCellEdit();
    await waiting;
    expect(done).toBe(true);
  });
});

describe("merged areas and charts", () => {
  // RangeAreas.address: "Sheet1!A1:B4, Sheet1!D1:D4"; areas (ExcelApi 1.9) gives one range per area.
  test("merged areas come back with quoted sheet names, joined by ', ', and one by one through areas", async () => {
    const excel = new FakeExcel([{ name: "Plan, Dec 2024", rows: [["a"], ["b"], ["c"]], merges: ["A1:C1", "A3:C3"] }]);
    const used = excel.context.workbook.worksheets.getItem("Plan, Dec 2024").getUsedRangeOrNullObject(true);
    const merged = used.getMergedAreasOrNullObject();
    merged.load("address,areas/items/address");
    await excel.context.sync();
    expect(merged.address).toBe("'Plan, Dec 2024'!A1:C1, 'Plan, Dec 2024'!A3:C3");
    expect(merged.areas.items.map((a) => a.address)).toEqual(["'Plan, Dec 2024'!A1:C1", "'Plan, Dec 2024'!A3:C3"]);
  });

  test("a chart's guessed series: a numeric first column is plotted, not used as categories; getItemAt past the end fails", async () => {
    const excel = new FakeExcel([{ name: "S", rows: [["Workstream", "Red", "Green"], [4.1, 1, 2], [4.2, 0, 3]] }]);
    const ws = excel.context.workbook.worksheets.getItem("S");
    ws.charts.add("BarStacked", ws.getRange("A1:C3"), "Columns");
    await excel.context.sync();
    expect(excel.sheet("S")!.charts[0]!.series.map((s) => s.name)).toEqual(["Workstream", "Red", "Green"]);
    ws.charts.add("BarStacked", ws.getRange("A1:C3"), "Columns").series.getItemAt(3).format.fill.setSolidColor("#FF0000");
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
