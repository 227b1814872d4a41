import { STATE_SHEET } from "../../src/core/state";
import { planApply } from "../../src/review/apply";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs";
import { planBook, SMALL } from "../workbook/exceljs/helpers";

const TODAY = "2024-09-30";
const snapshotOf = (wb = planBook(SMALL)) => ExcelJsWorkbook.fromWorkbook(wb).read();

describe("planApply", () => {
  it("plans formatting for the plan sheet, a summary called Summary, and our state sheet owning it", async () => {
    const { write, summarySheet, resolved } = planApply(await snapshotOf(), { today: TODAY });
    expect(resolved.report.sheet).toBe("Action plan");
    expect(summarySheet).toBe("Summary");
    expect(write.format?.sheet).toBe("Action plan");
    expect(write.format?.rules.map((r) => [r.purpose, r.label ?? "", r.range])).toEqual([
      ["rating", "Red", "F4:F108"], ["rating", "Amber", "F4:F108"], ["rating", "Green", "F4:F108"], ["rating", "Complete", "F4:F108"], ["overdue", "", "D4:D108"],
    ]);
    expect(write.sheets?.map((s) => s.name)).toEqual(["Summary"]);
    expect(write.stateSheet?.name).toBe(STATE_SHEET);
    expect(write.stateSheet?.rows[2]).toEqual(["ownedSheets", '["Summary"]', null, "Amber"]);
  });

  it("names the summary WSOA Summary when a user's sheet is called Summary", async () => {
    const wb = planBook(SMALL);
    wb.addWorksheet("Summary").getCell("A1").value = "mine";
    const { summarySheet, write } = planApply(await snapshotOf(wb), { today: TODAY });
    expect(summarySheet).toBe("WSOA Summary");
    expect(write.stateSheet?.rows[2]?.[1]).toBe('["WSOA Summary"]');
  });

  it("refuses a protected plan sheet", async () => {
    const wb = planBook(SMALL);
    await wb.getWorksheet("Action plan")!.protect("", {});
    await expect(snapshotOf(wb).then((s) => planApply(s, { today: TODAY }))).rejects.toMatchObject({ code: "protected" });
  });

  it("plans what the adapter then writes: re-planning on the written workbook gives the same plan", async () => {
    const wb = planBook(SMALL);
    const book = ExcelJsWorkbook.fromWorkbook(wb);
    const first = planApply(await book.read(), { today: TODAY });
    await book.write(first.write);
    const second = planApply(await book.read(), { today: TODAY });
    expect(second.write).toEqual(first.write);
  });
});
