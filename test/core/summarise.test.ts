import { readPlan } from "../../src/core/plan/read-plan";
import { percent, summarisePlan } from "../../src/core/summarise";
import { grid } from "../helpers/grid";

describe("summarisePlan", () => {
  const plan = readPlan(grid([
    "Ref | Action | Deadline | Initial RAG | RAG",
    "Area 1: EHC plans",
    "1.1 | a | Jan 2023 | Red | Complete",
    "1.2 | b | Jan 2023 | Red | Amber",
    "1.3 | c | June 2023 | Amber | Green",
    "Area 2: Communication",
    "2.1 | d | Jan 2023 | Green | Red",
    "2.2 | e | Ongoing | | ",
  ]), { sheet: "Plan" })!;
  const s = summarisePlan(plan, "2023-03-31");

  it("counts ratings by workstream in plan order, with Not rated last", () => {
    expect(s.ratings).toEqual(["Red", "Amber", "Green", "Complete", "Not rated"]);
    expect(s.byWorkstream.map((w) => [w.workstream, w.counts, w.total, w.complete, w.overdue])).toEqual([
      ["Area 1: EHC plans", { Red: 0, Amber: 1, Green: 1, Complete: 1, "Not rated": 0 }, 3, 1, 1],
      ["Area 2: Communication", { Red: 1, Amber: 0, Green: 0, Complete: 0, "Not rated": 1 }, 2, 0, 1],
    ]);
  });

  it("totals, % complete and overdue", () => {
    expect(s.totals).toEqual({ Red: 1, Amber: 1, Green: 1, Complete: 1, "Not rated": 1 });
    expect([s.total, s.complete, s.percentComplete, s.overdue]).toEqual([5, 1, 20, 2]);
  });

  it("initial vs current: totals and direction of travel", () => {
    expect(s.initial).toEqual({ totals: { Red: 2, Amber: 1, Green: 1, Complete: 0, "Not rated": 1 }, improved: 3, same: 0, worse: 1, unrated: 1 });
  });

  it("rounds percentages to one place: 105 of 106 is 99.1", () => {
    expect(percent(105, 106)).toBe(99.1);
    expect(percent(0, 0)).toBe(0);
  });
});
