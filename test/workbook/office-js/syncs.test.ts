import { OUR_TAG } from "../../../src/core/specs/types";
import { STATE_SHEET } from "../../../src/core/state";
import { planNewPlan } from "../../../src/review/new-plan";
import { FIRST_BLOCK_ROWS, OfficeJsWorkbook, SHEETS_PER_REQUEST, TARGET_BYTES } from "../../../src/workbook/office-js";
import { applyPlan, PLAN } from "../../contract/fixture";
import { FakeExcel } from "../fake-excel";

/** A plan sheet of n item rows under PLAN's header. */
function bigPlan(n: number) {
  const rows: (string | number | null)[][] = PLAN.rows.slice(0, 2).map((r) => [...r]);
  for (let i = 0; i < n; i++) rows.push([`${1 + (i % 9)}.${i}`, `Action ${i}`, "Jo Smith", 45658 + (i % 400), ["Red", "Amber", "Green"][i % 3]!]);
  return { name: "Plan", rows };
}

const adapter = (excel: FakeExcel, blockRows?: number) => new OfficeJsWorkbook(excel.context, { isSetSupported: excel.isSetSupported, blockRows });

/** A Thurrock-like plan: 9 columns, its progress column holding `progressChars` of text per row. */
function wordyPlan(n: number, progressChars: number) {
  const rows: (string | number | null)[][] = [["Improvement Area", "Actions", "Success Measure(s)", "Lead", "Governance Forum", "Timescale", "Initial RAG", "RAG", "Progress Update"]];
  const progress = (i: number) => `Update ${i}: `.padEnd(progressChars, "progress noted at the SEND board, evidence filed; ");
  for (let i = 0; i < n; i++)
    rows.push([`Area ${i % 40}`, `Milestone ${i}: review current arrangements and agree next steps`, "Success measure agreed", "Strategic Lead", "SEND Development Board", "March 2023", "Red", ["Red", "Amber", "Light Green"][i % 3]!, progress(i)]);
  return { name: "Plan", rows };
}

