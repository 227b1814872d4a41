import { columnLetter } from "../../src/core/address";
import { BUILT_IN_SCHEMES } from "../../src/core/ratings/scheme";
import { figure } from "../../src/core/kpi/kpi-format";
import { OUR_TAG } from "../../src/core/specs/types";
import { planApply } from "../../src/review/apply";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs";
import { displayStyle, MemoryWorkbook } from "../../src/workbook/memory";
import { OfficeJsWorkbook } from "../../src/workbook/office-js";
import { FakeExcel } from "../workbook/fake-excel";

/** A plan and a KPI sheet in the wide layout: percentages typed as numbers shown as %, a text figure row, a row with no actual. */
const PLAN_ROWS = [["Ref", "Action", "Deadline", "Lead", "RAG"], ["1.1", "Write the SEND strategy", "Dec 2023", "AD SEND", "Complete"], ["1.2", "Train the EHC team", "Mar 2024", "Head of SEND", "Green"]];
const KPI_ROWS = [
  ["Key Performance Indicator", "Baseline (Mar 23)", "Target", "Milestone 1 – Jul 23", "Actual Jul 23", "Milestone 2 – Nov 23", "Actual Nov 23"],
  ["% new EHCPs issued within 20 weeks", 0.45, 0.6, 0.5, 0.52, 0.55, 0.5],
  ["Average weeks waiting for a first appointment", 28.92, 18, 24, 25, 20, 30],
  ["Suspensions per 100 pupils with an EHCP", "10.9% (academic year 21/22)", "8%", "10%", "12.1% (academic year 22/23)", "9%", null],
  ["% families satisfied with the EHCP process", "TBC", 0.75, 0.5, null, 0.6, null],
];
const PERCENT = KPI_ROWS.map((row, r) => row.map((v) => (r > 0 && typeof v === "number" && v < 1 ? "0%" : null)));
const TODAY = "2024-01-31";
const RAG = Object.fromEntries(BUILT_IN_SCHEMES.rag.ratings.map((r) => [r.label, r.fill]));

const memoryBook = (kpiRules: { range: string; formula: string; style: { fill: string } }[] = []) =>
  MemoryWorkbook.fromRows([
    { name: "Action plan", rows: PLAN_ROWS },
    { name: "KPIs", rows: KPI_ROWS, numberFormats: PERCENT, rules: kpiRules },
  ]);

