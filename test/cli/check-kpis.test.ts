import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { rawXlsx } from "../helpers/raw-xlsx";

async function run(args: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(args, { out: (t) => (out += t + "\n"), err: (t) => (err += t + "\n") });
  return { code, out, err, json: () => JSON.parse(out) };
}

const dir = mkdtempSync(join(tmpdir(), "wsoa-kpis-"));

describe("wsoa check: KPIs", () => {
  it("Hounslow December 2024: the board's 71% (17 of 24 KPIs with data improved on the Q4 2022/23 baseline)", async () => {
    const r = await run(["check", "examples/hounslow-2024-12.xlsx", "--today", "2024-12-31", "--json"]);
    expect(r.code).toBe(0);
    const { kpis } = r.json();
    expect(kpis.tables).toEqual([{ sheet: "KPIs", headerRow: 5 }, { sheet: "KPIs", headerRow: 21 }]);
    expect(kpis.summary).toEqual({ total: 27, withData: 24, met: 4, missed: 20, improved: 17, same: 2, worse: 5, percentImproved: 70.8 });
    // Exactly the contract's keys, in its order.
    expect(Object.keys(kpis)).toEqual(["tables", "items", "summary"]);
    expect(Object.keys(kpis.items[0])).toEqual(["name", "cell", "unit", "polarity", "baseline", "latest", "status", "vsBaseline"]);
    const autism = kpis.items.find((k: { name: string }) => k.name.startsWith("Reduce waiting times"));
    expect(autism).toEqual({
      name: "Reduce waiting times for completing autism assessment", cell: "KPIs!A28", unit: "months", polarity: "lower", baseline: 24,
      latest: { period: "Q2 2024/25", target: 14, actual: 15 }, status: "missed", vsBaseline: "improved",
    });
    const satisfied = kpis.items.find((k: { cell: string }) => k.cell === "KPIs!A11");
    expect(satisfied).toMatchObject({ baseline: 33, latest: { actual: 67, target: 95 }, status: "missed", vsBaseline: "improved" });
    const noData = kpis.items.filter((k: { status: string }) => k.status === "no-data");
    expect(noData.map((k: { latest: unknown }) => k.latest)).toEqual(Array(3).fill({ period: null, target: null, actual: null }));
  });

  it("prints the KPI table and the board's sentence after the plan's table", async () => {
    const r = await run(["check", "examples/hounslow-2024-12.xlsx", "--today", "2024-12-31"]);
    expect(r.out).toContain("KPIs (tables at KPIs row 5, KPIs row 21):");
    expect(r.out).toMatch(/Reduce waiting times for completing autism asse…\s+KPIs!A28\s+24 months\s+Q2 2024\/25\s+14 months\s+15 months\s+missed\s+↑ improved\s+Amber/);
    expect(r.out).toContain("17 of 24 KPIs with data (70.8%) improved on baseline, 2 the same, 5 worse; 4 met their target, 20 missed; 3 with no data yet.");
    expect(r.out.indexOf("KPIs (tables")).toBeGreaterThan(r.out.indexOf("Total"));
  });

  it("Thurrock 2019: the wide layout beside the plan, never taken for it", async () => {
    const r = await run(["check", "examples/thurrock-2019.xlsx", "--today", "2019-10-31", "--json"]);
    const j = r.json();
    expect(j.sheet).toBe("Written Statement of Action");
    expect(j.kpis.tables).toEqual([{ sheet: "KPI tracker", headerRow: 4 }]);
    expect(j.kpis.summary).toEqual({ total: 11, withData: 10, met: 6, missed: 4, improved: 9, same: 0, worse: 1, percentImproved: 90 });
    const tribunal = j.kpis.items.find((k: { name: string }) => k.name.includes("tribunal"));
    expect(tribunal).toMatchObject({ unit: "%", polarity: "lower", baseline: 1.6, latest: { period: "Sep 19", target: 1.4, actual: 1.23 }, status: "met" });
    const rules = j.issues.filter((i: { rule: string }) => i.rule.startsWith("kpi.")).map((i: { rule: string; cell: string }) => `${i.rule} ${i.cell}`);
    expect(rules).toEqual(["kpi.missing-actual 'KPI tracker'!G9", "kpi.missing-baseline 'KPI tracker'!B12", "kpi.polarity-guessed 'KPI tracker'!A12"]);
  });

  it("leaves kpis out when the workbook has no KPI table", async () => {
    const j = (await run(["check", "examples/hounslow-2022.xlsx", "--today", "2023-03-31", "--json"])).json();
    expect(j).not.toHaveProperty("kpis");
  });

  it("reads a file another program wrote: a KPI block inside the plan sheet, and a KPI sheet with percentage cells, merged sections and repeated headers", async () => {
    const header = ["Key Performance Indicator", "Baseline (Mar 23)", "Target", "Milestone 1 – Jul 23", "Actual Jul 23", "Milestone 2 – Nov 23", "Actual Nov 23"];
    const bytes = await rawXlsx([
      {
        name: "Action plan",
        rows: [
          ["Area 1: Poor quality of EHC plans"],
          ["Key Performance Indicators", "December 2022", "March 2023", "Baseline (Q4 2022/23)", "Actual Q2 2024/25"],
          ["% EHC needs assessments completed within 20 weeks", "85%", "85%", "92%", "96% (national average 50.3%)"],
          ["% Annual Reviews completed on time", "Baseline established", "50%", "41%", "36%"],
          [],
          ["Ref", "Key action", "Milestones", "Timescale", "Lead", "RAG"],
          ["4.1.1", "Strengthen capacity", "Review current staffing structure", "February 2022", "AD SEND", "Complete"],
          [null, null, "Develop new staffing structure", "March 2022", "AD SEND", "Green"],
        ],
      },
      {
        name: "KPI sheet",
        rows: [
          header,
          ["Priority 1: Timeliness", "Priority 1: Timeliness"],
          header,
          ["% new EHCPs issued within 20 weeks", { percent: 0.45 }, { percent: 0.6 }, { percent: 0.5 }, { percent: 0.52 }, { percent: 0.55 }, { percent: 0.49 }],
          ["Average weeks waiting for a first appointment", 28.92, 18, 24, 25, 20, 19],
          ["Priority 2: Inclusion"],
          header,
          ["Suspensions per 100 pupils with an EHCP", "10.9% (academic year 21/22)", "8%", "10%", "12.1% (academic year 22/23)", "9%", "nine"],
        ],
        merges: ["A2:G2", "A6:G6"],
      },
    ]);
    const file = join(dir, "other-writer.xlsx");
    writeFileSync(file, bytes);
    const r = await run(["check", file, "--today", "2024-12-31", "--json"]);
    const j = r.json();
    expect(j).toMatchObject({ sheet: "Action plan", headerRow: 6, items: 2 });
    expect(j.kpis.tables).toEqual([{ sheet: "Action plan", headerRow: 2 }, { sheet: "KPI sheet", headerRow: 1 }]);
    expect(j.kpis.items.map((k: { cell: string; status: string; vsBaseline: string }) => [k.cell, k.status, k.vsBaseline])).toEqual([
      ["'Action plan'!A3", "met", "improved"],
      ["'Action plan'!A4", "missed", "worse"],
      ["'KPI sheet'!A4", "missed", "improved"],
      ["'KPI sheet'!A5", "met", "improved"],
      ["'KPI sheet'!A8", "missed", "worse"],
    ]);
    expect(j.kpis.items[2]).toMatchObject({ unit: "%", baseline: 45, latest: { period: "Nov 23", target: 55, actual: 49 } });
    expect(j.kpis.summary).toMatchObject({ total: 5, withData: 5, improved: 3, worse: 2, percentImproved: 60 });
    // "nine" is not a figure: an error naming the cell, so check exits 1.
    expect(j.issues).toContainEqual(expect.objectContaining({ severity: "error", rule: "kpi.unreadable", cell: "'KPI sheet'!G8" }));
    expect(r.code).toBe(1);
  });
});
