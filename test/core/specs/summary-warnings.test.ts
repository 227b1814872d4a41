import { analysePlan } from "../../../src/core/analyse";
import { buildSummarySheet } from "../../../src/core/specs/summary-sheet";
import { summaryWarnings } from "../../../src/core/specs/summary-warnings";
import { grid } from "../../helpers/grid";

const plan = (...rows: string[]) => analysePlan(grid(["Ref | Action | Deadline | RAG", ...rows]), { sheet: "Plan", today: "2023-03-31" })!;

describe("warnings under the summary's title", () => {
  test("ratings not recognised are named by cell, as counted as Not rated", () => {
    const a = plan("1.1 | Hire | Jan 2024 | Purple", "1.2 | Train | Jan 2024 | Green", "1.3 | Audit | Jan 2024 | Ambr", "1.4 | Plan | Jan 2024 | Red");
    const lines = summaryWarnings(a).map((r) => r[0]!.value);
    expect(lines[0]).toBe("2 ratings not recognised are counted as Not rated: D2, D4.");
    expect(buildSummarySheet(a, { name: "Summary", today: "2023-03-31" }).rows[2]![0]!.value).toBe(lines[0]);
  });

  test("unrated items are counted; a clean plan has no warning", () => {
    expect(summaryWarnings(plan("1.1 | Hire | Jan 2024 | ", "1.2 | Train | Jan 2024 | Green")).map((r) => r[0]!.value)).toEqual(["1 item has no rating yet and is counted as Not rated: D2."]);
    expect(summaryWarnings(plan("1.1 | Hire | Jan 2024 | Red"))).toEqual([]);
  });
});
