import { inferPolarity, overrideFor } from "../../../src/core/kpi/polarity";

describe("inferPolarity", () => {
  it("reads the direction from baseline → targets", () => {
    expect(inferPolarity("Reduce waiting times for completing autism assessment", { baseline: null, targets: [21, 18, 16, 14] })).toEqual({ polarity: "lower", source: "targets" });
    expect(inferPolarity("% Annual Reviews completed on time", { baseline: 38, targets: [50, 75, 90] })).toEqual({ polarity: "higher", source: "targets" });
    // The trajectory wins over the words: a "waiting" KPI whose targets rise is a rising KPI.
    expect(inferPolarity("% seen within 6 weeks of waiting list entry", { baseline: null, targets: [40, 60, 80] })).toEqual({ polarity: "higher", source: "targets" });
    // One target: the baseline gives the direction.
    expect(inferPolarity("Persistent absence rate", { baseline: 28.92, targets: [18.59] })).toEqual({ polarity: "lower", source: "words" });
    expect(inferPolarity("% plans audited good", { baseline: 40, targets: [80] })).toEqual({ polarity: "higher", source: "targets" });
    expect(inferPolarity("Average score", { baseline: 40, targets: [20] })).toEqual({ polarity: "lower", source: "targets" });
  });

  it("falls back to words when the targets are flat, then to higher (both reported as guesses)", () => {
    expect(inferPolarity("Number of fixed-term suspensions", { baseline: null, targets: [120, 120] })).toEqual({ polarity: "lower", source: "words" });
    expect(inferPolarity("Fewer children waiting for an assessment", { baseline: null, targets: [] })).toEqual({ polarity: "lower", source: "words" });
    // A held level above a higher baseline is not "lower is better".
    expect(inferPolarity("% EHC needs assessments completed within 20 weeks", { baseline: 92, targets: [85, 85, 85, 85] })).toEqual({ polarity: "higher", source: "default" });
  });

  it("takes the config's word over both", () => {
    const overrides = { "autism assessment": "higher" as const, "EHC needs   assessments": "lower" as const };
    expect(inferPolarity("Reduce waiting times for completing autism assessment", { baseline: null, targets: [21, 14] }, overrides)).toEqual({ polarity: "higher", source: "config" });
    expect(overrideFor("% EHC needs assessments completed within 20 weeks", overrides)).toBe("lower");
    expect(overrideFor("Something else", overrides)).toBeNull();
  });
});
