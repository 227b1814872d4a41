import { exampleSheets } from "../../src/playground/example";
import { loadPlan } from "../../src/review/load-plan";
import { planRecord } from "../../src/review/record";
import { MemoryWorkbook } from "../../src/workbook/memory";

describe("Changes since last round in the pane", () => {
  it("is absent until a round is recorded, then says what changed since it", async () => {
    const wb = MemoryWorkbook.fromRows(exampleSheets());
    const before = loadPlan(await wb.read(), "2023-03-31");
    expect(before.kind === "ready" && before.overview.sections.map((s) => s.id)).toEqual([]);
    await wb.write(planRecord(await wb.read(), { asAt: "2023-03-01" }).write);
    wb.sheet("Action plan")!.values[9]![6] = "Amber"; // 1.3: Red → Amber
    const after = loadPlan(await wb.read(), "2023-03-31");
    if (after.kind !== "ready") throw new Error(after.kind);
    const changes = after.overview.sections.find((s) => s.id === "changes")!;
    expect(changes.summary).toMatch(/^Since the round of 1 Mar 2023: .*1 improved/);
    expect(changes.lines).toContain("Not updated: 1.3 Backlog under 50 reviews, Amber.");
  });
});
