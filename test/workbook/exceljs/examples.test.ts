import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { applyFile } from "../../../src/cli/write-commands";
import { OUR_TAG } from "../../../src/core/specs/types";
import { STATE_SHEET } from "../../../src/core/state";
import { cellValues, cfs, load, tmp, validations } from "./helpers";

const examples = existsSync("examples") ? readdirSync("examples").filter((f) => f.endsWith(".xlsx")) : [];
const dir = tmp("wsoa-examples-");

describe.each(examples)("apply on examples/%s", (file) => {
  it("keeps every cell of every user sheet, and a second apply changes nothing", async () => {
    const input = join("examples", file);
    const once = join(dir, file);
    const twice = join(dir, `again-${file}`);
    const first = await applyFile(input, once, { today: "2023-03-31" });
    await applyFile(once, twice, { today: "2023-03-31" });
    const [a, b, c] = await Promise.all([load(input), load(once), load(twice)]);
    // Our state sheet (in an example with recorded rounds) is ours to update; every other sheet, our history included, is kept.
    for (const ws of a.worksheets.filter((w) => w.name !== STATE_SHEET)) expect(cellValues(b.getWorksheet(ws.name)!)).toEqual(cellValues(ws));
    expect(c.worksheets.map((w) => w.name)).toEqual(b.worksheets.map((w) => w.name));
    for (const ws of b.worksheets) {
      expect(cellValues(c.getWorksheet(ws.name)!)).toEqual(cellValues(ws));
      expect(JSON.stringify(cfs(c.getWorksheet(ws.name)!))).toBe(JSON.stringify(cfs(ws)));
      expect(Object.keys(validations(c.getWorksheet(ws.name)!)).length).toBe(Object.keys(validations(ws)).length);
    }
    const plan = b.getWorksheet(first.report.sheet)!;
    expect(cfs(plan).flatMap((x) => x.rules).filter((r) => String(r.formulae?.[0]).includes(OUR_TAG)).length).toBe(first.rules.reduce((n, r) => n + r.ratingRules + (r.overdueRule ? 1 : 0), 0));
    expect(b.worksheets.indexOf(b.getWorksheet(first.summarySheet!)!)).toBe(b.worksheets.indexOf(plan) + 1);
  });
});
