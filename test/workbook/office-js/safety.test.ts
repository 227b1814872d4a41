import { cellText } from "../../../src/core/grid";
import { OUR_TAG } from "../../../src/core/specs/types";
import { STATE_SHEET } from "../../../src/core/state";
import { planApply } from "../../../src/review/apply";
import { checkSnapshot } from "../../../src/review/check";
import { planFix } from "../../../src/review/fix";
import { planNewPlan } from "../../../src/review/new-plan";
import { ExcelRunWorkbook } from "../../../src/taskpane/office/excel-run-workbook";
import { OfficeJsWorkbook } from "../../../src/workbook/office-js";
import { addRatingsChart } from "../../../src/workbook/office-js/chart";
import { utf8Bytes } from "../../../src/workbook/office-js/read-payload";
import { footerSections } from "../../../src/workbook/office-js/write-sheet";
import { FakeExcel, type FakeSheetInput } from "../fake-excel";

/*
 * What the audit of the Office.js adapter (reviews/office-js-audit.md) found real Excel would do,
 * shown over the fake that now behaves as Excel is documented to: each test names its finding.
 */

const TODAY = "2025-06-01";
const adapter = (excel: FakeExcel) => new OfficeJsWorkbook(excel.context, { isSetSupported: excel.isSetSupported });

const plan = (extra: Partial<FakeSheetInput> = {}): FakeSheetInput => ({
  name: "Plan",
  rows: [
    ["Ref", "Action", "Milestone", "Lead", "Deadline", "RAG"],
    ["3.1", "Recruit two EPs", "- Review policy", "Jo Smith", "31 Oct 2022", "Red"],
    ["1.10", "Train SENCOs", "+ add training", "Al Khan", "1/2", "amber "],
    ["1.2", "Publish the local offer", "=SUM(A1)", "Jo Smith", "March 2023", "amber"],
  ],
  ...extra,
});

const text = (excel: FakeExcel, sheet: string, row: number, col: number) => excel.sheet(sheet)!.cells.get(`${row},${col}`)?.value;

