import { HISTORY_SHEET } from "../../src/core/history";
import { planApply } from "../../src/review/apply";
import { changesSinceLastRound } from "../../src/review/changes";
import { checkSnapshot } from "../../src/review/check";
import { roundsOf } from "../../src/review/history";
import { planRecord } from "../../src/review/record";
import { OfficeJsWorkbook } from "../../src/workbook/office-js";
import { FakeExcel } from "../workbook/fake-excel";

/** The pane's path: Record this round, edit, Record again, Summary, Changes — inside (fake) Excel. */
describe("recording rounds through the Office.js adapter", () => {
  const rows = [
    ["Ref", "Milestone", "Deadline", "RAG", "Progress update"],
    ["4.1", "Appoint the head of service", "Mar 2023", "Amber", "Interviews held"],
    ["4.10", "Agree the staffing structure", "Jun 2023", "Green", "On track"],
  ];

  it("keeps the rounds, which apply leaves alone, and reads them back for the summary and the pane", async () => {
    const excel = new FakeExcel([{ name: "Plan", rows }]);
    const workbook = new OfficeJsWorkbook(excel.context, { isSetSupported: excel.isSetSupported });
    await workbook.write(planRecord(await workbook.read(), { asAt: "2023-03-31" }).write);
    excel.sheet("Plan")!.cells.set("2,4", { value: "Complete" }); // a lead rates 4.1 Complete
    await workbook.write(planRecord(await workbook.read(), { asAt: "2023-06-30" }).write);
    await workbook.write(planApply(await workbook.read(), { today: "2023-07-31" }).write);
    const snapshot = await workbook.read();
    const rounds = roundsOf(snapshot, checkSnapshot(snapshot, { today: "2023-07-31" }).state);
    expect(rounds.map((r) => [r.asAt, r.items.map((i) => `${i.ref} ${i.rating}`)])).toEqual([
      ["2023-03-31", ["4.1 Amber", "4.10 Green"]],
      ["2023-06-30", ["4.1 Complete", "4.10 Green"]],
    ]);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([HISTORY_SHEET, "Summary"]));
    const view = changesSinceLastRound(snapshot, { today: "2023-07-31" });
    expect(view.lastRound).toBe("2023-06-30");
    expect(view.trend.map((t) => t.complete)).toEqual([0, 1, 1]);
  });
});
