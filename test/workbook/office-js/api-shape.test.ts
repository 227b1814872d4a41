import type { ExcelContext } from "../../../src/workbook/office-js/excel-api";

// Compile-time check (tsc --noEmit): Excel's own RequestContext must fit the adapter's interface,
// so the fake cannot drift into an API that Excel does not have.
type Fits<T extends ExcelContext> = T;
export type RealContextFits = Fits<Excel.RequestContext>;

test("the adapter's view of the Excel API is a subset of @types/office-js (checked by tsc)", () => {
  expect(true).toBe(true);
});
