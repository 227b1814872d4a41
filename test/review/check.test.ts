import { checkSnapshot } from "../../src/review/check";
import { MemoryWorkbook } from "../../src/workbook/memory";

describe("checkSnapshot", () => {
  test("finds the sheet named on the command line as Excel does, ignoring case (`--sheet wsoa` finds WSOA)", async () => {
    const wb = MemoryWorkbook.fromRows([{ name: "Cover", rows: [["Notes"]] }, { name: "WSOA", rows: [["Ref", "Action", "RAG"], ["1.1", "Recruit", "Red"]] }]);
    const resolved = checkSnapshot(await wb.read(), { today: "2025-01-31", sheet: "wsoa" });
    expect(resolved.report.sheet).toBe("WSOA");
    expect(resolved.report.items).toBe(1);
  });
});
