import { checkSnapshot } from "../../src/review/check";
import { dressMoreExample, moreExampleSheets } from "../../src/playground/more-examples";
import { EXAMPLE_TODAY } from "../../src/playground/example";
import { MemoryWorkbook } from "../../src/workbook/memory";

async function load(which: "colour" | "status") {
  const memory = MemoryWorkbook.fromRows(moreExampleSheets(which));
  dressMoreExample(memory, which);
  return checkSnapshot(await memory.read(), { today: EXAMPLE_TODAY }).report;
}

describe("playground examples", () => {
  it("colour only: the memory workbook hands its fills to the core, which counts them", async () => {
    const report = await load("colour");
    expect(report).toMatchObject({ headerRow: 3, items: 8, scheme: "rag" });
    expect(report.summary.totals).toMatchObject({ Red: 1, Amber: 2, Green: 2, Complete: 2, "Not rated": 1 });
    expect(report.summary).toMatchObject({ complete: 2, overdue: 3 });
    expect(report.issues.filter((i) => i.rule === "status.colour-only")).toHaveLength(6);
  });

  it("status words: detected and counted", async () => {
    const report = await load("status");
    expect(report).toMatchObject({ scheme: "status", items: 8 });
    expect(report.summary).toMatchObject({ complete: 2, overdue: 4 });
    expect(report.issues.filter((i) => i.rule === "status.unknown")).toEqual([]);
  });
});
