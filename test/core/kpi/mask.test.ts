import { analysePlan } from "../../../src/core/analyse";
import { findKpiTables } from "../../../src/core/kpi/find-tables";
import { withoutKpiRows } from "../../../src/core/kpi/mask";
import { grid } from "../../helpers/grid";

/** Hounslow 2022's layout: a KPI block under each area, between the action tables. */
const plan = grid([
  "Hounslow Local Area – Written Statement of Action",
  "Area of weakness 1: Poor quality of EHC plans",
  "Key Performance Indicators | December 2022 | March 2023 | December 2023 | March 2024",
  "% EHC needs assessments completed within 20 weeks (excluding exceptions) | 85% | 85% | 85% | 85%",
  "Ref | Key action | Milestones | Timescale | Lead",
  "4.1.1 | Strengthen capacity | Review current staffing structure | February 2022 | AD SEND",
  "| | Develop new staffing structure and job descriptions | March 2022 | AD SEND",
  "Area of weakness 2: Poor communication",
  "Key Performance Indicators | Dec 2022 | March 2023 | Dec 2023 | March 2024",
  "% Parents and carers tell us they feel more informed | Baseline established | 25% | 50% | 75%",
  "Ref | Key Action | Milestones | Timescale | Lead",
  "4.2.1 | Co-produce the roadmap | Induction for SEND youth forum | Sept. 2022 | AD Joint commissioning",
]);

describe("KPI blocks inside the plan sheet", () => {
  it("are not read as plan items; the plan's own rows and sections are", () => {
    const a = analysePlan(plan, { sheet: "WSOA", today: "2023-01-01" })!;
    expect(a.plan.items.map((i) => [i.row, i.ref])).toEqual([[6, "4.1.1"], [7, "4.1.1"], [12, "4.2.1"]]);
    expect(a.plan.items[2]!.workstream).toBe("Area of weakness 2: Poor communication");
  });

  it("blanks only the KPI rows, keeping every row's number", () => {
    const masked = withoutKpiRows(plan);
    expect(masked.values.map((r) => r.length > 0)).toEqual([true, true, false, false, true, true, true, true, false, false, true, true]);
    expect(withoutKpiRows(grid(["Ref | Action | Deadline", "1 | Do | Dec 2023"]))).toEqual(grid(["Ref | Action | Deadline", "1 | Do | Dec 2023"]));
  });

  it("a KPI block followed by plan rows without their header ends where the prose starts", () => {
    const carried = grid([
      "Ref | Key action | Milestones | Timescale | Lead",
      "4.1.1 | Strengthen capacity | Review current staffing structure | February 2022 | AD SEND",
      "Key Performance Indicators | December 2022 | March 2023 | December 2023 | March 2024",
      "% Annual Reviews completed on time | Baseline established | 50% | 75% | 90%",
      "4.1.2 | Bring all EHCP writing in house | Review current contract arrangements with the external provider | September 2022 | Head of Service",
      "| | Develop plan | Oct. 2022 | Head of Service",
    ]);
    const [table] = findKpiTables("WSOA", carried);
    expect(table!.rows.map((r) => r.row)).toEqual([4]);
    expect(analysePlan(carried, { sheet: "WSOA", today: "2023-01-01" })!.plan.items.map((i) => i.row)).toEqual([2, 5, 6]);
  });
});

describe("plan rows that happen to hold the word KPI and a date", () => {
  it("are not a KPI header, and a KPI table ends at a row whose figures are deadlines", () => {
    const g = grid([
      "Ref | Action | Measure | Timescale | Lead",
      "1.1 | Develop the offer with parents and carers across the borough | KPI | March 2023 | AD SEND",
      "1.2 | Hold a summit | Measure | Oct 2022 | AD SEND",
      "1.3 | Agree the terms | Report | Nov 2022 | AD SEND",
      "Key Performance Indicator | Baseline | Dec 2022",
      "% seen within 6 weeks | 40% | 50%",
      "1.4 | Review | Feb 2023",
    ]);
    const tables = findKpiTables("Plan", g);
    expect(tables.map((t) => [t.headerRow, t.rows.map((r) => r.row)])).toEqual([[5, [6]]]);
    expect(analysePlan(g, { sheet: "Plan", today: "2023-01-01" })!.plan.items.map((i) => i.row)).toEqual([2, 3, 4, 7]);
  });
});
