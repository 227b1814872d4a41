import { HISTORY_SHEET } from "../../src/core/history";
import { STATE_SHEET, readState } from "../../src/core/state";
import { planApply } from "../../src/review/apply";
import { planFix } from "../../src/review/fix";
import { roundsOf } from "../../src/review/history";
import { planRecord } from "../../src/review/record";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { findSheet, setCell } from "../../src/workbook/memory/model";
import { sheetGrid } from "../../src/workbook/memory/read";

const PLAN = [
  ["Ref", "Milestone", "Deadline", "RAG", "Progress update"],
  ["1.1", "Appoint the head of service", "Mar 2023", "Amber", "Interviews held"],
  ["1.2", "Agree the staffing structure", "Jun 2023", "green", "On track"],
  ["1.3", "Publish the Local Offer", "Sep 2023", "Red", ""],
];

const book = () => MemoryWorkbook.fromRows([{ name: "Plan", rows: PLAN.map((r) => [...r]) }]);
const stateOf = (wb: MemoryWorkbook) => {
  const read = readState(sheetGrid(findSheet(wb.state, STATE_SHEET)!));
  if (!read.ok) throw new Error("state");
  return read.state;
};
async function record(wb: MemoryWorkbook, asAt: string) {
  const planned = planRecord(await wb.read(), { asAt });
  await wb.write(planned.write);
  return planned;
}
const rate = (wb: MemoryWorkbook, row: number, label: string) => setCell(findSheet(wb.state, "Plan")!, row, 4, label);

describe("planRecord", () => {
  it("stores each item's key, rating, deadline and progress fingerprint on our history sheet, listed as ours", async () => {
    const wb = book();
    const planned = await record(wb, "2023-03-31");
    expect(planned.write.sheets?.[0]).toMatchObject({ name: HISTORY_SHEET, role: "history" });
    expect(stateOf(wb).ownedSheets).toEqual([HISTORY_SHEET]);
    const rounds = roundsOf(await wb.read(), stateOf(wb));
    expect(rounds).toHaveLength(1);
    expect(rounds[0]!.asAt).toBe("2023-03-31");
    expect(rounds[0]!.items.map((i) => [i.ref, i.text, i.rating, i.complete, i.due, i.deadlineText])).toEqual([
      ["1.1", "Appoint the head of service", "Amber", false, "2023-03-31", "Mar 2023"],
      ["1.2", "Agree the staffing structure", "Green", false, "2023-06-30", "Jun 2023"],
      ["1.3", "Publish the Local Offer", "Red", false, "2023-09-30", "Sep 2023"],
    ]);
    expect(rounds[0]!.items.map((i) => i.progress)).toEqual([expect.stringMatching(/^[A-Z]{7}$/), expect.stringMatching(/^[A-Z]{7}$/), "blank"]);
  });

  it("keeps one round per date: recording the same date again replaces it", async () => {
    const wb = book();
    await record(wb, "2023-03-31");
    rate(wb, 2, "Complete");
    const again = await record(wb, "2023-03-31");
    expect(again.replaced).toBe(true);
    const rounds = roundsOf(await wb.read(), stateOf(wb));
    expect(rounds.map((r) => r.asAt)).toEqual(["2023-03-31"]);
    expect(rounds[0]!.items[0]).toMatchObject({ rating: "Complete", complete: true });
  });

  it("adds later rounds in date order and writes earlier ones back as they were", async () => {
    const wb = book();
    await record(wb, "2023-06-30");
    rate(wb, 2, "Complete");
    await record(wb, "2023-09-30");
    rate(wb, 4, "Amber");
    await record(wb, "2023-03-31"); // recorded late, for an earlier board date
    const rounds = roundsOf(await wb.read(), stateOf(wb));
    expect(rounds.map((r) => [r.asAt, r.items.map((i) => i.rating).join(",")])).toEqual([
      ["2023-03-31", "Complete,Green,Amber"],
      ["2023-06-30", "Amber,Green,Red"],
      ["2023-09-30", "Complete,Green,Red"],
    ]);
  });

  it("survives apply, fix and a new summary: still there, still listed as ours, unchanged", async () => {
    const wb = book();
    await record(wb, "2023-03-31");
    const before = sheetGrid(findSheet(wb.state, HISTORY_SHEET)!);
    const applied = planApply(await wb.read(), { today: "2023-04-30" });
    expect(applied.write.sheets?.map((s) => s.name)).not.toContain(HISTORY_SHEET);
    await wb.write(applied.write);
    await wb.write(planFix(await wb.read(), { today: "2023-04-30" }).write);
    await wb.write(planApply(await wb.read(), { today: "2023-05-31" }).write);
    expect(sheetGrid(findSheet(wb.state, HISTORY_SHEET)!)).toEqual(before);
    expect(stateOf(wb).ownedSheets).toEqual(["Summary", HISTORY_SHEET]); // sorted: a re-run never reorders the list
    // The plan sheet is still found: the history is never mistaken for the plan.
    expect(planRecord(await wb.read(), { asAt: "2023-06-30" }).resolved.report.sheet).toBe("Plan");
  });

  it("never takes a user's sheet that has the history's name", async () => {
    const wb = MemoryWorkbook.fromRows([{ name: "Plan", rows: PLAN }, { name: HISTORY_SHEET, rows: [["my notes"]] }]);
    const planned = await record(wb, "2023-03-31");
    expect(planned.historySheet).toBe(`${HISTORY_SHEET} 2`);
    expect(sheetGrid(findSheet(wb.state, HISTORY_SHEET)!).values).toEqual([["my notes"]]);
    expect(roundsOf(await wb.read(), stateOf(wb))).toHaveLength(1);
  });

  it("refuses, naming the cell, when a recorded date was edited into something unreadable", async () => {
    const wb = book();
    await record(wb, "2023-03-31");
    setCell(findSheet(wb.state, HISTORY_SHEET)!, 6, 1, "last spring");
    expect(() => planRecord(readNow(wb), { asAt: "2023-06-30" })).toThrow(/A6 "last spring" is not a date/);
  });
});

const readNow = (wb: MemoryWorkbook) => ({ sheets: wb.state.sheets.map((s) => ({ name: s.name, visibility: s.visibility, protected: s.protected, grid: sheetGrid(s) })) });
