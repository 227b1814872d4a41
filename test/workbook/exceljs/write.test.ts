import { join } from "node:path";
import ExcelJS from "exceljs";
import { applyFile } from "../../../src/cli/write-commands";
import { OUR_TAG } from "../../../src/core/specs/types";
import { STATE_SHEET } from "../../../src/core/state";
import { isWorkbookError } from "../../../src/workbook/errors";
import { ExcelJsWorkbook } from "../../../src/workbook/exceljs";
import { internals } from "../../../src/workbook/exceljs/internals";
import { cellValues, cfs, load, names, planBook, saveTo, SMALL, tmp, validations } from "./helpers";

const TODAY = "2024-09-30";
const dir = tmp();

async function applied(wb: ExcelJS.Workbook, name: string) {
  const input = await saveTo(dir, `${name}.xlsx`, wb);
  const out = join(dir, `${name}-out.xlsx`);
  const result = await applyFile(input, out, { today: TODAY });
  return { input, out, result, book: await load(out) };
}

describe("apply, read back with ExcelJS", () => {
  let book: ExcelJS.Workbook;
  let plan: ExcelJS.Worksheet;
  beforeAll(async () => {
    ({ book } = await applied(planBook(SMALL), "small"));
    plan = book.getWorksheet("Action plan")!;
  });

  it("adds one expression rule per rating over the bounded rating column, with the scheme's colours", () => {
    const block = cfs(plan).find((c) => c.ref === "F4:F108")!;
    expect(block.rules.map((r) => r.type)).toEqual(["expression", "expression", "expression", "expression"]);
    const formulas = block.rules.map((r) => String(r.formulae?.[0]));
    for (const f of formulas) expect(f.startsWith(`AND(${OUR_TAG},`)).toBe(true);
    expect(formulas[0]).toBe(`AND(${OUR_TAG},OR(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(UPPER($F4)," ",""),"-",""),".","")="RED",SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(UPPER($F4)," ",""),"-",""),".","")="R"))`);
    expect(block.rules.map((r) => r.style?.fill)).toEqual(
      ["FFC00000", "FFFFC000", "FF00B050", "FF0062A8"].map((c) => ({ type: "pattern", pattern: "solid", fgColor: { argb: c }, bgColor: { argb: c } })),
    );
    expect(block.rules.map((r) => r.style?.font?.color?.argb)).toEqual(["FFFFFFFF", "FF000000", "FF000000", "FFFFFFFF"]);
    expect(cfs(plan).some((c) => c.rules.some((r) => r.type === "containsText"))).toBe(false);
  });

  it("adds an overdue rule on the deadline column for real dates only", () => {
    const block = cfs(plan).find((c) => c.ref === "D4:D108")!;
    expect(block.rules).toHaveLength(1);
    expect(String(block.rules[0]!.formulae?.[0])).toMatch(/^AND\(N\("WSOA Tracker"\)=0,ISNUMBER\(\$D4\),\$D4<TODAY\(\),NOT\(/);
    expect(block.rules[0]!.style?.font?.bold).toBe(true);
  });

  it("puts a rating dropdown on every rating cell of the range, and nowhere else", () => {
    const model = validations(plan);
    const keys = Object.keys(model).filter((k) => model[k]);
    expect(keys).toHaveLength(105);
    expect(keys.every((k) => /^F(\d+)$/.test(k) && Number(k.slice(1)) >= 4 && Number(k.slice(1)) <= 108)).toBe(true);
    expect(model.F4).toMatchObject({ type: "list", formulae: ["WSOA_Ratings"], errorStyle: "stop", showErrorMessage: true });
  });

  it("names the rating list on the very hidden state sheet", () => {
    expect(names(book)).toContainEqual({ name: "WSOA_Ratings", ranges: ["'WSOA Tracker'!$D$2:$D$5"] });
    expect(names(book)).toContainEqual({ name: "WSOA_Owned_Settings", ranges: ["'WSOA Tracker'!$A$1"] });
    const state = book.getWorksheet(STATE_SHEET)!;
    expect(state.state).toBe("veryHidden");
    expect(["D2", "D3", "D4", "D5"].map((a) => state.getCell(a).value)).toEqual(["Red", "Amber", "Green", "Complete"]);
    expect(JSON.parse(String(state.getCell("B3").value))).toEqual(["Summary"]);
  });

  it("places the summary right after the plan sheet, state sheet last", () => {
    expect(book.worksheets.map((w) => w.name)).toEqual(["Action plan", "Summary", STATE_SHEET]);
  });

  it("writes the summary's figures: counts per workstream and rating, totals, % complete", () => {
    const s = book.getWorksheet("Summary")!;
    const row = (n: number) => (s.getRow(n).values as unknown[]).slice(1);
    expect(s.getCell("A1").value).toBe("Action plan: progress summary");
    expect(s.getCell("A2").value).toBe("As at 30 Sep 2024. 1 of 5 items complete (20.0%); 3 overdue.");
    // Under the title, what makes the figures less than sure: here an item with no rating.
    expect(String(s.getCell("A3").value)).toMatch(/^1 item has no rating yet and is counted as Not rated: F\d+\.$/);
    expect(row(13)).toEqual(["Workstream", "Red", "Amber", "Green", "Complete", "Not rated", "Total", "% complete", "Overdue"]);
    expect(row(14)).toEqual(["Identification", 1, 1, 1, 0, 0, 3, 0, 2]);
    expect(row(15)).toEqual(["Transitions", 0, 0, 0, 1, 1, 2, 0.5, 1]);
    expect(row(16)).toEqual(["Total", 1, 1, 1, 1, 1, 5, 0.2, 3]);
    expect(s.getCell("H16").numFmt).toBe("0.0%");
    expect(s.getCell("B13").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFC00000" } });
    expect(s.getCell("B13").font).toMatchObject({ bold: true, color: { argb: "FFFFFFFF" } });
    expect(s.getCell("A14").border?.top?.style).toBe("thin");
    expect(s.getCell("A1").font?.size).toBe(16);
    expect(s.getColumn(1).width).toBe(60);
    // Exceptions, most overdue first, with the rating as text (readable in greyscale).
    expect(row(20)).toEqual(["Annual review backlog cleared", "2.2", "Sam Lee", "31 Jan 2024", "Not rated", 243, "Transitions"]);
    expect(row(21).slice(0, 5)).toEqual(["Recruit two educational psychologists", "1.1", "Jo Smith", "31 Mar 2024", "Red"]);
  });

  it("sets up the summary to print landscape, one page wide, headings repeated, page numbers", () => {
    const s = book.getWorksheet("Summary")!;
    // The exceptions list is the table that runs onto further pages: its headings repeat.
    let headings = 0;
    s.eachRow((row, n) => {
      if (row.getCell(1).value === "Action / milestone") headings = n;
    });
    expect(headings).toBeGreaterThan(0);
    expect(s.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headings}:${headings}`, paperSize: 9 });
    expect(s.headerFooter.oddFooter).toBe("&LAction plan: progress summary&RPage &P of &N");
  });

  it("changes no cell of the plan sheet", async () => {
    const original = planBook(SMALL).getWorksheet("Action plan")!;
    expect(cellValues(plan)).toEqual(cellValues(original));
  });
});

describe("apply again, and alongside the user's own things", () => {
  it("a second apply to apply's output adds nothing and changes nothing", async () => {
    const first = await applied(planBook(SMALL), "twice");
    const secondOut = join(dir, "twice-again.xlsx");
    await applyFile(first.out, secondOut, { today: TODAY });
    const [a, b] = [first.book, await load(secondOut)];
    expect(b.worksheets.map((w) => [w.name, w.state])).toEqual(a.worksheets.map((w) => [w.name, w.state]));
    for (const ws of a.worksheets) {
      const other = b.getWorksheet(ws.name)!;
      expect(cellValues(other)).toEqual(cellValues(ws));
      expect(JSON.stringify(cfs(other))).toBe(JSON.stringify(cfs(ws)));
      expect(Object.keys(validations(other)).length).toBe(Object.keys(validations(ws)).length);
    }
    expect(names(b)).toEqual(names(a));
  });

  it("keeps the user's rules on other ranges (and theirs on our column), and their own validations elsewhere", async () => {
    const wb = planBook(SMALL);
    const ws = wb.getWorksheet("Action plan")!;
    ws.addConditionalFormatting({ ref: "E4:E20", rules: [{ type: "expression", priority: 1, formulae: ['$E4="Jo Smith"'], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFFF00" } } } }] });
    ws.addConditionalFormatting({ ref: "F4:F8", rules: [{ type: "cellIs", priority: 2, operator: "equal", formulae: ['"Red"'], style: { font: { bold: true } } }] });
    ws.getCell("E4").dataValidation = { type: "list", allowBlank: true, formulae: ['"Jo Smith,Al Khan,Sam Lee"'] };
    const { out } = await applied(wb, "user-rules");
    const twice = join(dir, "user-rules-2.xlsx");
    await applyFile(out, twice, { today: TODAY });
    const back = (await load(twice)).getWorksheet("Action plan")!;
    const refs = cfs(back).map((c) => [c.ref, c.rules.map((r) => r.type).join(",")]);
    expect(refs).toEqual([["E4:E20", "expression"], ["F4:F8", "cellIs"], ["F4:F108", "expression,expression,expression,expression"], ["D4:D108", "expression"]]);
    expect(cfs(back)[0]!.rules[0]!.formulae).toEqual(['$E4="Jo Smith"']);
    // Ours come after the user's in priority, and keep the same numbers on every apply.
    expect(cfs(back).flatMap((c) => c.rules.map((r) => r.priority))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(validations(back).E4).toMatchObject({ type: "list", formulae: ['"Jo Smith,Al Khan,Sam Lee"'] });
  });

  it("leaves a user's sheet called Summary alone: ours is WSOA Summary", async () => {
    const wb = planBook(SMALL);
    const mine = wb.addWorksheet("Summary");
    mine.getCell("A1").value = "My notes for the board";
    mine.getCell("B2").value = { formula: "1+1", result: 2 };
    const { out, result, book } = await applied(wb, "user-summary");
    expect(result.summarySheet).toBe("WSOA Summary");
    expect(book.worksheets.map((w) => w.name)).toEqual(["Action plan", "WSOA Summary", "Summary", STATE_SHEET]);
    expect(cellValues(book.getWorksheet("Summary")!)).toEqual({ A1: "My notes for the board", B2: { formula: "1+1", result: 2 } });
    const again = await applyFile(out, join(dir, "user-summary-2.xlsx"), { today: TODAY });
    expect(again.summarySheet).toBe("WSOA Summary");
    expect((await load(join(dir, "user-summary-2.xlsx"))).worksheets.map((w) => w.name)).toEqual(["Action plan", "WSOA Summary", "Summary", STATE_SHEET]);
  });

  it("keeps the active tab on the sheet that was active", async () => {
    const wb = planBook(SMALL);
    wb.addWorksheet("Notes");
    wb.views = [{ activeTab: 1, x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, visibility: "visible" }];
    const { book } = await applied(wb, "active");
    expect(book.worksheets[book.views[0]!.activeTab!]!.name).toBe("Notes");
  });
});

describe("ExcelJsWorkbook.write refuses before changing anything", () => {
  const format = { sheet: "Action plan", rules: [{ purpose: "rating" as const, label: "Red", range: "F4:F20", formula: `AND(${OUR_TAG},$F4="Red")`, style: { fill: "#C00000" } }], validations: [], lists: [] };
  const summary = { name: "Summary", rows: [[{ value: "x" }]], columnWidths: [10], merges: [], print: { orientation: "landscape" as const, fitToWidth: 1, fitToHeight: 0 } };

  async function refusal(wb: ExcelJS.Workbook, plan: Parameters<ExcelJsWorkbook["write"]>[0]) {
    const before = JSON.stringify(wb.worksheets.map((w) => [w.name, cellValues(w), cfs(w)]));
    const error = await ExcelJsWorkbook.fromWorkbook(wb).write(plan).then(() => null, (e: unknown) => e);
    expect(JSON.stringify(wb.worksheets.map((w) => [w.name, cellValues(w), cfs(w)]))).toBe(before);
    return isWorkbookError(error) ? error.code : error;
  }

  it("a sheet it does not own under the summary's name", async () => {
    const wb = planBook(SMALL);
    wb.addWorksheet("Summary").getCell("A1").value = "mine";
    expect(await refusal(wb, { format, sheets: [summary] })).toBe("write-failed");
  });

  it("an edit whose cell changed since it was read (even when other edits are fine)", async () => {
    const wb = planBook(SMALL);
    expect(await refusal(wb, { format, edits: [{ sheet: "Action plan", cell: "F5", before: "amber ", after: "Amber" }, { sheet: "Action plan", cell: "F4", before: "Green", after: "Red" }] })).toBe("write-failed");
  });

  it("an edit over a formula", async () => {
    const wb = planBook(SMALL);
    wb.getWorksheet("Action plan")!.getCell("F5").value = { formula: 'TRIM("amber ")', result: "amber " };
    expect(await refusal(wb, { edits: [{ sheet: "Action plan", cell: "F5", before: "amber ", after: "Amber" }] })).toBe("write-failed");
  });

  it("a protected plan sheet", async () => {
    const wb = planBook(SMALL);
    await wb.getWorksheet("Action plan")!.protect("", {});
    expect(await refusal(wb, { format, sheets: [summary] })).toBe("protected");
  });

  it("an impossible sheet name", async () => {
    expect(await refusal(planBook(SMALL), { sheets: [{ ...summary, name: "Board: summary" }] })).toBe("write-failed");
  });

  it("writes an edit that still holds its value, keeping the cell's style", async () => {
    const wb = planBook(SMALL);
    const cell = wb.getWorksheet("Action plan")!.getCell("F5");
    cell.font = { italic: true };
    await ExcelJsWorkbook.fromWorkbook(wb).write({ edits: [{ sheet: "Action plan", cell: "F5", before: "amber ", after: "Amber" }] });
    expect([cell.value, cell.font]).toEqual(["Amber", { italic: true }]);
  });

  it("replaces an owned summary in place, whole (no old cells, merges or styles left)", async () => {
    const wb = planBook(SMALL);
    const book = ExcelJsWorkbook.fromWorkbook(wb);
    const state = { name: STATE_SHEET, rows: [["t"], ["config", "{}"], ["ownedSheets", '["Summary"]']] };
    await book.write({ sheets: [{ ...summary, rows: [[{ value: "old", style: { fill: "#FF0000" } }], [{ value: "row 2" }]], merges: ["A3:B3"] }], stateSheet: state });
    wb.addWorksheet("After");
    await book.write({ sheets: [summary], stateSheet: state });
    const s = wb.getWorksheet("Summary")!;
    expect(cellValues(s)).toEqual({ A1: "x" });
    expect(s.getCell("A1").fill).toBeUndefined();
    expect((internals(s) as unknown as { _merges: object })._merges).toEqual({});
    // The summary keeps its place; the settings sheet, written last, was made after it.
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Action plan", "Summary", STATE_SHEET, "After"]);
  });
});