describe("apply colours the KPI sheet's actuals, live", () => {
  it("plans one spec for the KPI sheet: each actual column, per run of rows of one direction, three rules", async () => {
    const { write } = planApply(await memoryBook().read(), { today: TODAY });
    expect(write.format?.sheet).toBe("Action plan");
    expect(write.formats?.map((f) => f.sheet)).toEqual(["KPIs"]);
    const rules = write.formats![0]!.rules;
    // Row 2 rises, rows 3–4 fall (targets 24 → 20 → 18; 10% → 9% → 8%), row 5 rises.
    expect([...new Set(rules.map((r) => r.range))]).toEqual(["E2:E2", "G2:G2", "E3:E4", "G3:G4", "E5:E5", "G5:G5"]);
    expect(rules.every((r) => r.purpose === "kpi" && r.formula.startsWith(`AND(${OUR_TAG},`))).toBe(true);
    const green = (range: string) => rules.find((r) => r.range === range && r.label === "Green")!.formula;
    // Nov 23's target, else Jul 23's, else the final target; lower is better on rows 3–4.
    const [b3, c2, d2, f2, g2, c3, d3, e3] = ["$B3", "$C2", "$D2", "$F2", "$G2", "$C3", "$D3", "$E3"].map(figure);
    const t2 = `IF(ISNUMBER(${f2}),${f2},IF(ISNUMBER(${d2}),${d2},${c2}))`;
    expect(green("G2:G2")).toBe(`AND(${OUR_TAG},ISNUMBER(${g2}),ISNUMBER(${t2}),${g2}>=${t2})`);
    const t3 = `IF(ISNUMBER(${d3}),${d3},${c3})`;
    expect(green("E3:E4")).toBe(`AND(${OUR_TAG},ISNUMBER(${e3}),ISNUMBER(${t3}),${e3}<=${t3})`);
    expect(rules.find((r) => r.range === "E3:E4" && r.label === "Amber")!.formula).toContain(`AND(ISNUMBER(${b3}),${e3}<${b3})`);
  });

  it("memory: each actual shows the board's colour; text figures read live, blanks plain; each latest actual agrees with the engine's rating", async () => {
    const wb = memoryBook();
    const planned = planApply(await wb.read(), { today: TODAY });
    await wb.write(planned.write);
    const sheet = wb.sheet("KPIs")!;
    const fill = (a1: string) => displayStyle(sheet, Number(a1.slice(1)), a1.charCodeAt(0) - 64, TODAY).fill;
    // E2 52% ≥ 50%: met. G2 50% < 55% but above the 45% baseline: Amber. E3 25 weeks > 24 (lower is
    // better) but under the 28.92 baseline: Amber. G3 30 > 20 and worse than baseline: Red. E4 is text read live
    // ("12.1% (academic year 22/23)" against "10%", baseline "10.9% (…)"): Red. G4 and row 5 are blank.
    expect(["E2", "G2", "E3", "G3", "E4", "G4", "E5", "G5"].map(fill)).toEqual([RAG.Green, RAG.Amber, RAG.Amber, RAG.Red, RAG.Red, undefined, undefined, undefined]);
    let compared = 0;
    for (const k of planned.resolved.kpis!.items) {
      const period = planned.resolved.kpis!.tables[0]!.periods.find((p) => p.label === k.latest?.period);
      if (!period?.actualCol) continue;
      expect([k.name, fill(`${columnLetter(period.actualCol)}${k.row}`)]).toEqual([k.name, k.rating === "No data" ? undefined : RAG[k.rating]]);
      compared++;
    }
    expect(compared).toBe(3);
  });

  it("memory: apply twice changes nothing; the user's own rule on the KPI sheet survives", async () => {
    const mine = { range: "B2:B5", formula: "$B2>0.4", style: { fill: "#FFFF00" } };
    const wb = memoryBook([mine]);
    await wb.write(planApply(await wb.read(), { today: TODAY }).write);
    const once = JSON.stringify(wb.sheet("KPIs")!.rules);
    await wb.write(planApply(await wb.read(), { today: TODAY }).write);
    expect(JSON.stringify(wb.sheet("KPIs")!.rules)).toBe(once);
    expect(wb.sheet("KPIs")!.rules[0]).toEqual(mine);
    expect(wb.sheet("KPIs")!.rules.filter((r) => r.formula.includes(OUR_TAG))).toHaveLength(18);
  });

  it("a protected KPI sheet is left as it is: apply still formats the plan and writes the summary", async () => {
    const wb = MemoryWorkbook.fromRows([
      { name: "Action plan", rows: PLAN_ROWS },
      { name: "KPIs", rows: KPI_ROWS, numberFormats: PERCENT, protected: true },
    ]);
    const { write } = planApply(await wb.read(), { today: TODAY });
    expect(write.formats).toBeUndefined();
    await wb.write(write);
    expect(wb.sheet("KPIs")!.rules).toEqual([]);
    expect(wb.sheet("Summary")).toBeDefined();
  });

  it("Office.js: the KPI sheet's rules are written in the same two requests as before (its rules listed with the plan's), twice without doubling, the user's rule kept", async () => {
    const excel = new FakeExcel([
      { name: "Action plan", rows: PLAN_ROWS },
      { name: "KPIs", rows: KPI_ROWS, numberFormats: PERCENT, rules: [{ range: "B2:B5", formula: "=$B2>0.4", fill: "#FFFF00" }] },
    ]);
    const wb = new OfficeJsWorkbook(excel.context, { isSetSupported: excel.isSetSupported });
    const planned = planApply(await wb.read(), { today: TODAY });
    excel.resetCounters();
    await wb.write(planned.write);
    expect(excel.syncCount).toBe(2); // both sheets' rules in one guarded request; the write
    await wb.write(planApply(await wb.read(), { today: TODAY }).write);
    const formulas = excel.sheet("KPIs")!.cfs.map((c) => String(c.formula).replace(/^=/, ""));
    expect(formulas.filter((f) => f.includes(OUR_TAG)).sort()).toEqual(planned.write.formats![0]!.rules.map((r) => r.formula).sort());
    expect(formulas).toContain("$B2>0.4");
    expect(excel.sheet("Action plan")!.cfs.filter((c) => String(c.formula).includes(OUR_TAG))).toHaveLength(planned.write.format!.rules.length);
  });

  it("Office.js, a write with no recent read: the KPI sheet's rules ride in the write's own load, costing no request", async () => {
    const make = () =>
      new FakeExcel([
        { name: "Action plan", rows: PLAN_ROWS },
        { name: "KPIs", rows: KPI_ROWS, numberFormats: PERCENT },
      ]);
    const syncsFor = async (withKpis: boolean) => {
      const excel = make();
      const planned = planApply(await new OfficeJsWorkbook(excel.context, { isSetSupported: excel.isSetSupported }).read(), { today: TODAY });
      const write = withKpis ? planned.write : { ...planned.write, formats: undefined };
      excel.resetCounters();
      await new OfficeJsWorkbook(excel.context, { isSetSupported: excel.isSetSupported }).write(write);
      return { syncs: excel.syncCount, ours: excel.sheet("KPIs")!.cfs.filter((c) => String(c.formula).includes(OUR_TAG)).length };
    };
    const plain = await syncsFor(false);
    const coloured = await syncsFor(true);
    expect(coloured.ours).toBe(18);
    expect(plain.ours).toBe(0);
    expect(coloured.syncs).toBe(plain.syncs);
  });

  it("Hounslow December 2024 (figures typed as text with notes): every KPI's latest actual shows the colour of the engine's rating", async () => {
    const snapshot = await (await ExcelJsWorkbook.open("examples/hounslow-2024-12.xlsx")).read();
    const wb = MemoryWorkbook.fromRows(snapshot.sheets.filter((s) => s.visibility === "visible").map((s) => ({ name: s.name, rows: s.grid.values, numberFormats: s.grid.numberFormats })));
    const today = "2024-12-31";
    const planned = planApply(await wb.read(), { today });
    await wb.write(planned.write);
    const { tables, items } = planned.resolved.kpis!;
    const seen: string[] = [];
    for (const k of items) {
      const table = tables.find((t) => t.rows.some((r) => r.row === k.row))!;
      const period = table.periods.find((p) => p.label === k.latest?.period);
      if (!period?.actualCol) continue;
      const fill = displayStyle(wb.sheet("KPIs")!, k.row, period.actualCol, today).fill;
      expect([k.name, fill]).toEqual([k.name, k.rating === "No data" ? undefined : RAG[k.rating]]);
      seen.push(k.rating);
    }
    expect(seen.filter((r) => r !== "No data")).toHaveLength(24); // the board's 24 KPIs with data
    expect(new Set(seen)).toEqual(new Set(["Green", "Amber", "Red"]));
  });
});
