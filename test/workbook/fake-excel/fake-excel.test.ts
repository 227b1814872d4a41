import { FakeExcel } from ".";

describe("the strict fake Excel", () => {
  test("throws PropertyNotLoaded for a property read before load + sync, as Excel does", async () => {
    const excel = new FakeExcel([{ name: "Plan", rows: [["a", 1]] }]);
    const range = excel.context.workbook.worksheets.getItem("Plan").getRange("A1:B1");
    range.load("values");
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    await excel.context.sync();
    expect(range.values).toEqual([["a", 1]]);
    expect(() => range.address).toThrow(/PropertyNotLoaded/); // loaded values, not address
  });

  test("changes wait for sync, and a failing operation stops the batch", async () => {
    const excel = new FakeExcel([{ name: "Plan", rows: [["a"]], protected: true }]);
    excel.context.workbook.worksheets.getItem("Plan").getRange("A1").values = [["b"]];
    expect(excel.sheet("Plan")!.cells.get("1,1")!.value).toBe("a");
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(excel.syncCount).toBe(1);
  });

  test("rejects a values array of the wrong shape, and counts request bytes", async () => {
    const excel = new FakeExcel([{ name: "Plan" }]);
    excel.context.workbook.worksheets.getItem("Plan").getRange("A1:B2").values = [["x"]];
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(excel.maxBatchBytes).toBeGreaterThan(10);
  });

  test("isNullObject is known only after sync", async () => {
    const excel = new FakeExcel([{ name: "Plan" }]);
    const ws = excel.context.workbook.worksheets.getItemOrNullObject("Nope");
    expect(() => ws.isNullObject).toThrow(/PropertyNotLoaded/);
    await excel.context.sync();
    expect(ws.isNullObject).toBe(true);
  });
});
