import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { figure } from "../../src/core/kpi/kpi-format";
import { OUR_TAG } from "../../src/core/specs/types";
import { rawXlsx } from "../helpers/raw-xlsx";
import { cfs, load } from "../workbook/exceljs/helpers";

const dir = mkdtempSync(join(tmpdir(), "wsoa-apply-kpi-format-"));
const run = (args: string[]) => runCli(args, { out: () => undefined, err: () => undefined });

/** Our rules on a sheet of the written file, as [range, formula], in file order. */
async function ourRules(file: string, sheet: string): Promise<[string, string][]> {
  const ws = (await load(file)).getWorksheet(sheet)!;
  return cfs(ws).flatMap((cf) => cf.rules.map((r) => [cf.ref, String(r.formulae?.[0] ?? "")] as [string, string])).filter(([, f]) => f.includes(OUR_TAG));
}

describe("wsoa apply: the KPI sheet's own colours, read back from the written file", () => {
  it("a KPI sheet written by another program: Green/Amber/Red rules on each actual column, with the target and baseline cells; twice changes nothing", async () => {
    const input = join(dir, "kpis.xlsx");
    writeFileSync(input, await rawXlsx([
      { name: "Action plan", rows: [["Ref", "Action", "Deadline", "Lead", "RAG"], ["1.1", "Write the SEND strategy", "Dec 2023", "AD SEND", "Complete"]] },
      {
        name: "KPIs",
        rows: [
          ["Key Performance Indicator", "Baseline (Mar 23)", "Target", "Milestone 1 – Jul 23", "Actual Jul 23", "Milestone 2 – Nov 23", "Actual Nov 23"],
          ["% new EHCPs issued within 20 weeks", { percent: 0.45 }, { percent: 0.6 }, { percent: 0.5 }, { percent: 0.52 }, { percent: 0.55 }, { percent: 0.56 }],
          ["Average weeks waiting for a first appointment", 28.92, 18, 24, 25, 20, 21],
        ],
      },
    ]));
    const once = join(dir, "once.xlsx");
    const twice = join(dir, "twice.xlsx");
    expect(await run(["apply", input, "-o", once, "--today", "2024-01-31"])).toBe(0);
    const rules = await ourRules(once, "KPIs");
    expect(rules.map(([range]) => range)).toEqual(["E2:E2", "E2:E2", "E2:E2", "G2:G2", "G2:G2", "G2:G2", "E3:E3", "E3:E3", "E3:E3", "G3:G3", "G3:G3", "G3:G3"]);
    const [b, c, d, f, g] = ["$B3", "$C3", "$D3", "$F3", "$G3"].map(figure);
    const t = `IF(ISNUMBER(${f}),${f},IF(ISNUMBER(${d}),${d},${c}))`;
    expect(rules.slice(9).map(([, formula]) => formula)).toEqual([
      `AND(${OUR_TAG},ISNUMBER(${g}),ISNUMBER(${t}),${g}<=${t})`,
      `AND(${OUR_TAG},ISNUMBER(${g}),ISNUMBER(${t}),${g}>${t},AND(ISNUMBER(${b}),${g}<${b}))`,
      `AND(${OUR_TAG},ISNUMBER(${g}),ISNUMBER(${t}),${g}>${t},NOT(AND(ISNUMBER(${b}),${g}<${b})))`,
    ]);
    expect(await run(["apply", once, "-o", twice, "--today", "2024-01-31"])).toBe(0);
    expect(await ourRules(twice, "KPIs")).toEqual(rules);
    expect((await ourRules(twice, "Action plan")).length).toBe((await ourRules(once, "Action plan")).length);
  });

  it("Hounslow December 2024: every KPI row is covered, and no row outside the KPI tables", async () => {
    const out = join(dir, "hounslow.xlsx");
    await run(["apply", "examples/hounslow-2024-12.xlsx", "-o", out, "--today", "2024-12-31"]);
    let json = "";
    await runCli(["check", "examples/hounslow-2024-12.xlsx", "--json", "--today", "2024-12-31"], { out: (t) => (json += t), err: () => undefined });
    const kpiRows = (JSON.parse(json) as { kpis: { items: { cell: string }[] } }).kpis.items.map((k) => Number(/(\d+)$/.exec(k.cell)![1]));
    const covered = new Set<number>();
    for (const [range] of await ourRules(out, "KPIs")) {
      const [, top, bottom] = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(range)!.map(Number);
      for (let r = top!; r <= bottom!; r++) covered.add(r);
    }
    for (const row of kpiRows) expect(covered).toContain(row);
    // Between the first and last KPI of a table there are only sections and repeated headers: text, never coloured.
    expect(Math.min(...covered)).toBe(Math.min(...kpiRows));
    expect(Math.max(...covered)).toBe(Math.max(...kpiRows));
  });
});