describe("Office.js over a fake that behaves like Excel", () => {
  test("F2: the summary's text (milestones, refs, dates) is written as text, and numbers as numbers", async () => {
    const excel = new FakeExcel([plan()]);
    const wb = adapter(excel);
    const { write } = planApply(await wb.read(), { today: TODAY });
    await wb.write(write);
    const cells = [...excel.sheet("Summary")!.cells.values()];
    expect(cells.some((c) => c.formula)).toBe(false);
    const texts = cells.map((c) => c.value);
    for (const t of ["- Review policy", "=SUM(A1)", "3.1"]) expect(texts).toContain(t);
    expect(cells.filter((c) => typeof c.value === "number").every((c) => c.numberFormat !== "@")).toBe(true);
  });

  test("F3: Fix never overwrites a rating computed by a formula; the other fixes are written", async () => {
    const excel = new FakeExcel([plan({ formulas: { F4: '=LOWER("AMBER ")' } })]);
    const wb = adapter(excel);
    const fix = planFix(await wb.read(), { today: TODAY });
    expect(fix.skipped.map((e) => e.cell)).toEqual(["F4"]);
    await wb.write(fix.write);
    expect(excel.sheet("Plan")!.cells.get("4,6")).toMatchObject({ formula: '=LOWER("AMBER ")' });
    expect(text(excel, "Plan", 3, 6)).toBe("Amber");
  });

  test("F4: New plan named 'Action plan 2024/25' is refused before anything is written; settings are written last", async () => {
    const excel = new FakeExcel([plan()]);
    const wb = adapter(excel);
    await wb.write(planApply(await wb.read(), { today: TODAY }).write);
    const before = excel.sheet(STATE_SHEET)!.cells.get("2,2")!.value;
    expect(() => planNewPlan({ sheets: [] }, { scheme: "rag", name: "Action plan 2024/25" })).toThrow(/cannot be a sheet name/);
    // A co-author protects the workbook's structure between the read and the write: Excel stops
    // the batch at the new sheet, and the settings (written last) still name the old plan sheet.
    const { writes } = planNewPlan(await wb.read(), { scheme: "rag", name: "Plan 2025" });
    excel.state.structureProtected = true;
    await expect(wb.write(writes[0])).rejects.toThrow();
    expect(excel.sheet(STATE_SHEET)!.cells.get("2,2")!.value).toBe(before);
    expect(excel.sheet("Plan 2025")).toBeUndefined();
  });

  test("F5: a sheet whose rules Excel cannot read breaks neither Validate nor the summary; apply says the colours were left", async () => {
    const excel = new FakeExcel([plan({ unreadableRules: true })]);
    const wb = adapter(excel);
    const snapshot = await wb.read();
    expect(checkSnapshot(snapshot, { today: TODAY }).report.items).toBe(3);
    await wb.write(planApply(snapshot, { today: TODAY }).write);
    expect(excel.sheet("Summary")).toBeDefined();
    expect(excel.sheet("Plan")!.cfs).toHaveLength(0);
    expect(wb.skipped.join(" ")).toMatch(/could not list this sheet's conditional formatting/);
  });

  test("F5, as the pane runs it (a fresh adapter per click): unreadable rules cost the colours only, the write still completes", async () => {
    const excel = new FakeExcel([plan({ unreadableRules: true })]);
    const write = planApply(await adapter(excel).read(), { today: TODAY }).write;
    const wb = adapter(excel);
    await wb.write(write);
    expect(excel.sheet("Summary")).toBeDefined();
    expect(excel.sheet(STATE_SHEET)).toBeDefined();
    expect(wb.skipped.join(" ")).toMatch(/could not list this sheet's conditional formatting/);
  });

  test("F7: a click while the user is editing a cell waits for them instead of failing", async () => {
    const excel = new FakeExcel([plan()]);
    const pane = new ExcelRunWorkbook((options, batch) => excel.run(options, batch), { isSetSupported: excel.isSetSupported });
    excel.startCellEdit();
    let read = false;
    const reading = pane.read().then(() => (read = true));
    await new Promise((r) => setTimeout(r, 5));
    expect(read).toBe(false);
    excel.endCellEdit();
    await reading;
    expect(read).toBe(true);
  });

  test("F8: merged section rows on a sheet whose name has a comma are read through their areas", async () => {
    const rows = [["Ref", "Action", "RAG"], ["Workstream 1: Identification", null, null], ["1.1", "Recruit", "Red"]];
    const excel = new FakeExcel([{ name: "Action plan, Dec 2024", rows, merges: ["A2:C2"] }]);
    const snapshot = await adapter(excel).read();
    expect(snapshot.sheets[0]!.grid.merges).toEqual(["A2:C2"]);
    expect(checkSnapshot(snapshot, { today: TODAY }).report.items).toBe(1);
  });

  test("F9: under Review › Protect Workbook, apply says so plainly and writes nothing", async () => {
    const excel = new FakeExcel([plan()], { structureProtected: true });
    const wb = adapter(excel);
    await expect(wb.write(planApply(await wb.read(), { today: TODAY }).write)).rejects.toThrow(/Review › Protect Workbook/);
    expect(excel.state.sheets.map((s) => s.name)).toEqual(["Plan"]);
    expect(excel.sheet("Plan")!.cfs).toHaveLength(0);
  });

  test("F1: apply twice with the user's rules after ours leaves theirs (no ItemNotFound, no wrong deletes)", async () => {
    const excel = new FakeExcel([plan({ rules: [{ range: "F2:F20", formula: '=$F2="Red"' }, { range: "F2:F20", formula: '=$F2="Amber"' }] })]);
    const wb = adapter(excel);
    for (let i = 0; i < 3; i++) await wb.write(planApply(await wb.read(), { today: TODAY }).write);
    const formulas = excel.sheet("Plan")!.cfs.map((c) => c.formula!);
    expect(formulas.filter((f) => !f.includes(OUR_TAG))).toEqual(['=$F2="Red"', '=$F2="Amber"']);
    expect(new Set(formulas.filter((f) => f.includes(OUR_TAG))).size).toBe(formulas.filter((f) => f.includes(OUR_TAG)).length);
  });

  test("F13: the chart's series are the ratings, set explicitly, even for numeric workstream names", async () => {
    const excel = new FakeExcel([{ name: "Summary", rows: [["Workstream", "Red", "Green"], [4.1, 1, 2], [4.2, 0, 3]] }]);
    const spec = { sheet: "Summary", range: "A1:C3", title: "Items", labels: ["Red", "Green"], colours: ["#C00000", "#00B050"], position: { from: "H4", to: "P24" } };
    await addRatingsChart(excel.context, spec);
    await addRatingsChart(excel.context, spec); // a rebuild replaces our chart
    const charts = excel.sheet("Summary")!.charts;
    expect(charts).toHaveLength(1);
    expect(charts[0]!.series).toEqual([
      { name: "Red", values: "Summary!B2:B3", categories: "Summary!A2:A3", fill: "#C00000" },
      { name: "Green", values: "Summary!C2:C3", categories: "Summary!A2:A3", fill: "#00B050" },
    ]);
  });
});

describe("the summary, updated in place (F17)", () => {
  test("same sheet, same position: references survive; a renamed summary is still ours and is updated under its new name", async () => {
    const excel = new FakeExcel([plan(), { name: "Notes", rows: [["n"]] }]);
    const wb = adapter(excel);
    await wb.write(planApply(await wb.read(), { today: TODAY }).write);
    const id = excel.sheet("Summary")!.id;
    const position = excel.state.sheets.findIndex((s) => s.name === "Summary");
    excel.context.workbook.worksheets.getItem("Summary").name = "Board paper";
    await excel.context.sync();
    const again = planApply(await wb.read(), { today: TODAY });
    expect(again.summarySheet).toBe("Board paper");
    await wb.write(again.write);
    expect(excel.sheet("Board paper")!.id).toBe(id);
    expect(excel.sheet("Summary")).toBeUndefined();
    expect(excel.state.sheets.findIndex((s) => s.name === "Board paper")).toBe(position);
  });

  test("a person's edits since the last build are reported before they are replaced", async () => {
    const excel = new FakeExcel([plan()]);
    const wb = adapter(excel);
    const first = planApply(await wb.read(), { today: TODAY });
    expect(first.summaryEdited).toBeNull();
    await wb.write(first.write);
    expect(planApply(await wb.read(), { today: TODAY }).summaryEdited).toBeNull();
    const ws = excel.context.workbook.worksheets.getItem("Summary");
    ws.getRange("B1").values = [["Draft: do not circulate"]];
    await excel.context.sync();
    const second = planApply(await wb.read(), { today: TODAY });
    expect(second.summaryEdited).toEqual({ sheet: "Summary", rows: [1] });
    await wb.write(second.write);
    expect(planApply(await wb.read(), { today: TODAY }).summaryEdited).toBeNull();
  });

  test("the summary says, under its title, which ratings were not recognised", async () => {
    const excel = new FakeExcel([plan({ rows: [...plan().rows!, ["1.3", "Audit", "x", "Jo", "June 2023", "Purple"]] })]);
    const wb = adapter(excel);
    await wb.write(planApply(await wb.read(), { today: TODAY }).write);
    expect(cellText(text(excel, "Summary", 3, 1) as string)).toBe("1 rating not recognised is counted as Not rated: F5.");
  });
});

describe("payload estimates (F16)", () => {
  test("count bytes as sent (UTF-8), not UTF-16 units", () => {
    expect(utf8Bytes("abc")).toBe(3);
    expect(utf8Bytes("– “quoted”")).toBe(3 + 1 + 3 + 6 + 3); // en dash, space, curly quotes
    expect(utf8Bytes("😀")).toBe(4);
  });
});

describe("footers (F19)", () => {
  test("a doubled ampersand is a literal &, not a section code", () => {
    expect(footerSections("&LP&&L plan&RPage &P of &N")).toEqual({ leftFooter: "P&&L plan", rightFooter: "Page &P of &N" });
  });
});
