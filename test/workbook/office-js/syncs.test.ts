import { OUR_TAG } from "../../../src/core/specs/types";
import { STATE_SHEET } from "../../../src/core/state";
import { OfficeJsWorkbook } from "../../../src/workbook/office-js";
import { applyPlan, PLAN } from "../../contract/fixture";
import { FakeExcel } from "../fake-excel";

/** A plan sheet of n item rows under PLAN's header. */
function bigPlan(n: number) {
  const rows: (string | number | null)[][] = PLAN.rows.slice(0, 2).map((r) => [...r]);
  for (let i = 0; i < n; i++) rows.push([`${1 + (i % 9)}.${i}`, `Action ${i}`, "Jo Smith", 45658 + (i % 400), ["Red", "Amber", "Green"][i % 3]!]);
  return { name: "Plan", rows };
}

const adapter = (excel: FakeExcel, blockRows?: number) => new OfficeJsWorkbook(excel.context, { isSetSupported: excel.isSetSupported, blockRows });

describe("Office.js adapter: round trips", () => {
  test.each([10, 1_000, 19_000])("validate (read) of %i rows is 1 sync once the sheet names are known", async (n) => {
    const excel = new FakeExcel([bigPlan(n), { name: "Notes", rows: [["x"]] }]);
    const wb = adapter(excel);
    await wb.read(); // learns the sheet names
    excel.resetCounters();
    const snapshot = await wb.read();
    expect(excel.syncCount).toBe(1);
    expect(snapshot.sheets.find((s) => s.name === "Plan")!.grid.values).toHaveLength(n + 2);
  });

  test("the first read of a workbook costs one more sync, to list its sheets", async () => {
    const excel = new FakeExcel([bigPlan(10)]);
    await adapter(excel).read();
    expect(excel.syncCount).toBe(2);
  });

  test("a sheet longer than a block adds one sync per further block, and comes back whole", async () => {
    const excel = new FakeExcel([bigPlan(2_500)]);
    const wb = adapter(excel, 1_000);
    await wb.read();
    excel.resetCounters();
    const grid = (await wb.read()).sheets[0]!.grid;
    expect(excel.syncCount).toBe(3); // rows 1–1000, 1001–2000, 2001–2502
    expect(grid.values).toHaveLength(2_502);
    expect(grid.values[2_501]![1]).toBe("Action 2499");
    expect(excel.batches.every((b) => b.responseBytes < 5_000_000)).toBe(true);
  });

  test("apply is one sync to read and one to write, whatever the number of rows", async () => {
    for (const n of [10, 5_000]) {
      const excel = new FakeExcel([bigPlan(n)]);
      const wb = adapter(excel);
      await wb.read();
      excel.resetCounters();
      await wb.read();
      await wb.write(applyPlan());
      expect(excel.syncCount).toBe(2);
      expect(excel.maxBatchBytes).toBeLessThan(5_000_000);
    }
  });

  test("a write without a recent read loads what it needs in one sync first", async () => {
    const excel = new FakeExcel([bigPlan(10)]);
    const wb = adapter(excel);
    await wb.read();
    excel.resetCounters();
    await wb.write(applyPlan());
    await wb.write(applyPlan());
    expect(excel.syncCount).toBe(4);
    expect(excel.sheet("Plan")!.cfs.filter((c) => c.formula?.includes(OUR_TAG))).toHaveLength(4);
  });

  test("no property is read before it is loaded (the fake throws PropertyNotLoaded)", async () => {
    const excel = new FakeExcel([bigPlan(50), { name: "Summary", rows: [["mine"]] }]);
    const wb = adapter(excel);
    await wb.read();
    await wb.write({ format: applyPlan().format!, stateSheet: applyPlan().stateSheet! });
    await wb.write({ edits: [{ sheet: "Plan", cell: "E3", before: "Red", after: "Amber" }] });
    await wb.select("Plan", "E3");
    expect(excel.state.selection).toEqual({ sheet: "Plan", address: "E3" });
  });
});

describe("Office.js adapter: what it writes", () => {
  test("the state sheet is very hidden and the rating list is a workbook name", async () => {
    const excel = new FakeExcel([PLAN]);
    const wb = adapter(excel);
    await wb.write(applyPlan());
    expect(excel.sheet(STATE_SHEET)!.visibility).toBe("VeryHidden");
    expect(excel.state.names.get("WSOA_Ratings")).toBe(`='${STATE_SHEET}'!$D$2:$D$4`);
    expect(excel.state.active).toBe("Summary");
  });

  test("the summary is formatted by ranges of equal style, not cell by cell, with print setup", async () => {
    const excel = new FakeExcel([PLAN]);
    const wb = adapter(excel);
    await wb.read();
    excel.resetCounters();
    await wb.write(applyPlan(Array.from({ length: 200 }, (_, i) => `Workstream ${i}`)));
    expect(excel.syncCount).toBe(1);
    const summary = excel.sheet("Summary")!;
    expect(summary.formats.get("150,1")).toMatchObject({ "fill.color": "#D9D9D9", "border.EdgeTop.style": "Continuous" });
    expect(summary.pageLayout).toMatchObject({ orientation: "Landscape", printTitleRows: "$2:$2", footers: { leftFooter: "WSOA summary", rightFooter: "Page &P of &N" } });
    expect(summary.freezeRows).toBe(1);
    // 201 rows × 2 columns of styled cells: a handful of ranges, not 402 format calls.
    expect(excel.batches[0]!.operations).toBeLessThan(80);
  });

  test("an Excel without ExcelApi 1.9 writes the summary without print setup and says so", async () => {
    const excel = new FakeExcel([PLAN], 8);
    const wb = adapter(excel);
    await wb.write(applyPlan());
    expect(excel.sheet("Summary")!.pageLayout.orientation).toBeUndefined();
    expect(wb.skipped.join(" ")).toMatch(/print options/);
    expect(excel.sheet("Plan")!.cfs.length).toBe(4);
  });
});
