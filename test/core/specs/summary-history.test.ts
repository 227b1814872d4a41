import type { PlanPoint } from "../../../src/core/compare";
import { historyView } from "../../../src/core/history";
import { RAG } from "../../../src/core/ratings/scheme";
import { historySection, MAX_CHANGES } from "../../../src/core/specs/summary-history";

const item = (n: number, rating: string, complete = false) => ({ ref: `1.${n}`, text: `Milestone number ${n} of the plan`, cell: `C${n + 5}`, rating, complete, due: null, deadlineText: "", progress: null });
const point = (asAt: string, rating: string, complete: boolean, count: number): PlanPoint => ({ asAt, items: Array.from({ length: count }, (_, i) => item(i + 1, rating, complete)) });

describe("historySection", () => {
  it("adds nothing when no round is recorded", () => {
    expect(historySection(null, RAG)).toEqual([]);
  });

  it("caps the changed items like the exceptions list, then says how many more", () => {
    const view = historyView([point("2024-03-31", "Amber", false, 250)], point("2024-06-30", "Complete", true, 250), RAG)!;
    const rows = historySection(view, RAG);
    const texts = rows.map((r) => String(r[0]?.value ?? ""));
    const listed = rows.filter((r) => r[2]?.value === "Completed");
    expect(listed).toHaveLength(MAX_CHANGES);
    expect(texts).toContain("… and 50 more changes: wsoa compare (or Changes in the task pane) lists them all.");
    // Ratings in the trend's heading are words on their colours, never colour alone.
    const head = rows[texts.indexOf("Trend by reporting round") + 1]!;
    expect(head.map((c) => c.value)).toEqual(["As at", "Red", "Amber", "Green", "Complete", "Not rated", "Total", "% complete"]);
    expect(head[1]?.style).toMatchObject({ fill: "#C00000", font: "#FFFFFF" });
  });
});
