import { readKpiValue } from "../../../src/core/kpi/value";

const num = (text: string) => {
  const v = readKpiValue(text);
  if (v.kind !== "number") throw new Error(`${text} read as ${v.kind}`);
  return [v.value, v.unit, v.note];
};

describe("readKpiValue", () => {
  it("reads numbers, percentages and rates as people type them", () => {
    expect(num("45%")).toEqual([45, "%", null]);
    expect(num("28.92")).toEqual([28.92, "number", null]);
    expect(num("85 %")).toEqual([85, "%", null]);
    expect(num("21 months")).toEqual([21, "months", null]);
    expect(num("1 month")).toEqual([1, "months", null]);
    expect(num("3.4 per 1,000")).toEqual([3.4, "per 1,000", null]);
    expect(num("1,234")).toEqual([1234, "number", null]);
    expect(num(">85%")).toEqual([85, "%", null]);
  });

  it("keeps a bracketed annotation as a note", () => {
    expect(num("10.9% (academic year 21/22)")).toEqual([10.9, "%", "academic year 21/22"]);
    expect(num("12.1% (academic year 22/23)")).toEqual([12.1, "%", "academic year 22/23"]);
    expect(num("18.59 (England average 21/22)")).toEqual([18.59, "number", "England average 21/22"]);
    expect(num("1.23% (projected end of year)")).toEqual([1.23, "%", "projected end of year"]);
    expect(num("67% (41 out of 61)")).toEqual([67, "%", "41 out of 61"]);
  });

  it("reads words that mean 'no figure yet' as no value, not as an error", () => {
    for (const t of ["Baseline established", "Baseline Established", "Baseline to be established", "TBC", "tbc", "N/A", "-", "Not yet available", ""])
      expect(readKpiValue(t).kind).toBe("none");
    expect(readKpiValue(null).kind).toBe("none");
  });

  it("reads real numbers, a percentage-formatted number as a percentage", () => {
    expect(readKpiValue(0.85, "0%")).toMatchObject({ kind: "number", value: 85, unit: "%" });
    expect(readKpiValue(0.123, "0.0%")).toMatchObject({ kind: "number", value: 12.3, unit: "%" });
    expect(readKpiValue(28.92, "General")).toMatchObject({ kind: "number", value: 28.92, unit: "number" });
  });

  it("calls anything else unreadable, quoting it", () => {
    expect(readKpiValue("good")).toEqual({ kind: "unreadable", text: "good" });
    expect(readKpiValue("45% of 60")).toEqual({ kind: "unreadable", text: "45% of 60" });
    expect(readKpiValue(new Date(Date.UTC(2023, 2, 31)))).toEqual({ kind: "unreadable", text: "2023-03-31" });
  });
});
