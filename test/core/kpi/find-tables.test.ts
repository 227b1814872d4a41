import { findKpiTables } from "../../../src/core/kpi/find-tables";
import { isKpiHeaderRow } from "../../../src/core/kpi/heading";
import { choosePlanSheet } from "../../../src/core/plan/choose-sheet";
import { grid } from "../../helpers/grid";

/** Hounslow 2022: a KPI block above each area's actions, inside the plan document. */
const hounslowPlan = grid([
  "Hounslow Local Area – Written Statement of Action",
  "Area of weakness 1: Poor quality of EHC plans",
  "Key Performance Indicators | December 2022 | March 2023 | December 2023 | March 2024",
  "% EHC needs assessments completed within 20 weeks (excluding exceptions) | 85% | 85% | 85% | 85%",
  "% EHC plans and supporting advice deemed to be good or better through audits | Baseline established | 65% | 80% | 90%",
  "",
  "Reduce waiting times for completing autism assessment | 21 months | 18 months | 16 months | 14 months",
  "Ref | Key action | Milestones | Timescale | Lead",
  "4.1.1 | Strengthen capacity | Review current staffing structure | February 2022 | AD SEND",
  "| | Develop new staffing structure and job descriptions | March 2022 | AD SEND",
  "Area of weakness 2: Poor communication",
  "Key Performance Indicators | Dec 2022 | March 2023 | Dec 2023 | March 2024",
  "% Parents and carers tell us they feel more informed | Baseline established | 25% | 50% | 75%",
  "Ref | Key Action | Milestones | Timescale | Lead",
  "4.2.1 | Co-produce the roadmap | Induction for SEND youth forum | Sept. 2022 | AD Joint commissioning",
]);

/** The wide layout: baseline, final target, milestone/actual pairs; sections with the header repeated. */
const wide = grid([
  "SEND KPI tracker",
  "Key Performance Indicator | Baseline (Mar 23) | Target | Milestone 1 – Jul 23 | Actual Jul 23 | Milestone 2 – Nov 23 | Actual Nov 23",
  "Priority 1: Timeliness",
  "Key Performance Indicator | Baseline (Mar 23) | Target | Milestone 1 – Jul 23 | Actual Jul 23 | Milestone 2 – Nov 23 | Actual Nov 23",
  "% new EHCPs issued within 20 weeks | 45% | 60% | 50% | 52% | 55% | 49%",
  "Average weeks waiting for a first appointment | 28.92 | 18 | 24 | 25 | 20 | 19",
  "Priority 2: Inclusion",
  "key performance indicator | baseline (mar 23) | target | milestone 1 - jul 23 | actual jul 23 | milestone 2 - nov 23 | actual nov 23",
  "Suspensions per 100 pupils with an EHCP | 10.9% (academic year 21/22) | 8% | 10% | 12.1% (academic year 22/23) | 9% |",
], { merges: ["A3:G3", "A7:G7"] });

describe("findKpiTables", () => {
  it("finds Hounslow's KPI blocks inside the plan sheet, targets by date, and stops at the plan's header", () => {
    const tables = findKpiTables("WSOA", hounslowPlan);
    expect(tables.map((t) => [t.headerRow, t.rows.map((r) => r.row)])).toEqual([[3, [4, 5, 7]], [12, [13]]]);
    const [first] = tables;
    expect(first!.indicatorCol).toBe(1);
    expect(first!.baseline).toBeNull();
    expect(first!.periods.map((p) => [p.due, p.targetCol, p.actualCol])).toEqual([
      ["2022-12-31", 2, undefined], ["2023-03-31", 3, undefined], ["2023-12-31", 4, undefined], ["2024-03-31", 5, undefined],
    ]);
    expect(first!.rows[2]!.name).toBe("Reduce waiting times for completing autism assessment");
    // The section above the second block names it; the plan rows never become KPIs.
    expect(tables[1]!.rows[0]!.name).toMatch(/^% Parents and carers/);
  });

  it("pairs milestones with actuals by date in the wide layout; skips repeated headers; names sections", () => {
    const [table, ...rest] = findKpiTables("KPIs", wide);
    expect(rest).toHaveLength(0);
    expect(table!.headerRow).toBe(2);
    expect(table!.repeatedHeaderRows).toEqual([4, 8]);
    expect(table!.baseline).toEqual({ col: 2, due: "2023-03-31", text: "Baseline (Mar 23)" });
    expect(table!.finalTarget).toEqual({ col: 3, text: "Target" });
    expect(table!.periods).toEqual([
      { due: "2023-07-31", label: "Jul 23", targetCol: 4, actualCol: 5 },
      { due: "2023-11-30", label: "Nov 23", targetCol: 6, actualCol: 7 },
    ]);
    expect(table!.rows.map((r) => [r.row, r.section])).toEqual([[5, "Priority 1: Timeliness"], [6, "Priority 1: Timeliness"], [9, "Priority 2: Inclusion"]]);
  });

  it("reads a section row that a merged-cell reader repeats in every cell", () => {
    const repeated = grid([
      "Key Performance Indicator | Baseline | Q1 2024/25 | Q2 2024/25 | Actual Q2 2024/25",
      "Area 1 | Area 1 | Area 1 | Area 1 | Area 1",
      "% plans audited good or better | 40% | 50% | 60% | 58%",
    ]);
    const [table] = findKpiTables("KPIs", repeated);
    expect(table!.rows).toEqual([{ row: 3, name: "% plans audited good or better", section: "Area 1" }]);
    expect(table!.periods.map((p) => p.due)).toEqual(["2024-06-30", "2024-09-30"]);
  });

  it("never takes a plan header for a KPI table, even one with a measure column and dated RAG columns", () => {
    const plan = grid([
      "Ref | Action | Success measure | Deadline | RAG Dec 2022 | RAG Mar 2023",
      "1.1 | Write the strategy | Strategy agreed | Dec 2022 | Green | Complete",
    ]);
    expect(isKpiHeaderRow(plan, 1)).toBe(false);
    expect(findKpiTables("Plan", plan)).toEqual([]);
    expect(isKpiHeaderRow(hounslowPlan, 8)).toBe(false);
    expect(isKpiHeaderRow(wide, 2)).toBe(true);
  });

  it("keeps the plan sheet chooser off a KPI sheet whose headings look like plan fields", () => {
    const kpiSheet = grid([
      "Key Performance Indicator | Milestone 1 – Jul 23 | Actual Jul 23 | Target date | Lead | RAG",
      "% new EHCPs issued within 20 weeks | 50% | 52% | Nov 2023 | Head of SEND | Green",
    ]);
    const plan = grid(["Ref | Key action | Timescale | Lead", "1 | Do it | Dec 2023 | Me"]);
    expect(choosePlanSheet([{ name: "KPIs", grid: kpiSheet }])).toBeNull();
    expect(choosePlanSheet([{ name: "KPIs", grid: kpiSheet }, { name: "Plan", grid: plan }])).toBe("Plan");
  });
});
