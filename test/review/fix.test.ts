import { planFix } from "../../src/review/fix";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs";
import { planBook, SMALL } from "../workbook/exceljs/helpers";

const TODAY = "2024-09-30";

describe("planFix", () => {
  it("plans one edit per normalised rating, recording what the cell held", async () => {
    const { edits, skipped, write } = planFix(await ExcelJsWorkbook.fromWorkbook(planBook(SMALL)).read(), { today: TODAY });
    expect(edits).toEqual([{ sheet: "Action plan", cell: "F5", before: "amber ", after: "Amber" }]);
    expect(skipped).toEqual([]);
    expect(write).toEqual({ edits });
  });

  it("skips ratings computed by formulas: writing a value would destroy the formula", async () => {
    const wb = planBook(SMALL);
    wb.getWorksheet("Action plan")!.getCell("F5").value = { formula: 'LOWER("AMBER")', result: "amber" };
    const { edits, skipped } = planFix(await ExcelJsWorkbook.fromWorkbook(wb).read(), { today: TODAY });
    expect(edits).toEqual([]);
    expect(skipped).toEqual([{ sheet: "Action plan", cell: "F5", before: "amber", after: "Amber" }]);
  });

  it("writes only the edited cells when executed", async () => {
    const wb = planBook(SMALL);
    const book = ExcelJsWorkbook.fromWorkbook(wb);
    const { write } = planFix(await book.read(), { today: TODAY });
    await book.write(write);
    const after = planFix(await book.read(), { today: TODAY });
    expect(after.edits).toEqual([]);
    expect(wb.getWorksheet("Action plan")!.getCell("F5").value).toBe("Amber");
  });
});
