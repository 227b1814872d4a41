import type { Grid } from "../../../src/core/grid";
import type { ExcelContext, WorksheetApi } from "../../../src/workbook/office-js/excel-api";
import { readRatingFills } from "../../../src/workbook/office-js/fills";
import { FEATURES } from "../../../src/workbook/office-js/requirements";
import { grid } from "../../helpers/grid";

/**
 * Range.getCellProperties as Microsoft documents it: the result's `value` is readable only
 * after the request is synced, one object per cell; "no fill" is #FFFFFF with pattern None.
 */
function stubExcel(colours: Record<string, { color: string; pattern: string }[]>, withMethod = true) {
  const asked: string[] = [];
  let synced = false;
  let syncs = 0;
  const worksheet = {
    getRange(address: string) {
      const range: Record<string, unknown> = { address };
      if (withMethod)
        range.getCellProperties = (loads: unknown) => {
          expect(loads).toEqual({ format: { fill: { color: true, pattern: true } } });
          asked.push(address);
          return {
            get value() {
              if (!synced) throw new Error("PropertyNotLoaded: call context.sync() first");
              return (colours[address] ?? []).map((fill) => [{ format: { fill } }]);
            },
          };
        };
      return range;
    },
  } as unknown as WorksheetApi;
  const context = { workbook: {}, sync: async () => { syncs++; synced = true; } } as unknown as ExcelContext;
  return { worksheet, context, asked, syncs: () => syncs };
}

const colourOnly = (): Grid => grid([
  "Ref | Action | Deadline | RAG",
  "1 | Recruit staff | 2023-01-31 |",
  "2 | Train staff | 2023-02-28 |",
  "3 | Audit plans | 2023-03-31 | Amber",
]);

const NONE = { color: "#FFFFFF", pattern: "None" };

describe("Office.js: fills of the rating column", () => {
  it("asks for the rating column's item rows only, in one request, and fills the grid", async () => {
    const excel = stubExcel({ "D2:D4": [{ color: "#ff0000", pattern: "Solid" }, NONE, { color: "#FFC000", pattern: "Solid" }] });
    const g = colourOnly();
    await readRatingFills(excel.context, [{ worksheet: excel.worksheet, name: "Plan", grid: g }], true);
    expect(excel.asked).toEqual(["D2:D4"]);
    expect(excel.syncs()).toBe(1);
    expect(g.fills?.[1]?.[3]).toBe("#FF0000");
    expect(g.fills?.[2]?.[3]).toBeNull();
    expect(g.fills?.[3]?.[3]).toBe("#FFC000");
  });

  it("costs no request when every item has a word, or Excel is older than ExcelApi 1.9", async () => {
    const worded = grid(["Ref | Action | RAG", "1 | Recruit | Red", "2 | Train | Green"]);
    const excel = stubExcel({});
    await readRatingFills(excel.context, [{ worksheet: excel.worksheet, name: "Plan", grid: worded }], true);
    await readRatingFills(excel.context, [{ worksheet: excel.worksheet, name: "Plan", grid: colourOnly() }], false);
    await readRatingFills(excel.context, [{ worksheet: stubExcel({}, false).worksheet, name: "Plan", grid: colourOnly() }], true);
    expect(excel.syncs()).toBe(0);
    expect(FEATURES.cellFills.set).toBe("1.9");
    expect(FEATURES.cellFills.missing).toContain("count as Not rated");
  });
});
