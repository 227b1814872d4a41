import { readPlan } from "../../src/core/plan/read-plan";
import { validatePlan } from "../../src/core/validate";
import { grid } from "../helpers/grid";

const TODAY = "2023-03-31";

function issuesOf(rows: string[], extra = {}) {
  const plan = readPlan(grid(rows, extra), { sheet: "Plan" })!;
  return validatePlan(plan, TODAY);
}
const find = (issues: ReturnType<typeof issuesOf>, rule: string) => issues.filter((i) => i.rule === rule);

describe("validatePlan", () => {
  it("structure.missing-column: warns when there is no deadline or rating column", () => {
    const issues = issuesOf(["Ref | Action | Lead", "1 | Do a thing | AD"]);
    expect(find(issues, "structure.missing-column").map((i) => i.severity)).toEqual(["warning", "warning"]);
    expect(find(issues, "structure.missing-column")[0]!.message).toMatch(/deadline/);
  });

  it("structure.duplicate-column: names the ignored header cell", () => {
    const [dup] = find(issuesOf(["Ref | Action | RAG | Deadline | RAG", "1 | x | Red | May 2023 | Green"]), "structure.duplicate-column");
    expect(dup).toMatchObject({ severity: "warning", cell: "E1" });
    expect(dup!.message).toContain("C1 is used");
  });

  it("ref.duplicate: the second use of a reference, not its milestone rows", () => {
    const issues = issuesOf(["Ref | Action | Milestone | Deadline | RAG", "1.1 | a | m1 | May 2023 | Green", "| | m2 | June 2023 | Green", "1.1 | b | m3 | May 2023 | Green"]);
    expect(find(issues, "ref.duplicate")).toEqual([expect.objectContaining({ cell: "A4", severity: "warning" })]);
    expect(find(issues, "ref.duplicate")[0]!.message).toContain("row 2");
  });

  it("date rules: unparseable, implausible, missing and ambiguous, each at its cell", () => {
    const issues = issuesOf(["Ref | Action | Deadline | RAG", "1 | a | when funding allows | Green", "2 | b | March 2203 | Green", "3 | c | TBC | Green", "4 | d | Q3 2024 | Green", "5 | e | | Green"]);
    expect(find(issues, "date.unparseable")).toEqual([expect.objectContaining({ cell: "C2", severity: "warning" })]);
    expect(find(issues, "date.unparseable")[0]!.message).toContain('"when funding allows"');
    expect(find(issues, "date.implausible")).toEqual([expect.objectContaining({ cell: "C3", severity: "error" })]);
    expect(find(issues, "date.missing").map((i) => i.cell)).toEqual(["C4", "C6"]);
    expect(find(issues, "date.ambiguous")).toEqual([expect.objectContaining({ cell: "C5", severity: "info" })]);
  });

  it("status rules: normalised with a fix, unknown as an error, missing as info", () => {
    const issues = validatePlan(readPlan(grid(["Ref | Action | Deadline | RAG", ["1", "a", "May 2023", "amber "], "2 | b | May 2023 | Purple", "3 | c | May 2023 |", "4 | d | May 2023 | Green"]), { sheet: "Plan" })!, TODAY);
    expect(find(issues, "status.normalised")).toEqual([expect.objectContaining({ cell: "D2", severity: "warning", fix: { cell: "D2", before: "amber ", after: "Amber" } })]);
    expect(find(issues, "status.unknown")).toEqual([expect.objectContaining({ cell: "D3", severity: "error" })]);
    expect(find(issues, "status.missing")).toEqual([expect.objectContaining({ cell: "D4", severity: "info" })]);
  });

  it("item.overdue and rating.mismatch: past due, not complete, with days overdue", () => {
    const issues = issuesOf(["Ref | Action | Deadline | RAG", "1 | a | Feb 2023 | Green", "2 | b | Jan 2023 | Complete", "3 | c | 30/03/2023 | Amber", "4 | d | Ongoing | Red", "5 | e | April 2023 | Green"]);
    expect(find(issues, "item.overdue").map((i) => i.cell)).toEqual(["C2", "C4"]);
    expect(find(issues, "item.overdue")[0]!.message).toContain("31 days overdue");
    expect(find(issues, "item.overdue")[1]!.message).toBe('C4: due 30 Mar 2023 ("30/03/2023"), 1 day overdue, rated Amber.');
    expect(find(issues, "rating.mismatch")).toEqual([expect.objectContaining({ cell: "D2", severity: "warning" })]);
  });

  it("item.overdue: a real date cell is shown as the date, an unrated item as not rated", () => {
    const plan = readPlan(grid(["Ref | Action | Deadline | RAG", ["1", "a", new Date(Date.UTC(2023, 0, 31)), null]]), { sheet: "Plan" })!;
    expect(find(validatePlan(plan, TODAY), "item.overdue")[0]!.message).toBe("C2: due 31 Jan 2023, 59 days overdue, not rated.");
  });

  it("cell.error and structure.merged-cells", () => {
    const issues = issuesOf(["Ref | Action | Deadline | RAG", "1 | a | #VALUE! | Green", "2 | b | May 2023 | Red", "3 | c | May 2023 |"], { merges: ["D3:D4"] });
    expect(find(issues, "cell.error")).toEqual([expect.objectContaining({ cell: "C2", severity: "error" })]);
    expect(find(issues, "structure.merged-cells")).toEqual([expect.objectContaining({ cell: "D3" })]);
  });

  it("structure.no-items when the header has nothing under it", () => {
    expect(find(issuesOf(["Ref | Action | Deadline | RAG"]), "structure.no-items")).toHaveLength(1);
  });
});
