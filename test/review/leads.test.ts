import { exampleSheets, EXAMPLE_TODAY } from "../../src/playground/example";
import { checkSnapshot } from "../../src/review/check";
import { arrangeIssues, issueRows } from "../../src/review/issue-rows";
import { myActions, planLeadEdit } from "../../src/review/leads";
import { planSettingChange } from "../../src/review/settings";
import { MemoryWorkbook } from "../../src/workbook/memory";

const today = EXAMPLE_TODAY;
const resolvedOf = async (wb: MemoryWorkbook) => checkSnapshot(await wb.read(), { today });

describe("My actions", () => {
  it("lists a lead's rows with rating, deadline, issues and when each was last updated", async () => {
    const wb = MemoryWorkbook.fromRows(exampleSheets());
    const mine = myActions(await resolvedOf(wb), "Principal Educational Psychologist", today);
    expect(mine.map((m) => [m.cell, m.ref, m.rating, m.deadline, m.daysOverdue])).toEqual([
      ["G8", "1.2", "Light Green", "31 Dec 2022", 90],
      ["G9", "1.2", "Amber", "31 Jan 2023", 59],
    ]);
    expect(mine[1]!.issues.map((i) => i.rule)).toContain("status.normalised");
    expect(mine[0]!.updated).toBe("Not updated since 10 Jan 2023 (80 days)");
  });
});

describe("a lead's edit", () => {
  it("re-checks the edited rows and stamps Last updated only when the option is on", async () => {
    const wb = MemoryWorkbook.fromRows(exampleSheets());
    wb.sheet("Action plan")!.values[9]![6] = "Purple";
    const off = planLeadEdit(await resolvedOf(wb), ["G10"], today);
    expect(off.stamps).toEqual([]);
    expect(off.rows.map((r) => r.ref)).toEqual(["1.3"]);
    expect(off.outcome).toMatchObject({ intent: "warning", title: "Rows checked" });
    expect(off.outcome.details!.join(" ")).toMatch(/Purple/);

    await wb.write(planSettingChange(await wb.read(), "Action plan", { kind: "stampUpdated", on: true }).write);
    const on = planLeadEdit(await resolvedOf(wb), ["G10", "B10"], today);
    expect(on.stamps).toEqual([{ sheet: "Action plan", cell: "I10", before: expect.any(String), after: "31 Mar 2023" }]);
    // A change outside the rating and progress columns stamps nothing.
    expect(planLeadEdit(await resolvedOf(wb), ["B10"], today).stamps).toEqual([]);
    await wb.write({ edits: on.stamps });
    // Already stamped today: no second stamp.
    expect(planLeadEdit(await resolvedOf(wb), ["G10"], today).stamps).toEqual([]);
  });

  it("never stamps over a formula", async () => {
    const wb = MemoryWorkbook.fromRows(exampleSheets());
    await wb.write(planSettingChange(await wb.read(), "Action plan", { kind: "stampUpdated", on: true }).write);
    const resolved = await resolvedOf(wb);
    resolved.sheet.grid.formulaCells = ["I10"];
    expect(planLeadEdit(resolved, ["G10"], today).stamps).toEqual([]);
  });
});

describe("issue rows", () => {
  it("carry the ref, text and lead, name their link, and sort by days overdue or filter by lead", async () => {
    const rows = issueRows(await resolvedOf(MemoryWorkbook.fromRows(exampleSheets())), today);
    const g8 = rows.find((r) => r.issue.cell === "G8")!;
    expect(g8.linkName).toBe("Go to G8: 1.2 Audit tool agreed with health partners, overdue 90 days");
    expect(g8.lead).toBe("Principal Educational Psychologist");
    const byOverdue = arrangeIssues(rows, "overdue", null);
    expect(byOverdue[0]!.daysOverdue).toBe(Math.max(...rows.map((r) => r.daysOverdue)));
    expect(arrangeIssues(rows, "severity", "Participation Lead").every((r) => r.lead === "Participation Lead")).toBe(true);
  });
});
