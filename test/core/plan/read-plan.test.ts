import { readPlan } from "../../../src/core/plan/read-plan";
import { refPrefix, looksLikeSection } from "../../../src/core/plan/workstream";
import { grid } from "../../helpers/grid";

const hounslow = grid([
  "Hounslow Local Area – Written Statement of Action",
  "Ref | Key action | Milestones | Timescale | Lead | RAG",
  "4.1. Poor quality of EHC plans including preparing children and young people for adulthood",
  "4.1.1 | Strengthen capacity within the statutory EHC | Review current staffing structure | February 2022 | AD SEND | Complete",
  "| assessment and review Team | Develop new staffing structure | March 2022 | AD SEND | Complete",
  "| | New EHC assessment and review team structure in place | Oct.2022 | Head of Service SEND | amber ",
  "4.1.2 | Bring all EHCP writing in house | All plan writing brought in house | June.2023 | Head of Service | Green",
  "4.2. Poor communication and a lack of co-production with partners",
  "Ref | Key Action | Milestones | Timescale | Lead | RAG",
  "4.2.1 | Refresh the communication strategy | Strategy agreed | Dec 2022 | AD SEND |",
], { merges: ["A3:F3", "A8:F8"] });

describe("readPlan", () => {
  it("reads milestone rows as items that inherit the action's ref and the section's workstream", () => {
    const plan = readPlan(hounslow, { sheet: "WSOA" })!;
    expect(plan.headerRow).toBe(2);
    expect(plan.items.map((i) => [i.row, i.ref, i.workstream.slice(0, 4)])).toEqual([
      [4, "4.1.1", "4.1."], [5, "4.1.1", "4.1."], [6, "4.1.1", "4.1."], [7, "4.1.2", "4.1."], [10, "4.2.1", "4.2."],
    ]);
    expect(plan.items[2]!.action).toBe("Strengthen capacity within the statutory EHC");
    expect(plan.items[2]!.milestone).toBe("New EHC assessment and review team structure in place");
    expect(plan.repeatedHeaderRows).toEqual([9]);
    expect(plan.workstreams).toHaveLength(2);
    expect(plan.scheme.id).toBe("rag");
  });

  it("reads deadlines and ratings of each item", () => {
    const plan = readPlan(hounslow, { sheet: "WSOA" })!;
    const item = plan.items.find((i) => i.row === 6)!;
    expect(item.deadline).toMatchObject({ kind: "date", due: "2022-10-31" });
    expect(item.status).toMatchObject({ kind: "normalised", canonical: "Amber" });
    expect(plan.items.find((i) => i.row === 10)!.status.kind).toBe("blank");
  });

  it("takes the workstream from the ref prefix when nothing else names one", () => {
    const plan = readPlan(grid(["Ref | Action | Deadline", "1.1a | Coproduce a strategy | Jan 2020", "1.2 | Review pathway | Dec 2019", "2.1 | QA framework | March 2020"]), { sheet: "S" })!;
    expect(plan.items.map((i) => i.workstream)).toEqual(["1", "1", "2"]);
  });

  it("treats an action row with no milestone, date or rating as the heading of its milestones (Peterborough)", () => {
    const plan = readPlan(grid([
      "Workstream 1: Joint planning and commissioning",
      "Outcomes (what we intend to achieve) | Ref | Implementation (Actions - what are we going to do) | Resource Required | Key milestones (Action tracker) | Deadline | BRAG + date",
      "1.1 There is a clear joint commissioning strategy | 1.1a | Coproduce a joint SEND commissioning strategy | AR | | |",
      "| | | | Baseline of needs identified by families is recorded | Jan 2020 | Blue – Jan 2020",
      "| | | | Mapping existing resources against needs | April 2020 | Green Dec 2019",
      "| 1.2b | Review the pathway for continence products | ER | Review complete | Dec 2019 |",
    ]), { sheet: "Action plan" })!;
    expect(plan.items.map((i) => [i.row, i.ref])).toEqual([[4, "1.1a"], [5, "1.1a"], [6, "1.2b"]]);
    expect(plan.items[0]!.outcome).toBe("1.1 There is a clear joint commissioning strategy");
    expect(plan.items[0]!.workstream).toBe("Workstream 1: Joint planning and commissioning");
    expect(plan.scheme.id).toBe("brag");
  });

  it("names workstreams from section rows, keeping the workstream column as the area (Thurrock)", () => {
    const plan = readPlan(grid([
      "Improvement Area | Actions | Lead | Timescale | Initial RAG | RAG",
      "Significant weakness 1: Inaccurate and incomplete records",
      "Management Oversight | Realignment documentation has been completed | AD | Nov 2019 | RED | AMBER",
      "| Consultation has taken place | AD | Nov 2019 | Red | Light Green",
      "Significant Weakness 2: Quality assurance is not rigorous enough",
      "1. Quality of provision – post 16 | Review quality and impact of all Post 16 provision | SM Post 16 | Dec 2019 | Amber | Dark Green",
    ]), { sheet: "WSOA" })!;
    expect(plan.items.map((i) => [i.workstream.slice(0, 22), i.area])).toEqual([
      ["Significant weakness 1", "Management Oversight"],
      ["Significant weakness 1", "Management Oversight"],
      ["Significant Weakness 2", "1. Quality of provision – post 16"],
    ]);
    expect(plan.scheme.id).toBe("rag5");
    expect(plan.items[0]!.initialStatus).toMatchObject({ kind: "exact", rating: { label: "Red" } });
  });

  it("reads merged cells as their top-left value and notes merged rating cells", () => {
    const plan = readPlan(grid(["Ref | Action | Deadline | RAG", "1 | First | March 2023 | Red", "2 | Second | March 2023 |"], { merges: ["D2:D3"] }), { sheet: "S" })!;
    expect(plan.items.map((i) => i.status.kind === "exact" ? i.status.rating.label : i.status.kind)).toEqual(["Red", "Red"]);
    expect(plan.mergedCells).toEqual(["D2:D3"]);
  });

  it("notes error values and reads them as blank", () => {
    const plan = readPlan(grid(["Ref | Action | Deadline | RAG", "1 | First | #N/A | #REF!"]), { sheet: "S" })!;
    expect(plan.cellProblems).toEqual([{ cell: "C2", field: "deadline", value: "#N/A" }, { cell: "D2", field: "status", value: "#REF!" }]);
    expect(plan.items[0]!.deadline.kind).toBe("missing");
    expect(plan.items[0]!.status.kind).toBe("blank");
  });

  it("honours forced columns and header row from config", () => {
    const plan = readPlan(grid(["a | b | c", "1 | Do it | Mar 2023 | Red"]), { sheet: "S", headerRow: 1, columns: { action: "B", deadline: "C", status: "D" } })!;
    expect(plan.columns).toMatchObject({ action: 2, deadline: 3, status: 4 });
    expect(plan.items).toHaveLength(1);
  });

  it("returns null for a sheet with no header", () => {
    expect(readPlan(grid(["RAG key", "Red | Not started"]), { sheet: "Key" })).toBeNull();
  });
});

describe("refPrefix and looksLikeSection", () => {
  it.each([["4.1.3", "4.1"], ["1.1a", "1"], ["2.2b", "2"], ["7", null], ["4.1.", "4"]])("refPrefix(%p) = %p", (ref, prefix) => expect(refPrefix(ref)).toBe(prefix));
  it.each([
    ["Significant weakness 1: Inaccurate records", true], ["Workstream 3: SEND Quality Assurance", true],
    ["4.2. Poor communication and a lack of co-production", true], ["Area 2: Poor communication", true],
    ["Governance", false], ["Consultation has taken place", false],
  ])("looksLikeSection(%p) = %p", (text, yes) => expect(looksLikeSection(text)).toBe(yes));
});
