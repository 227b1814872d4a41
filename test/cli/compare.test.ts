import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import { saveTo, tmp } from "../workbook/exceljs/helpers";

async function run(args: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(args, { out: (t) => (out += t + "\n"), err: (t) => (err += t + "\n") });
  return { code, out, err, json: () => JSON.parse(out) };
}

const EXAMPLES = ["examples/hounslow-2022.xlsx", "examples/hounslow-2024-12.xlsx"];

describe("wsoa compare", () => {
  it("--json follows the contract: both sides, counts, items with ISO dates", async () => {
    const r = await run(["compare", ...EXAMPLES, "--json"]);
    expect([r.code, r.err]).toEqual([0, ""]);
    const j = r.json();
    // As at each file's saved date: the board dates of the two versions.
    expect(j.before).toEqual({ file: EXAMPLES[0], sheet: "WSOA", asAt: "2023-03-31", total: 91, complete: 50, percentComplete: 54.9, overdue: 12 });
    expect(j.after).toEqual({ file: EXAMPLES[1], sheet: "WSOA", asAt: "2024-12-31", total: 109, complete: 108, percentComplete: 99.1, overdue: 0 });
    expect(Object.keys(j.counts)).toEqual(expect.arrayContaining(["completed", "improved", "worse", "same", "slipped", "added", "removed", "notUpdated"]));
    expect(j.counts).toMatchObject({ completed: 41, worse: 0, added: 18, removed: 0 });
    const keys = ["ref", "text", "cellBefore", "cellAfter", "ratingBefore", "ratingAfter", "direction", "completed", "deadlineBefore", "deadlineAfter", "slippedDays", "progressUpdated"];
    for (const item of j.items) expect(Object.keys(item)).toEqual(expect.arrayContaining(keys));
    expect(j.items).toHaveLength(109);
    const split = j.items.find((i: { text: string }) => i.text === "Annual SEND workforce survey disseminated and published");
    expect(split).toMatchObject({ ref: "4.2.4", presence: "both", match: "similar", cellBefore: "C71", cellAfter: "C84", ratingAfter: "Complete", completed: true });
    const slipped = j.items.filter((i: { slippedDays: number | null }) => (i.slippedDays ?? 0) > 0);
    expect(slipped.map((i: { ref: string; deadlineBefore: string; deadlineAfter: string; slippedDays: number }) => [i.ref, i.deadlineBefore, i.deadlineAfter, i.slippedDays])).toEqual([["4.4.1", "2022-12-16", "2022-12-31", 15]]);
  });

  it("prints the figures side by side and the board's groups", async () => {
    const r = await run(["compare", ...EXAMPLES, "--today", "2025-01-15"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Complete\s+50 \(54\.9%\)\s+108 \(99\.1%\)/);
    expect(r.out).toContain("as at 15 Jan 2025");
    expect(r.out).toContain("Completed this period (41)");
    expect(r.out).toMatch(/4\.4\.1\s+SEND Dashboard.*16 Dec 2022 → 31 Dec 2022 \(\+15 days\)/);
    expect(r.out).toContain("Added (18)");
  });

  it("exits 2 with one line when a file cannot be used, and refuses a missing second file", async () => {
    const dir = tmp("wsoa-compare-");
    const empty = await saveTo(dir, "empty.xlsx", (() => { const wb = new ExcelJS.Workbook(); wb.addWorksheet("Sheet1"); return wb; })());
    const r = await run(["compare", EXAMPLES[0]!, empty]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect((await run(["compare", EXAMPLES[0]!])).code).toBe(2);
    expect((await run(["compare", EXAMPLES[0]!, join(dir, "missing.xlsx")])).code).toBe(2);
  });
});
