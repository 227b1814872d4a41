import { analyseKpis } from "../../../src/core/kpi";
import { kpiSummaryRows, KPI_TABLE_HEAD_ROW } from "../../../src/core/specs/kpi-section";
import { grid } from "../../helpers/grid";

describe("kpiSummaryRows", () => {
  const g = grid([
    "Key Performance Indicators | December 2023 | March 2024 | Baseline (Q4 2022/23) | Actual Q2 2024/25",
    "Reduce waiting times for completing autism assessment | 16 months | 14 months | 24 months | 15 months",
    "% Annual Reviews completed on time | 75% | 90% | 41% | 36%",
    "% EHC needs assessments within 20 weeks | 85% | 85% | 92% | 96%",
  ]);
  const rows = kpiSummaryRows(analyseKpis([{ name: "KPIs", grid: g }], { today: "2024-12-31" })!);

  it("says the board's totals, then one row per KPI under its headings", () => {
    expect(rows[1]![0]!.value).toBe("2 of 3 KPIs with data (66.7%) improved on baseline, 0 the same, 1 worse; 1 met their target, 2 missed.");
    expect(rows[KPI_TABLE_HEAD_ROW - 1]!.map((c) => c.value)).toEqual(["Key performance indicator", "Baseline", "Latest period", "Target", "Actual", "Met / missed", "vs baseline", "Rating"]);
    expect(rows[KPI_TABLE_HEAD_ROW]!.map((c) => c.value)).toEqual(["Reduce waiting times for completing autism assessment", "24 months", "Q2 2024/25", "14 months (March 2024)", "15 months", "Missed", "↑ improved", "Amber"]);
  });

  it("shows each rating as its word on its colour, and keeps figures as text", () => {
    const ratings = rows.slice(KPI_TABLE_HEAD_ROW, KPI_TABLE_HEAD_ROW + 3).map((r) => [r[7]!.value, r[7]!.style?.fill]);
    expect(ratings).toEqual([["Amber", "#FFC000"], ["Red", "#C00000"], ["Green", "#00B050"]]);
    expect(rows[KPI_TABLE_HEAD_ROW]![1]!.style?.numberFormat).toBe("@");
  });
});
