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

  test("walks sheets with getFirst and getNextOrNullObject; past the last sheet, null objects whose properties read as undefined", async () => {
    const excel = new FakeExcel([{ name: "Plan", rows: [["a"]] }, { name: "Secret", visibility: "VeryHidden" }, { name: "Notes", rows: [["n"]] }]);
    const first = excel.context.workbook.worksheets.getFirst();
    const chain = [first];
    for (let i = 0; i < 4; i++) chain.push(chain[chain.length - 1]!.getNextOrNullObject());
    for (const ws of chain) ws.load("name");
    const used = chain[4]!.getUsedRangeOrNullObject(true);
    used.load("address");
    const rules = chain[4]!.getRange().conditionalFormats;
    rules.load("items/type");
    expect(() => chain[3]!.isNullObject).toThrow(/PropertyNotLoaded/);
    await excel.context.sync(); // loads on null objects are no error: they come back empty
    expect(chain.map((ws) => ws.isNullObject)).toEqual([false, false, false, true, true]);
    expect(chain.slice(0, 3).map((ws) => ws.name)).toEqual(["Plan", "Secret", "Notes"]);
    expect(chain[3]!.name).toBeUndefined();
    expect(used.isNullObject).toBe(true);
    expect(used.address).toBeUndefined();
    expect(rules.isNullObject).toBe(true);
    expect(() => rules.items).toThrow(/PropertyNotLoaded/);
  });

  test("visibleOnly skips hidden sheets; getNext past the last sheet fails the batch", async () => {
    const excel = new FakeExcel([{ name: "Hidden", visibility: "Hidden" }, { name: "Plan" }]);
    const first = excel.context.workbook.worksheets.getFirst(true);
    first.load("name");
    await excel.context.sync();
    expect(first.name).toBe("Plan");
    first.getNext().load("name");
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("refuses a response over 5 MB, as Excel on the web does", async () => {
    const excel = new FakeExcel([{ name: "Big", rows: Array.from({ length: 3_000 }, () => ["x".repeat(2_000)]) }]);
    excel.context.workbook.worksheets.getItem("Big").getRange("A1:A3000").load("values");
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});
