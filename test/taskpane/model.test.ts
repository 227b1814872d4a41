import type { Issue } from "../../src/core/issue";
import { groupIssues, issueHeadline, ratingsChartSpec } from "../../src/taskpane/model";
import { planApply } from "../../src/review/apply";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { exampleSheets, EXAMPLE_TODAY } from "../../src/playground/example";

const issue = (severity: Issue["severity"], rule: string, cell: string): Issue => ({ severity, rule, cell, message: `${cell} ${rule}` });

describe("task pane model", () => {
  it("groups issues by severity, errors first, then by rule", () => {
    const groups = groupIssues([issue("warning", "date.missing", "E5"), issue("error", "status.unknown", "G9"), issue("warning", "item.overdue", "E6"), issue("warning", "date.missing", "E7")]);
    expect(groups.map((g) => g.severity)).toEqual(["error", "warning"]);
    expect(groups[1]!.rules.map((r) => [r.title, r.issues.length])).toEqual([["Missing deadlines", 2], ["Overdue items", 1]]);
  });

  it("writes the headline in words", () => {
    expect(issueHeadline([])).toBe("No issues");
    expect(issueHeadline([issue("error", "x", "A1")])).toBe("1 error");
    expect(issueHeadline([issue("error", "x", "A1"), issue("warning", "x", "A2"), issue("warning", "x", "A3"), issue("info", "x", "A4")])).toBe("1 error, 2 warnings and 1 note");
  });

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
