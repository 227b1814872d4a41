import { mapHeaderRow, detectHeaderRow } from "../../../src/core/header";
import { readPlan } from "../../../src/core/plan/read-plan";
import { grid } from "../../helpers/grid";

describe("columns whose heading means a field already taken", () => {
  it.each([
    ["Priority action | Key activity | Lead | Deadline | RAG", { action: 1, milestone: 2 }],
    ["Action | Sub-action | Lead | Deadline | RAG", { action: 1, milestone: 2 }],
    ["Action | Key activity | Lead", { action: 1, milestone: 2 }],
    ["Key action | Milestones | Timescale", { action: 1, milestone: 2 }],
  ])("%p: left is the action, right the milestone", (header, expected) => {
    expect(mapHeaderRow(grid([header]), 1).columns).toMatchObject(expected);
  });

  it("keeps an existing milestone column and reports a third action-like column as a duplicate", () => {
    const m = mapHeaderRow(grid(["Action | Key activity | Milestone | RAG"]), 1);
    expect(m.columns).toMatchObject({ action: 1, milestone: 3 });
    expect(m.notes).toEqual([]);
  });

  it("a heading naming both a date and a rating gives its column both fields", () => {
    const m = mapHeaderRow(grid(["Ref | Action | Lead | Action Completion date and progress rating"]), 1);
    expect(m.columns).toMatchObject({ deadline: 4, status: 4 });
    expect(m.notes.map((n) => n.col)).toEqual([4]);
  });
});

describe("band headings above the header", () => {
  it("are skipped like titles", () => {
    const g = grid([
      "Priority Action Plan",
      "What we will do | | Who and when | | Progress",
      "Priority action | Key activity | Lead | Deadline | RAG",
      "Improve timeliness | Recruit coordinators | Head of SEND | June 2023 | Green",
    ], { merges: ["A1:E1", "A2:B2", "C2:D2"] });
    expect(detectHeaderRow(g)?.row).toBe(3);
    expect(readPlan(g, { sheet: "P" })!.items.map((i) => [i.action, i.milestone])).toEqual([["Improve timeliness", "Recruit coordinators"]]);
  });
});

describe("the rating column by its contents", () => {
  const plan = (col: string[]) => grid(["Ref | Action | Deadline | Notes", ...col.map((c, i) => `${i + 1} | Action ${i + 1} | June 2023 | ${c}`)]);

  it("is the column whose filled cells are mostly one scheme's labels", () => {
    const p = readPlan(plan(["Red", "Amber/Green", "Green", "", "Amber/Red"]), { sheet: "P" })!;
    expect(p.columns.status).toBe(4);
    expect(p.scheme.id).toBe("dca");
    expect(p.notes?.map((n) => n.rule)).toEqual(["structure.rating-by-contents"]);
  });

  it("is not a column of prose, nor one with too few cells to tell", () => {
    expect(readPlan(plan(["Red flags raised with the board", "Green light from the ICB", "Waiting", "Amber"]), { sheet: "P" })!.columns.status).toBeUndefined();
    expect(readPlan(plan(["Red", "Green"]), { sheet: "P" })!.columns.status).toBeUndefined();
  });

  it("leaves a column the config names alone", () => {
    const p = readPlan(plan(["Red", "Amber", "Green"]), { sheet: "P", columns: { status: "C" } })!;
    expect(p.columns.status).toBe(3);
    expect(p.notes).toEqual([]);
  });
});
