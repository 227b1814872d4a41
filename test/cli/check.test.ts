import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";

async function run(args: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(args, { out: (t) => (out += t + "\n"), err: (t) => (err += t + "\n") });
  return { code, out, err, json: () => JSON.parse(out) };
}

const dir = mkdtempSync(join(tmpdir(), "wsoa-check-"));

async function save(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe("wsoa check on the bundled examples (file → JSON report)", () => {
  it("Hounslow 2022: Ref | Key action | Milestones | Timescale | Lead, sections 4.1–4.4", async () => {
    const r = await run(["check", "examples/hounslow-2022.xlsx", "--today", "2023-03-31", "--json"]);
    expect(r.code).toBe(0);
    const j = r.json();
    expect(j).toMatchObject({ file: "examples/hounslow-2022.xlsx", sheet: "WSOA", headerRow: 5, scheme: "rag", items: 91 });
    expect(j.columns).toMatchObject({ ref: "A", action: "B", milestone: "C", deadline: "D", lead: "E", status: "F" });
    expect(j.summary.byWorkstream.map((w: { workstream: string; total: number }) => [w.workstream.slice(0, 4), w.total])).toEqual([["4.1.", 45], ["4.2.", 19], ["4.3.", 13], ["4.4 ", 14]]);
    expect(j.summary.totals).toEqual({ Red: 3, Amber: 11, Green: 12, Complete: 50, "Not rated": 15 });
    expect([j.summary.complete, j.summary.percentComplete, j.summary.overdue]).toEqual([50, 54.9, 12]);
    expect(j.summary.initial).toBeUndefined();
    const rules = (rule: string) => j.issues.filter((i: { rule: string }) => i.rule === rule).map((i: { cell: string }) => i.cell);
    expect(rules("status.normalised")).toEqual(["F14", "F20", "F26", "F38"]);
    expect(rules("rating.mismatch")).toEqual(["F38"]);
    expect(rules("ref.duplicate")).toEqual(["A98"]);
    expect(rules("date.missing")).toEqual(["D74", "D75", "D82"]);
  });

  it("Thurrock 2019: five-level RAG with initial ratings and repeated headers", async () => {
    const j = (await run(["check", "examples/thurrock-2019.xlsx", "--today", "2019-10-31", "--json"])).json();
    expect(j).toMatchObject({ sheet: "Written Statement of Action", headerRow: 4, scheme: "rag5", items: 38 });
    expect(j.columns).toMatchObject({ workstream: "A", action: "B", measure: "C", lead: "D", forum: "E", deadline: "F", initialStatus: "G", status: "H", progress: "I" });
    expect(j.summary.ratings).toEqual(["Red", "Amber", "Light Green", "Dark Green", "Completed", "Not rated"]);
    expect(j.summary.byWorkstream.map((w: { workstream: string }) => w.workstream.slice(0, 22))).toEqual(["Significant weakness 1", "Significant Weakness 2", "Significant weakness 3"]);
    expect(j.summary.totals).toEqual({ Red: 5, Amber: 17, "Light Green": 9, "Dark Green": 2, Completed: 4, "Not rated": 1 });
    expect(j.summary.initial).toEqual({ totals: { Red: 23, Amber: 15, "Light Green": 0, "Dark Green": 0, Completed: 0, "Not rated": 0 }, improved: 28, same: 7, worse: 2, unrated: 1 });
    expect(j.summary.overdue).toBe(2);
  });

  it("Peterborough 2019: BRAG + date, outcomes and action headings above their milestones", async () => {
    const j = (await run(["check", "examples/peterborough-2019.xlsx", "--today", "2019-12-31", "--json"])).json();
    expect(j).toMatchObject({ sheet: "Action plan", headerRow: 4, scheme: "brag", items: 75 });
    expect(j.columns).toMatchObject({ outcome: "A", ref: "B", action: "C", resource: "D", milestone: "E", deadline: "F", status: "G" });
    expect(j.summary.byWorkstream).toHaveLength(5);
    expect(j.summary.totals).toEqual({ Blue: 15, Green: 14, Amber: 5, Red: 3, "Not rated": 38 });
    expect([j.summary.complete, j.summary.percentComplete]).toEqual([15, 20]);
  });

  it("prints a readable table without --json", async () => {
    const r = await run(["check", "examples/hounslow-2022.xlsx", "--today", "2023-03-31"]);
    expect(r.out).toContain('sheet "WSOA", header row 5');
    expect(r.out).toMatch(/Total\s+3\s+11\s+12\s+50\s+15\s+91\s+54\.9%\s+12/);
    expect(r.out).toContain('F20    status.normalised');
  });

  it("Hounslow December 2024: every milestone of the plan, all complete but one under 4.3", async () => {
    const r = await run(["check", "examples/hounslow-2024-12.xlsx", "--today", "2024-12-31", "--json"]);
    expect(r.code).toBe(0);
    const j = r.json();
    expect(j).toMatchObject({ sheet: "WSOA", headerRow: 5, scheme: "rag", items: 109 });
    expect([j.summary.complete, j.summary.percentComplete, j.summary.overdue]).toEqual([108, 99.1, 0]);
    expect(j.summary.totals).toEqual({ Red: 0, Amber: 0, Green: 1, Complete: 108, "Not rated": 0 });
    const open = j.summary.byWorkstream
      .filter((w: { total: number; complete: number }) => w.complete < w.total)
      .map((w: { workstream: string; total: number; complete: number }) => [w.workstream.slice(0, 4), w.total - w.complete]);
    expect(open).toEqual([["4.3.", 1]]);
  });
});

describe("layouts nobody here has seen", () => {
  it("finds the plan behind a cover sheet, under a title block, with merged section rows and other wording", async () => {
    const path = await save("pap.xlsx", (wb) => {
      wb.addWorksheet("Cover").addRows([["Kingsbridge Priority Action Plan"], ["Version 3, for the SEND Partnership Board"]]);
      const ws = wb.addWorksheet("PAP tracker");
      ws.addRows([
        ["Kingsbridge Local Area Partnership"],
        ["Priority Action Plan – progress tracker"],
        [],
        ["No.", "Priority action", "Action owner", "Target completion date", "Baseline RAG", "RAG status", "Commentary"],
        ["Area for improvement 1: Waiting times for neurodevelopmental assessment"],
        ["1.1", "Commission additional assessment capacity", "ICB Head of Commissioning", "Q3 2024/25", "Red", "Amber", "Provider appointed"],
        ["1.2", "Publish waiting-well offer", "DCO", new Date(Date.UTC(2024, 8, 30)), "Red", "Complete", "Published Sept"],
        ["Area for improvement 2: Quality of EHC plans"],
        ["2.1", "Audit 10% of new plans each quarter", "Head of SEND", "Quarterly", "Amber", "Green", ""],
        ["2.2", "Train case officers in outcomes writing", "Head of SEND", "Spring term 2025", "Amber", "red ", ""],
      ]);
      ws.mergeCells("A5:G5");
      ws.mergeCells("A8:G8");
      ws.getCell("D7").numFmt = "dd/mm/yyyy";
      wb.addWorksheet("Key").addRows([["Red", "Not started"], ["Amber", "Some delay"]]);
    });
    const j = (await run(["check", path, "--today", "2025-01-15", "--json"])).json();
    expect(j).toMatchObject({ sheet: "PAP tracker", headerRow: 4, scheme: "rag", items: 4 });
    expect(j.columns).toMatchObject({ ref: "A", action: "B", lead: "C", deadline: "D", initialStatus: "E", status: "F", progress: "G" });
    expect(j.summary.byWorkstream.map((w: { workstream: string; total: number }) => [w.workstream.slice(0, 22), w.total])).toEqual([["Area for improvement 1", 2], ["Area for improvement 2", 2]]);
    expect(j.summary.overdue).toBe(1); // Q3 2024/25 ended 31 Dec 2024 and is still Amber
    expect(j.summary.initial).toMatchObject({ improved: 3, same: 0, worse: 1 });
    expect(j.issues.filter((i: { rule: string }) => i.rule === "status.normalised").map((i: { cell: string }) => i.cell)).toEqual(["F10"]);
  });
});

describe("unusable files: exit 2, one line on stderr, no stack trace", () => {
  it.each([
    ["a missing file", async () => join(dir, "missing.xlsx"), /no such file/],
    ["a text file called .xlsx", async () => { const p = join(dir, "notes.xlsx"); writeFileSync(p, "Action, Deadline\n"); return p; }, /not an \.xlsx workbook \(it looks like a text file\)/],
    ["an empty file", async () => { const p = join(dir, "empty-file.xlsx"); writeFileSync(p, ""); return p; }, /empty file/],
    ["a folder", async () => { const p = join(dir, "folder.xlsx"); mkdirSync(p, { recursive: true }); return p; }, /folder/],
    ["a damaged zip", async () => { const p = join(dir, "damaged.xlsx"); writeFileSync(p, Buffer.from("PK\u0003\u0004garbage")); return p; }, /could not be read as an \.xlsx workbook/],
    ["an empty workbook", () => save("blank.xlsx", (wb) => void wb.addWorksheet("Sheet1")), /empty/],
    ["a workbook with no plan", () => save("contacts.xlsx", (wb) => void wb.addWorksheet("Contacts").addRows([["Name", "Email"], ["Jo", "jo@example.org"]])), /No sheet has a plan header row/],
  ])("%s", async (_name, make, message) => {
    const r = await run(["check", await make()]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("names the sheets when --sheet names none of them", async () => {
    const r = await run(["check", "examples/thurrock-2019.xlsx", "--sheet", "Plan"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('There is no sheet called "Plan" (sheets: "Written Statement of Action", "RAG key", "KPI tracker")');
  });

  it("exits 1 when the plan has errors", async () => {
    const path = await save("typo.xlsx", (wb) => void wb.addWorksheet("Plan").addRows([["Ref", "Action", "Deadline", "RAG"], ["1", "Do it", "March 2203", "Red"], ["2", "Do more", "May 2023", "Purple"]]));
    const j = await run(["check", path, "--json", "--today", "2023-01-01"]);
    expect(j.code).toBe(1);
    expect(j.json().issues.filter((i: { severity: string }) => i.severity === "error").map((i: { rule: string; cell: string }) => `${i.rule} ${i.cell}`)).toEqual(["date.implausible C2", "status.unknown D3"]);
  });

  it("explains bad arguments with the usage", async () => {
    const r = await run(["check", "x.xlsx", "--scheme", "traffic"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--scheme must be rag, brag or rag5");
  });
});
