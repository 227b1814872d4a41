import { copyFileSync, existsSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import { cellValues, load, planBook, saveTo, SMALL, tmp } from "../workbook/exceljs/helpers";

async function run(args: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(args, { out: (t) => (out += t + "\n"), err: (t) => (err += t + "\n") });
  return { code, out, err, json: () => JSON.parse(out) };
}

const dir = tmp("wsoa-cli-write-");
const TODAY = ["--today", "2024-09-30"];

describe("wsoa apply", () => {
  it("writes the copy and says what it did: rules per column, dropdowns, summary sheet, figures", async () => {
    const input = await saveTo(dir, "plan.xlsx", planBook(SMALL));
    const out = join(dir, "plan-applied.xlsx");
    const r = await run(["apply", input, "-o", out, ...TODAY]);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toContain(`Wrote ${out} from ${input}: sheet "Action plan", header row 3, scheme rag.`);
    expect(r.out).toMatch(/F \(Rating\): 4 rating rules over F4:F108/);
    expect(r.out).toMatch(/D \(Deadline\): an overdue rule over D4:D108/);
    expect(r.out).toContain("Rating dropdowns: F4:F108 (list WSOA_Ratings = 'WSOA Tracker'!$D$2:$D$5).");
    expect(r.out).toContain('Summary sheet: "Summary".');
    expect(r.out).toContain("Figures: 5 items · 1 of 5 complete (20.0%) · 3 overdue · 0 errors, 4 warnings.");
    expect(existsSync(out)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("says which rows of the summary it replaced when a person had edited them since the last apply", async () => {
    const input = await saveTo(dir, "plan-edited.xlsx", planBook(SMALL));
    const once = join(dir, "plan-edited-once.xlsx");
    expect((await run(["apply", input, "-o", once, ...TODAY])).out).not.toMatch(/Replaced edits/);
    const wb = await load(once);
    wb.getWorksheet("Summary")!.getCell("B1").value = "Draft: do not circulate";
    const edited = await saveTo(dir, "plan-edited-by-hand.xlsx", wb);
    const r = await run(["apply", edited, "-o", join(dir, "plan-edited-twice.xlsx"), ...TODAY]);
    expect(r.out).toContain('Replaced edits made by hand on "Summary" since WSOA Tracker last wrote it (row 1): the input file still has them.');
  });

  it("--json prints the check report plus what was applied", async () => {
    const input = await saveTo(dir, "plan-json.xlsx", planBook(SMALL));
    const r = await run(["apply", input, "-o", join(dir, "plan-json-out.xlsx"), ...TODAY, "--json"]);
    const j = r.json();
    expect(j).toMatchObject({ sheet: "Action plan", headerRow: 3, scheme: "rag", items: 5, applied: { dropdowns: ["F4:F108"], summarySheet: "Summary" } });
    expect(j.applied.rules).toEqual([
      { column: "F", field: "status", range: "F4:F108", ratingRules: 4, overdueRule: false },
      { column: "D", field: "deadline", range: "D4:D108", ratingRules: 0, overdueRule: true },
    ]);
    expect(j.summary.percentComplete).toBe(20);
  });

  it("exits 1 when the plan has errors, still writing the copy", async () => {
    const plan = { ...SMALL, rows: [...SMALL.rows, ["3.1", "Transitions", "Joint commissioning review", "31/13/2024", "Sam Lee", "Purple"]] };
    const input = await saveTo(dir, "errors.xlsx", planBook(plan));
    const out = join(dir, "errors-out.xlsx");
    const r = await run(["apply", input, "-o", out, ...TODAY]);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(true);
  });

  it("exits 2 with one line for a missing file, a text file named .xlsx, and the input as output", async () => {
    const missing = await run(["apply", join(dir, "nope.xlsx"), "-o", join(dir, "x.xlsx")]);
    expect([missing.code, missing.err.trim()]).toEqual([2, `wsoa: ${join(dir, "nope.xlsx")}: no such file.`]);
    const text = join(dir, "notes.xlsx");
    writeFileSync(text, "Ref,Action\n1,Do things\n");
    const notXlsx = await run(["apply", text, "-o", join(dir, "x.xlsx")]);
    expect([notXlsx.code, notXlsx.err]).toEqual([2, `wsoa: ${text} is not an .xlsx workbook (it looks like a text file).\n`]);
    const input = await saveTo(dir, "same.xlsx", planBook(SMALL));
    const same = await run(["apply", input, "-o", join(dir, ".", "same.xlsx")]);
    expect(same.code).toBe(2);
    expect(same.err).toMatch(/^wsoa: .*same\.xlsx is the input workbook itself: this tool never writes over its input/);
    const link = join(dir, "link.xlsx");
    symlinkSync(input, link);
    expect((await run(["apply", input, "-o", link])).code).toBe(2);
    expect(cellValues((await load(input)).getWorksheet("Action plan")!)).toEqual(cellValues(planBook(SMALL).getWorksheet("Action plan")!));
  });

  it("exits 2 for a protected plan sheet, writing nothing", async () => {
    const wb = planBook(SMALL);
    await wb.getWorksheet("Action plan")!.protect("", {});
    const input = await saveTo(dir, "protected.xlsx", wb);
    const out = join(dir, "protected-out.xlsx");
    const r = await run(["apply", input, "-o", out, ...TODAY]);
    expect(r.code).toBe(2);
    expect(r.err).toBe('wsoa: Sheet "Action plan" is protected: unprotect it (Review › Unprotect Sheet) so the rating formatting and dropdowns can be added.\n');
    expect(existsSync(out)).toBe(false);
  });

  it("exits 2 when the output folder does not exist, or the output is not .xlsx", async () => {
    const input = await saveTo(dir, "folder.xlsx", planBook(SMALL));
    const r = await run(["apply", input, "-o", join(dir, "no-such-folder", "out.xlsx"), ...TODAY]);
    expect([r.code, r.err]).toEqual([2, `wsoa: ${join(dir, "no-such-folder", "out.xlsx")} could not be written: its folder does not exist.\n`]);
    expect((await run(["apply", input, "-o", join(dir, "out.xlsm")])).code).toBe(2);
  });

  it("refuses a workbook with an image unless --force", async () => {
    const wb = planBook(SMALL);
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
    wb.getWorksheet("Action plan")!.addImage(wb.addImage({ buffer: png as unknown as ArrayBuffer, extension: "png" }), "H1:I2");
    const input = await saveTo(dir, "image.xlsx", wb);
    const out = join(dir, "image-out.xlsx");
    const refused = await run(["apply", input, "-o", out, ...TODAY]);
    expect([refused.code, refused.err]).toEqual([2, `wsoa: ${input} contains an image, which this tool cannot carry over; apply would drop it. Use the Excel add-in instead, or pass --force to write a copy without it.\n`]);
    expect(existsSync(out)).toBe(false);
    const forced = await run(["apply", input, "-o", out, ...TODAY, "--force"]);
    expect(forced.code).toBe(0);
    expect(forced.out).toContain("Dropped (--force): an image.");
  });
});

describe("wsoa fix", () => {
  it("writes the canonical label over each normalised rating and lists every change", async () => {
    const plan = { ...SMALL, rows: SMALL.rows.map((r, i) => (i === 2 ? [...r.slice(0, 5), "g"] : r)) };
    const input = await saveTo(dir, "fix.xlsx", planBook(plan));
    const out = join(dir, "fix-out.xlsx");
    const r = await run(["fix", input, "-o", out, ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('2 ratings corrected:\n  F5: "amber " → "Amber"\n  F6: "g" → "Green"');
    const before = cellValues(planBook(plan).getWorksheet("Action plan")!);
    const after = cellValues((await load(out)).getWorksheet("Action plan")!);
    expect(after).toEqual({ ...before, F5: "Amber", F6: "Green" });
    expect((await load(out)).worksheets.map((w) => w.name)).toEqual(["Action plan"]);
  });

  it("--json gives the changes as {cell, before, after}", async () => {
    const input = await saveTo(dir, "fix-json.xlsx", planBook(SMALL));
    const r = await run(["fix", input, "-o", join(dir, "fix-json-out.xlsx"), "--json", ...TODAY]);
    expect(r.json()).toMatchObject({ sheet: "Action plan", changes: [{ cell: "F5", before: "amber ", after: "Amber" }], skipped: [] });
  });

  it("leaves a rating computed by a formula alone and says so", async () => {
    const wb = planBook(SMALL);
    wb.getWorksheet("Action plan")!.getCell("F5").value = { formula: 'LOWER("AMBER")', result: "amber" } as ExcelJS.CellFormulaValue;
    const input = await saveTo(dir, "fix-formula.xlsx", wb);
    const out = join(dir, "fix-formula-out.xlsx");
    const r = await run(["fix", input, "-o", out, ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('No rating needed correcting');
    expect(r.out).toContain('Not corrected (the cell holds a formula: correct its source instead):\n  F5: "amber"');
    expect((await load(out)).getWorksheet("Action plan")!.getCell("F5").value).toEqual({ formula: 'LOWER("AMBER")', result: "amber" });
  });

  it("never writes over its input", async () => {
    const input = await saveTo(dir, "fix-same.xlsx", planBook(SMALL));
    const copy = join(dir, "fix-same-copy.xlsx");
    copyFileSync(input, copy);
    expect((await run(["fix", input, "-o", input])).code).toBe(2);
    expect((await run(["fix", input, "-o", copy, ...TODAY])).code).toBe(0);
  });
});
