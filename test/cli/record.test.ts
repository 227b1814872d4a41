import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { HISTORY_SHEET } from "../../src/core/history";
import { cellValues, load, planBook, saveTo, SMALL, tmp } from "../workbook/exceljs/helpers";

async function run(args: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(args, { out: (t) => (out += t + "\n"), err: (t) => (err += t + "\n") });
  return { code, out, err, json: () => JSON.parse(out) };
}

const dir = tmp("wsoa-cli-record-");

describe("wsoa record", () => {
  it("records a round in a copy; the same date again keeps one round", async () => {
    const input = await saveTo(dir, "plan.xlsx", planBook(SMALL));
    const one = join(dir, "one.xlsx");
    const r = await run(["record", input, "-o", one, "--as-at", "2024-09-30"]);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toContain(`recorded a round as at 30 Sep 2024 (5 items of sheet "Action plan") on sheet "${HISTORY_SHEET}"`);
    const again = join(dir, "again.xlsx");
    const j = (await run(["record", one, "-o", again, "--as-at", "2024-09-30", "--json"])).json();
    expect(j).toMatchObject({ replaced: true, items: 5, historySheet: HISTORY_SHEET });
    expect(j.rounds.map((x: { asAt: string }) => x.asAt)).toEqual(["2024-09-30"]);
    const ws = (await load(again)).getWorksheet(HISTORY_SHEET)!;
    expect(ws.state).toBe("visible");
    expect(ws.rowCount).toBe(4 + 5); // title, note, blank, headings, one row per item
  });

  it("the history survives apply and fix of the recorded file, cell for cell", async () => {
    const input = await saveTo(dir, "plan2.xlsx", planBook(SMALL));
    const recorded = join(dir, "recorded.xlsx");
    await run(["record", input, "-o", recorded, "--as-at", "2024-06-30"]);
    const applied = join(dir, "applied.xlsx");
    expect((await run(["apply", recorded, "-o", applied, "--today", "2024-09-30"])).code).toBe(0);
    const fixed = join(dir, "fixed.xlsx");
    expect((await run(["fix", applied, "-o", fixed])).code).toBe(0);
    const history = async (f: string) => cellValues((await load(f)).getWorksheet(HISTORY_SHEET)!);
    expect(await history(fixed)).toEqual(await history(recorded));
    const second = join(dir, "second.xlsx");
    const j = (await run(["record", fixed, "-o", second, "--as-at", "2024-09-30", "--json"])).json();
    expect(j.rounds.map((x: { asAt: string }) => x.asAt)).toEqual(["2024-06-30", "2024-09-30"]);
  });

  it("the summary written after two rounds shows 'since the last report' and the trend, read back from the file", async () => {
    const input = await saveTo(dir, "plan3.xlsx", planBook(SMALL));
    const march = join(dir, "march.xlsx");
    await run(["record", input, "-o", march, "--as-at", "2024-03-31"]);
    // The next round: 1.1 completed, 1.3's date moved later, 2.2 rated.
    const wb = await load(march);
    const plan = wb.getWorksheet("Action plan")!;
    plan.getCell("F4").value = "Complete";
    plan.getCell("D6").value = new Date(Date.UTC(2025, 8, 30));
    plan.getCell("F8").value = "Amber";
    const june = await saveTo(dir, "june.xlsx", wb);
    const recorded = join(dir, "june-recorded.xlsx");
    await run(["record", june, "-o", recorded, "--as-at", "2024-06-30"]);
    const summaryRows = async (file: string) => {
      const rows: string[][] = [];
      (await load(file)).getWorksheet("Summary")!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? "" : String(v)))));
      return { rows, at: (first: string) => rows.findIndex((r) => r[0] === first) };
    };
    // The June plan, not yet recorded, against the March round.
    const unrecorded = join(dir, "june-summary.xlsx");
    expect((await run(["apply", june, "-o", unrecorded, "--today", "2024-06-30"])).code).toBe(0);
    const { rows, at } = await summaryRows(unrecorded);
    const since = at("Since the last report (as at 31 Mar 2024)");
    expect(since).toBeGreaterThan(0);
    expect(rows[since + 1]![0]).toBe("Then: 1 of 5 complete (20.0%), 1 overdue. Now: 2 of 5 complete (40.0%), 1 overdue.");
    expect(rows[since + 2]).toEqual(["Completed", "Improved", "Worse", "Same", "Slipped", "Not updated", "Added", "Removed"]);
    expect(rows[since + 3]).toEqual(["1", "1", "0", "3", "1", "0", "0", "0"]);
    expect(rows[since + 4]).toEqual(["Action / milestone", "Ref", "Change", "Detail", "Cell"]);
    expect(rows.slice(since + 5, since + 7)).toEqual([
      ["Recruit two educational psychologists", "1.1", "Completed", "Red → Complete", "C4"],
      ["Publish the local offer", "1.3", "Slipped", "30 Jun 2025 → 30 Sep 2025 (+92 days)", "C6"],
    ]);
    // Once June is recorded, the trend has both rounds and then now.
    const applied = join(dir, "june-applied.xlsx");
    expect((await run(["apply", recorded, "-o", applied, "--today", "2024-07-15"])).code).toBe(0);
    const later = await summaryRows(applied);
    expect(later.at("Since the last report (as at 30 Jun 2024)")).toBeGreaterThan(0);
    const trend = later.at("Trend by reporting round");
    expect(later.rows[trend + 1]).toEqual(["As at", "Red", "Amber", "Green", "Complete", "Not rated", "Total", "% complete"]);
    expect(later.rows.slice(trend + 2, trend + 5)).toEqual([
      ["31 Mar 2024", "1", "1", "1", "1", "1", "5", "0.2"],
      ["30 Jun 2024", "0", "2", "1", "2", "0", "5", "0.4"],
      ["15 Jul 2024 (now, not recorded)", "0", "2", "1", "2", "0", "5", "0.4"],
    ]);
  });

  it("needs -o and a real date", async () => {
    expect((await run(["record", "x.xlsx"])).code).toBe(2);
    const r = await run(["record", "x.xlsx", "-o", "y.xlsx", "--as-at", "31/12/2024"]);
    expect([r.code, r.err]).toEqual([2, expect.stringContaining("--as-at must be a date like 2024-12-31")]);
  });
});
