import type { Issue } from "../../src/core/issue";
import { planApply } from "../../src/review/apply";
import { describeValidation } from "../../src/review/describe";
import { ratingsChartSpec } from "../../src/review/summary-chart";
import { figuresLine, issueHeadline } from "../../src/review/words";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { exampleSheets, EXAMPLE_TODAY } from "../../src/playground/example";

const issue = (severity: Issue["severity"], rule: string, cell: string): Issue => ({ severity, rule, cell, message: `${cell} ${rule}` });

describe("words both hosts print", () => {
  it("writes the headline in words, never '1 Errors'", () => {
    expect(issueHeadline([])).toBe("No issues");
    expect(issueHeadline([issue("error", "x", "A1")])).toBe("1 problem to fix");
    expect(issueHeadline([issue("error", "x", "A1"), issue("warning", "x", "A2"), issue("warning", "x", "A3"), issue("info", "x", "A4")])).toBe("1 problem to fix, 2 items to review and 1 note");
  });

  it("says 'No items yet' rather than '0 of 0 items complete (0.0%)'", () => {
    expect(figuresLine({ ratings: [], byWorkstream: [], totals: {}, total: 0, complete: 0, percentComplete: 0, overdue: 0 })).toBe("No items yet");
    expect(figuresLine({ ratings: [], byWorkstream: [], totals: {}, total: 12, complete: 3, percentComplete: 25, overdue: 4 })).toBe("3 of 12 items complete (25.0%), 4 overdue");
  });

  it("reports validation as a result with counts, a warning when there is work, never an error", () => {
    const report = { sheet: "Plan", headerRow: 1, scheme: "rag", columns: {}, items: 3, summary: {} as never, issues: [issue("error", "x", "A1")] };
    expect(describeValidation(report)).toEqual({ intent: "warning", title: "Checked", body: '3 items on "Plan": 1 problem to fix.' });
    expect(describeValidation({ ...report, issues: [] }).intent).toBe("success");
  });
});

describe("the summary chart", () => {
  it("charts the summary sheet's workstream × rating block, without totals", async () => {
    const snapshot = await MemoryWorkbook.fromRows(exampleSheets()).read();
    const { write, resolved } = planApply(snapshot, { today: EXAMPLE_TODAY, format: false });
    const sheet = write.sheets![0]!;
    const spec = ratingsChartSpec(sheet, resolved.analysis.summary, resolved.analysis.plan.scheme.ratings)!;
    const top = Number(/^A(\d+)/.exec(spec.range)![1]);
    expect(sheet.rows[top - 1]![0]!.value).toBe("Workstream");
    expect(sheet.rows[top - 1]![6]!.value).toBe("Not rated");
    expect(spec.range).toBe(`A${top}:G${top + 3}`);
    expect(sheet.rows[top + 2]![0]!.value).toMatch(/^Significant weakness 3/);
    expect(sheet.rows[top + 3]![0]!.value).toBe("Total");
    expect(spec.colours).toEqual(["#C00000", "#FFC000", "#92D050", "#00703C", "#404040", "#BFBFBF"]);
  });
});
