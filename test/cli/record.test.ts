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

  it("needs -o and a real date", async () => {
    expect((await run(["record", "x.xlsx"])).code).toBe(2);
    const r = await run(["record", "x.xlsx", "-o", "y.xlsx", "--as-at", "31/12/2024"]);
    expect([r.code, r.err]).toEqual([2, expect.stringContaining("--as-at must be a date like 2024-12-31")]);
  });
});
