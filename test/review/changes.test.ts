import { changesSinceLastRound } from "../../src/review/changes";
import { planRecord } from "../../src/review/record";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { findSheet, setCell } from "../../src/workbook/memory/model";

const PLAN = [
  ["Ref", "Milestone", "Deadline", "RAG", "Progress update"],
  ["1.1", "Appoint the head of service", "Mar 2023", "Amber", "Interviews held"],
  ["1.2", "Agree the staffing structure", "Jun 2023", "Green", "On track"],
  ["1.3", "Publish the Local Offer", "Sep 2023", "Red", "Not started"],
];

describe("changesSinceLastRound (the pane's view)", () => {
  it("says there is nothing to compare with before a round is recorded", async () => {
    const view = changesSinceLastRound(await MemoryWorkbook.fromRows([{ name: "Plan", rows: PLAN }]).read(), { today: "2023-04-30" });
    expect(view).toMatchObject({ sheet: "Plan", lastRound: null, counts: null, groups: [], trend: [] });
  });

  it("lists completed, worse, slipped and not updated items against the last round, each with its cell", async () => {
    const wb = MemoryWorkbook.fromRows([{ name: "Plan", rows: PLAN }]);
    await wb.write(planRecord(await wb.read(), { asAt: "2023-03-31" }).write);
    const plan = findSheet(wb.state, "Plan")!;
    setCell(plan, 2, 4, "Complete");
    setCell(plan, 3, 4, "Amber");
    setCell(plan, 3, 5, "Consultation extended");
    setCell(plan, 4, 3, "Dec 2023");
    const view = changesSinceLastRound(await wb.read(), { today: "2023-06-30" });
    expect(view.lastRound).toBe("2023-03-31");
    expect(view.groups).toEqual([
      { title: "Completed", items: [{ ref: "1.1", text: "Appoint the head of service", detail: "Amber → Complete", cell: "B2" }] },
      { title: "Worse", items: [{ ref: "1.2", text: "Agree the staffing structure", detail: "Green → Amber", cell: "B3" }] },
      { title: "Slipped", items: [{ ref: "1.3", text: "Publish the Local Offer", detail: "30 Sep 2023 → 31 Dec 2023 (+92 days)", cell: "B4" }] },
      { title: "Not updated", items: [{ ref: "1.3", text: "Publish the Local Offer", detail: "Red", cell: "B4" }] },
    ]);
    expect(view.trend.map((t) => [t.asAt, t.recorded, t.complete])).toEqual([["2023-03-31", true, 0], ["2023-06-30", false, 1]]);
  });
});
