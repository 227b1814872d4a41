import { OUR_TAG } from "../../../src/core/specs/types";
import { MemoryWorkbook, displayStyle, evaluateFormula } from "../../../src/workbook/memory";
import { planFormat, PLAN, stateRows } from "../../contract/fixture";

const ctx = (values: Record<string, string | number | null>, today = "2025-07-01") => ({
  cell: (r: number, c: number) => values[`${String.fromCharCode(64 + c)}${r}`] ?? null,
  offset: { rows: 0, cols: 0 },
  today,
});

describe("evaluateFormula", () => {
  test("compares text as Excel does, ignoring case", () => {
    expect(evaluateFormula('UPPER(TRIM($A1))="RED"', ctx({ A1: " red " }))).toBe(true);
    expect(evaluateFormula('$A1="RED"', ctx({ A1: "red" }))).toBe(true);
  });
  test("knows our tag, SUBSTITUTE and LEFT", () => {
    expect(evaluateFormula(`AND(${OUR_TAG},SUBSTITUTE(UPPER($A1)," ","")="LIGHTGREEN")`, ctx({ A1: "Light green" }))).toBe(true);
    expect(evaluateFormula('LEFT(UPPER($A1),4)="BLUE"', ctx({ A1: "Blue - Sept 2019" }))).toBe(true);
  });
  test("dates against TODAY()", () => {
    expect(evaluateFormula("AND(ISNUMBER($A1),$A1<TODAY())", ctx({ A1: 45658 }, "2025-07-01"))).toBe(true); // 1 Jan 2025
    expect(evaluateFormula("AND(ISNUMBER($A1),$A1<TODAY())", ctx({ A1: "March 2025" }))).toBe(false);
  });
  test("reads typed text as a number in arithmetic as Excel does; IFERROR catches #VALUE!; FIND and IF", () => {
    const figure = 'IFERROR(--LEFT($A1,FIND(" ",$A1&" ")-1),"")';
    expect(evaluateFormula(figure, ctx({ A1: "96% (national average 50.3%)" }))).toBe(0.96);
    expect(evaluateFormula(figure, ctx({ A1: "1,234 weeks" }))).toBe(1234);
    expect(evaluateFormula(figure, ctx({ A1: 0.85 }))).toBe(0.85);
    expect(evaluateFormula(figure, ctx({ A1: "Baseline established" }))).toBe("");
    expect(evaluateFormula(figure, ctx({ A1: null }))).toBe("");
    expect(evaluateFormula('IF(ISNUMBER($A1),"n","t")', ctx({ A1: "x" }))).toBe("t");
    expect(evaluateFormula('--"abc"', ctx({}))).toBeUndefined(); // an error outside IFERROR: not drawn
  });
  test("unknown functions are unsupported, not guessed", () => {
    expect(evaluateFormula("VLOOKUP($A1,B:C,2,FALSE)", ctx({}))).toBeUndefined();
  });
});

describe("displayStyle", () => {
  test("draws our rating and overdue rules as Excel would, relative to each row", async () => {
    const wb = MemoryWorkbook.fromRows([PLAN]);
    await wb.write({ format: planFormat(), stateSheet: stateRows([]) });
    const sheet = wb.sheet("Plan")!;
    expect(displayStyle(sheet, 3, 5, "2025-07-01").fill).toBe("#C00000"); // Red
    expect(displayStyle(sheet, 4, 5, "2025-07-01").fill).toBe("#FFC000"); // "amber " (normalised key)
    expect(displayStyle(sheet, 5, 5, "2025-07-01").fill).toBe("#00B050"); // Green
    expect(displayStyle(sheet, 5, 4, "2025-07-01").fill).toBe("#FFD7D7"); // 45838 = 30 Jun 2025, past
    expect(displayStyle(sheet, 5, 4, "2025-06-01").fill).toBeUndefined(); // not yet due
    expect(displayStyle(sheet, 3, 4, "2025-07-01").fill).toBeUndefined(); // text deadline: not a date
  });
});
