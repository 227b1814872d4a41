import { detectHeaderRow, isRepeatedHeader, scoreHeader } from "../../src/core/header";
import { grid } from "../helpers/grid";

const letters = (cols: Record<string, number>) => Object.fromEntries(Object.entries(cols).map(([f, c]) => [f, String.fromCharCode(64 + c)]));

describe("detectHeaderRow", () => {
  it.each([
    ["Hounslow", "Ref | Key action | Milestones | Timescale | Lead", { ref: "A", action: "B", milestone: "C", deadline: "D", lead: "E" }],
    ["Thurrock", "Improvement Area | Actions | Success Measure(s) | Lead | Governance Forum | Timescale | RAG | Progress Update",
      { workstream: "A", action: "B", measure: "C", lead: "D", forum: "E", deadline: "F", status: "G", progress: "H" }],
    ["Peterborough", "Outcomes (what we intend to achieve) | Ref | Implementation (Actions - what are we going to do) | Resource Required | Key milestones (Action tracker) | Deadline | BRAG + date",
      { outcome: "A", ref: "B", action: "C", resource: "D", milestone: "E", deadline: "F", status: "G" }],
    ["unseen wording", "No. | Area of weakness | What we will do | Action owner | Target completion date | Initial RAG | Current RAG status | Commentary | Evidence | Date updated",
      { ref: "A", workstream: "B", action: "C", lead: "D", deadline: "E", initialStatus: "F", status: "G", progress: "H", evidence: "I", updated: "J" }],
    ["shouting and punctuation", "REF. | KEY ACTIONS: | MILESTONE(S) | BY WHEN? | RESPONSIBLE OFFICER | R.A.G.", { ref: "A", action: "B", milestone: "C", deadline: "D", lead: "E" }],
  ])("maps the %s layout by meaning", (_name, header, expected) => {
    const found = detectHeaderRow(grid(["Some council – Written Statement of Action", "", header as string, "1.1 | Do a thing | | March 2023 | AD SEND"]));
    expect(found?.row).toBe(3);
    expect(letters(found!.columns as Record<string, number>)).toMatchObject(expected as Record<string, string>);
  });

  it("skips a title block and a KPI table above the header", () => {
    const g = grid([
      "Hounslow Local Area – Written Statement of Action",
      "Approved by Ofsted and CQC 13-09-2022",
      "Key Performance Indicators | December 2022 | March 2023",
      "% EHC needs assessments completed within 20 weeks | 85% | 85%",
      "Ref | Key action | Milestones | Timescale | Lead",
    ]);
    expect(detectHeaderRow(g)?.row).toBe(5);
  });

  it("returns null when no row names an action or milestone", () => {
    expect(detectHeaderRow(grid(["Name | Email | Phone", "Jo | jo@example.org | 0123"]))).toBeNull();
  });

  it("reports a second column meaning the same field and keeps the first", () => {
    const found = detectHeaderRow(grid(["Ref | Action | Lead | Deadline | Lead"]));
    expect(found?.columns.lead).toBe(3);
    expect(found?.duplicates).toEqual([{ field: "lead", col: 5, keptCol: 3, text: "Lead" }]);
  });

  it("recognises the header repeated lower down, even with different case", () => {
    const g = grid(["Improvement Area | Actions | Lead | Timescale | RAG", "x | y | z | Nov 2019 | Red", "Improvement area | Actions | Lead | Timescale | RAG"]);
    const header = detectHeaderRow(g)!;
    expect(isRepeatedHeader(g, header, 3)).toBe(true);
    expect(isRepeatedHeader(g, header, 2)).toBe(false);
  });
});

describe("scoreHeader", () => {
  it("prefers the words outside brackets: Key milestones (Action tracker) is a milestone", () => {
    expect(scoreHeader("Key milestones (Action tracker)", "milestone")).toBeGreaterThan(scoreHeader("Key milestones (Action tracker)", "action"));
  });
  it("does not read Initial RAG as the current rating, nor Start date as the deadline", () => {
    expect(scoreHeader("Initial RAG", "status")).toBe(0);
    expect(scoreHeader("Initial RAG", "initialStatus")).toBeGreaterThan(0);
    expect(scoreHeader("Start date", "deadline")).toBe(0);
  });
});
