import { analyseKpis } from "../../../src/core/kpi";
import { kpiTotals } from "../../../src/core/kpi/totals";
import type { KpiResult } from "../../../src/core/kpi/types";
import { grid } from "../../helpers/grid";

const wide = grid([
  "Key Performance Indicator | Baseline (Mar 23) | Target | Milestone 1 – Jul 23 | Actual Jul 23 | Milestone 2 – Nov 23 | Actual Nov 23",
  "Priority 1: Timeliness",
  "% new EHCPs issued within 20 weeks | 45% | 60% | 50% | 52% | 55% | 49%",
  "Average weeks waiting for a first appointment | 28.92 | 18 | 24 | 25 | 20 | 19",
  "% annual reviews within 4 weeks | 50% | 80% | 60% | 62% | 70% | 71%",
  "Suspensions per 100 pupils with an EHCP | 10.9% (academic year 21/22) | 8% | 10% | 12.1% (academic year 22/23) | 9% |",
  "% families satisfied with the EHCP process | Baseline to be established | 75% | 50% | 48% | 60% | 44",
  "% plans with a clear preparing-for-adulthood outcome | TBC | 70% | | | | good",
]);

const byName = (items: KpiResult[], start: string) => items.find((k) => k.name.startsWith(start))!;

describe("analyseKpis", () => {
  const a = analyseKpis([{ name: "KPIs", grid: wide }], { today: "2024-01-15" })!;

  it("judges the latest period with an actual against that period's target, in the KPI's direction", () => {
    const timeliness = byName(a.items, "% new EHCPs");
    expect(timeliness).toMatchObject({ cell: "KPIs!A3", unit: "%", polarity: "higher", polaritySource: "targets", baseline: 45, status: "missed", vsBaseline: "improved", rating: "Amber" });
    expect(timeliness.latest).toMatchObject({ period: "Nov 23", target: 55, actual: 49, targetPeriod: "Nov 23" });
    // Falling targets: lower is better, so 19 weeks against a target of 20 is met.
    expect(byName(a.items, "Average weeks")).toMatchObject({ polarity: "lower", status: "met", vsBaseline: "improved", rating: "Green", unit: "number" });
    expect(byName(a.items, "% annual reviews")).toMatchObject({ status: "met", rating: "Green", latest: { actual: 71, target: 70 } });
  });

  it("uses an earlier period when the latest has no actual, keeping the note; worse than baseline is Red", () => {
    const suspensions = byName(a.items, "Suspensions");
    expect(suspensions).toMatchObject({ polarity: "lower", baseline: 10.9, baselineNote: "academic year 21/22", status: "missed", vsBaseline: "worse", rating: "Red" });
    expect(suspensions.latest).toMatchObject({ period: "Jul 23", actual: 12.1, actualNote: "academic year 22/23", target: 10 });
  });

  it("reports a missing actual for a past period, a missing baseline, mixed units and unreadable values", () => {
    const rules = a.issues.map((i) => `${i.severity} ${i.rule} ${i.cell}`);
    expect(rules).toEqual(expect.arrayContaining([
      "warning kpi.missing-actual KPIs!G6",
      "warning kpi.missing-baseline KPIs!B7",
      "warning kpi.mixed-units KPIs!A7",
      "error kpi.unreadable KPIs!G8",
      "warning kpi.missing-baseline KPIs!B8",
    ]));
    expect(a.issues.find((i) => i.rule === "kpi.unreadable")!.message).toContain('"good"');
    // A blank actual for a period still to come is not missing.
    expect(analyseKpis([{ name: "KPIs", grid: wide }], { today: "2023-10-01" })!.issues.filter((i) => i.rule === "kpi.missing-actual")).toEqual([]);
    // Errors come first.
    expect(a.issues[0]!.severity).toBe("error");
  });

  it("a KPI without any actual is No data, and has no direction", () => {
    expect(byName(a.items, "% plans with")).toMatchObject({ status: "no-data", vsBaseline: null, rating: "No data", latest: null });
    expect(byName(a.items, "% families")).toMatchObject({ status: "missed", vsBaseline: null, rating: "Red" });
  });

  it("totals the board's figures: % improved is improved ÷ with data", () => {
    expect(a.totals).toEqual({ total: 6, withData: 5, met: 2, missed: 3, improved: 3, same: 0, worse: 1, percentImproved: 60 });
  });

  it("is null when no sheet has a KPI table", () => {
    expect(analyseKpis([{ name: "Plan", grid: grid(["Ref | Action | Deadline", "1 | Do | Dec 2023"]) }], { today: "2024-01-01" })).toBeNull();
  });

  it("takes the direction from the config when it names the KPI", () => {
    const b = analyseKpis([{ name: "KPIs", grid: wide }], { today: "2024-01-15", polarity: { "weeks waiting": "higher" } })!;
    expect(byName(b.items, "Average weeks")).toMatchObject({ polarity: "higher", polaritySource: "config", status: "missed", vsBaseline: "worse" });
  });
});