describe("Office.js adapter: round trips", () => {
  test.each([10, 1_000, FIRST_BLOCK_ROWS - 2])("validate (read) of %i rows is 1 sync, even from a fresh adapter: sheets are walked, not listed first", async (n) => {
    const excel = new FakeExcel([bigPlan(n), { name: "Notes", rows: [["x"]] }, { name: "Hidden", rows: [["h"]], visibility: "VeryHidden" }]);
    const snapshot = await adapter(excel).read();
    expect(excel.syncCount).toBe(1);
    expect(snapshot.sheets.map((s) => [s.name, s.visibility])).toEqual([["Plan", "visible"], ["Notes", "visible"], ["Hidden", "veryHidden"]]);
    expect(snapshot.sheets[0]!.grid.values).toHaveLength(n + 2);
    expect(snapshot.sheets[2]!.grid.values).toEqual([["h"]]);
  });

  test("a workbook of more sheets than one request walks costs one more sync per as many", async () => {
    const many = (k: number) => Array.from({ length: k }, (_, i) => ({ name: `S${i + 1}`, rows: [[`cell of ${i + 1}`]] }));
    for (const [k, syncs] of [[SHEETS_PER_REQUEST, 1], [SHEETS_PER_REQUEST + 1, 2], [2 * SHEETS_PER_REQUEST + 5, 3]] as const) {
      const excel = new FakeExcel(many(k));
      const snapshot = await adapter(excel).read();
      expect(excel.syncCount).toBe(syncs);
      expect(snapshot.sheets.map((s) => s.name)).toEqual(many(k).map((s) => s.name));
      expect(snapshot.sheets.map((s) => s.grid.values[0]![0])).toEqual(many(k).map((s) => s.rows[0]![0]));
    }
  });

  test("with blockRows set, a longer sheet adds one sync per further block of that many rows, and comes back whole", async () => {
    const excel = new FakeExcel([bigPlan(2_500)]);
    const grid = (await adapter(excel, 1_000).read()).sheets[0]!.grid;
    expect(excel.syncCount).toBe(3); // rows 1–1000, 1001–2000, 2001–2502
    expect(grid.values).toHaveLength(2_502);
    expect(grid.values[2_501]![1]).toBe("Action 2499");
  });

  test("50,000 rows of 9 columns with 400-character progress text: every request and response under 5 MB, blocks sized by bytes", async () => {
    const plan = wordyPlan(50_000, 400);
    const excel = new FakeExcel([plan, { name: "Cover", rows: [["Cover page"]] }]);
    const wb = adapter(excel);
    const grid = (await wb.read()).sheets[0]!.grid;
    expect(grid.values).toHaveLength(50_001);
    expect(grid.values[50_000]![8]).toBe(plan.rows[50_000]![8]);
    expect(grid.values[25_000]![1]).toBe(plan.rows[25_000]![1]);
    const reads = [...excel.batches];
    expect(reads.every((b) => b.responseBytes < 5_000_000 && b.requestBytes < 5_000_000)).toBe(true);
    // Each further block is filled towards TARGET_BYTES: neither a fixed row count nor a crawl.
    for (const b of reads.slice(1, -1)) expect(b.responseBytes).toBeGreaterThan(TARGET_BYTES / 2);
    expect(reads.length).toBeLessThan(2 + Math.ceil(reads.reduce((t, b) => t + b.responseBytes, 0) / (TARGET_BYTES / 2)));
    excel.resetCounters();
    await wb.write(applyPlan());
    expect(excel.syncCount).toBe(2); // the plan sheet's rules, in a guarded request of their own; the write
    expect(excel.maxBatchBytes).toBeLessThan(5_000_000);
  });

  test("when the first request would pass 5 MB (sheets wordy from the first row), it is read again carefully, in blocks", async () => {
    const wordy = (name: string) => ({ name, rows: Array.from({ length: FIRST_BLOCK_ROWS }, (_, i) => [`${name} ${i}`.padEnd(900, "."), "x".repeat(900)]) });
    const excel = new FakeExcel([wordy("One"), wordy("Two"), wordy("Three")]);
    const snapshot = await adapter(excel).read();
    expect(excel.batches[0]!.responseBytes).toBeGreaterThan(5_000_000); // refused, as Excel on the web does
    expect(excel.batches.slice(1).every((b) => b.responseBytes < 5_000_000)).toBe(true);
    for (const name of ["One", "Two", "Three"]) {
      const values = snapshot.sheets.find((s) => s.name === name)!.grid.values;
      expect(values).toHaveLength(FIRST_BLOCK_ROWS);
      expect(values[FIRST_BLOCK_ROWS - 1]![0]).toMatch(new RegExp(`^${name} ${FIRST_BLOCK_ROWS - 1}\\.`));
    }
  });

  test("apply is one sync to read, one for the plan sheet's rules (guarded) and one to write, whatever the number of rows up to the first block", async () => {
    for (const n of [10, FIRST_BLOCK_ROWS - 2]) {
      const excel = new FakeExcel([bigPlan(n)]);
      const wb = adapter(excel);
      await wb.read();
      await wb.write(applyPlan());
      expect(excel.syncCount).toBe(3);
      expect(excel.maxBatchBytes).toBeLessThan(5_000_000);
    }
  });

  test("a write without a recent read loads what it needs in one sync first, without reading the plan's rows", async () => {
    const excel = new FakeExcel([bigPlan(10_000)]);
    const wb = adapter(excel);
    await wb.read();
    excel.resetCounters();
    await wb.write(applyPlan());
    await wb.write(applyPlan()); // no read in between: loads our state sheet and the plan's rules together (1 sync), then writes
    expect(excel.syncCount).toBe(4);
    expect(excel.sheet("Plan")!.cfs.filter((c) => c.formula?.includes(OUR_TAG))).toHaveLength(4);
  });

  test("a read of named sheets fetches only their cells: a big data sheet beside the plan is listed, not read (F14)", async () => {
    const data = { name: "Data extract", rows: Array.from({ length: 1_500 }, (_, i) => [`Pupil ${i}`, "x".repeat(200)]) };
    const excel = new FakeExcel([bigPlan(50), data]);
    const snapshot = await adapter(excel).read({ sheets: ["plan"] });
    expect(excel.syncCount).toBe(1);
    expect(snapshot.sheets.map((s) => [s.name, s.grid.values.length])).toEqual([["Plan", 52], ["Data extract", 0]]);
    expect(excel.maxResponseBytes).toBeLessThan(50_000); // the data sheet alone is over 300 KB
    const all = new FakeExcel([bigPlan(50), data]);
    await adapter(all).read();
    expect(all.maxResponseBytes).toBeGreaterThan(300_000);
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

  test("a new plan sheet is created and formatted in one write: one sync after the read", async () => {
    const excel = new FakeExcel([{ name: "Notes", rows: [["hello"]] }]);
    const wb = adapter(excel);
    const { sheet, writes } = planNewPlan(await wb.read(), { scheme: "rag" });
    excel.resetCounters();
    for (const w of writes) await wb.write(w);
    expect(excel.syncCount).toBe(1);
    expect(excel.sheet(sheet)!.cfs.filter((c) => c.formula?.includes(OUR_TAG)).length).toBeGreaterThan(0);
    expect(excel.sheet(sheet)!.validations.length).toBe(2);
    expect(excel.state.active).toBe(sheet);
  });
});

describe("Office.js adapter: what it writes", () => {
  test("the state sheet is very hidden and the rating list is a workbook name", async () => {
    const excel = new FakeExcel([{ name: PLAN.name, rows: PLAN.rows }]);
    const wb = adapter(excel);
    await wb.write(applyPlan());
    expect(excel.sheet(STATE_SHEET)!.visibility).toBe("VeryHidden");
    expect(excel.state.names.get("WSOA_Ratings")).toBe(`='${STATE_SHEET}'!$D$2:$D$4`);
    expect(excel.state.active).toBe("Summary");
  });

  test("the summary is formatted by ranges of equal style, not cell by cell, with print setup", async () => {
    const excel = new FakeExcel([{ name: PLAN.name, rows: PLAN.rows }]);
    const wb = adapter(excel);
    await wb.read();
    excel.resetCounters();
    await wb.write(applyPlan(Array.from({ length: 200 }, (_, i) => `Workstream ${i}`)));
    expect(excel.syncCount).toBe(2); // rules, then the write
    const summary = excel.sheet("Summary")!;
    expect(summary.formats.get("150,1")).toMatchObject({ "fill.color": "#D9D9D9", "border.EdgeTop.style": "Continuous" });
    expect(summary.pageLayout).toMatchObject({ orientation: "Landscape", printTitleRows: "$2:$2", footers: { leftFooter: "WSOA summary", rightFooter: "Page &P of &N" } });
    expect(summary.freezeRows).toBe(1);
    // 201 rows × 2 columns of styled cells: a handful of ranges, not 402 format calls.
    expect(excel.batches[1]!.operations).toBeLessThan(80);
  });

  test("an Excel without ExcelApi 1.9 writes the summary without print setup and says so", async () => {
    const excel = new FakeExcel([{ name: PLAN.name, rows: PLAN.rows }], 8);
    const wb = adapter(excel);
    await wb.write(applyPlan());
    expect(excel.sheet("Summary")!.pageLayout.orientation).toBeUndefined();
    expect(wb.skipped.join(" ")).toMatch(/print options/);
    expect(excel.sheet("Plan")!.cfs.length).toBe(4);
  });
});
