import { formatCheckReport } from "../../src/cli/report-text";
import type { CheckReport } from "../../src/review/check";

const report = (issues: CheckReport["issues"]): CheckReport => ({
  sheet: "Plan", headerRow: 1, scheme: "rag", columns: { action: "B", deadline: "C", status: "D" }, items: 1,
  issues,
  summary: { ratings: ["Red", "Not rated"], byWorkstream: [], totals: { Red: 1, "Not rated": 0 }, total: 1, complete: 0, percentComplete: 0, overdue: 0 },
});

describe("formatCheckReport", () => {
  const many = Array.from({ length: 45 }, (_, i) => ({ severity: "warning" as const, rule: "item.overdue", cell: `C${i + 2}`, message: `C${i + 2}: overdue` }));
  const info = Array.from({ length: 3 }, (_, i) => ({ severity: "info" as const, rule: "status.missing", cell: `D${i + 2}`, message: "not rated" }));

  it("lists up to 20 issues per rule and counts the rest, info as counts only", () => {
    const text = formatCheckReport("plan.xlsx", report([...many, ...info]));
    expect(text.match(/item\.overdue\s+C\d+: overdue/g)).toHaveLength(20);
    expect(text).toMatch(/item\.overdue\s+… and 25 more cells \(--all lists them\)/);
    expect(text).toMatch(/status\.missing\s+3 cells \(--all lists them\)/);
  });

  it("lists every issue with --all", () => {
    const text = formatCheckReport("plan.xlsx", report([...many, ...info]), true);
    expect(text.match(/item\.overdue/g)).toHaveLength(45);
    expect(text.match(/status\.missing/g)).toHaveLength(3);
  });
});