describe("kpiTotals", () => {
  const k = (status: KpiResult["status"], vsBaseline: KpiResult["vsBaseline"], hasActual = true) =>
    ({ status, vsBaseline, latest: hasActual ? { actual: 1 } : null }) as KpiResult;

  it("gives Hounslow's 71%: 17 of 24 KPIs with data improved", () => {
    const items = [
      ...Array.from({ length: 17 }, () => k("met", "improved")),
      ...Array.from({ length: 2 }, () => k("missed", "same")),
      ...Array.from({ length: 5 }, () => k("missed", "worse")),
      ...Array.from({ length: 3 }, () => k("no-data", null, false)),
    ];
    expect(kpiTotals(items)).toEqual({ total: 27, withData: 24, met: 17, missed: 7, improved: 17, same: 2, worse: 5, percentImproved: 70.8 });
    expect(kpiTotals([]).percentImproved).toBe(0);
  });
});

describe("analyseKpis: actuals without targets, real dates as headings", () => {
  it("an actual with no target to judge it by is no data, said as info", () => {
    const g = grid(["KPI | Baseline | Actual Q1 2024/25", "% plans audited good | 40% | 55%"]);
    const a = analyseKpis([{ name: "KPIs", grid: g }], { today: "2024-12-01" })!;
    expect(a.items[0]).toMatchObject({ status: "no-data", vsBaseline: "improved", rating: "No data", latest: { period: "Q1 2024/25", actual: 55, target: null } });
    expect(a.issues.map((i) => `${i.severity} ${i.rule} ${i.cell}`)).toContain("info kpi.no-target KPIs!C2");
    expect(a.totals).toMatchObject({ withData: 1, met: 0, missed: 0, improved: 1 });
  });

  it("reads period headings that are real dates: ExcelJS Dates, and serials with a date format", () => {
    const dates = grid([["Indicator", "Baseline", new Date(Date.UTC(2023, 2, 31)), new Date(Date.UTC(2023, 11, 31)), "Actual Dec 2023"], ["% seen within 6 weeks", "40%", "50%", "60%", "62%"]]);
    const a = analyseKpis([{ name: "KPIs", grid: dates }], { today: "2024-01-31" })!;
    expect(a.tables[0]!.periods.map((p) => [p.due, p.targetCol, p.actualCol])).toEqual([["2023-03-31", 3, undefined], ["2023-12-31", 4, 5]]);
    expect(a.items[0]).toMatchObject({ status: "met", latest: { target: 60, actual: 62 } });
    const serials = grid([["Indicator", "Baseline", 45016, "Actual Mar 2023"], ["% seen within 6 weeks", "40%", "50%", "45%"]], { numberFormats: [[null, null, "mmm-yy", null], []] });
    const b = analyseKpis([{ name: "KPIs", grid: serials }], { today: "2024-01-31" })!;
    expect(b.items[0]).toMatchObject({ status: "missed", vsBaseline: "improved", latest: { target: 50, actual: 45 } });
  });
});
