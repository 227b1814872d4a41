import { inferPolarity, overrideFor } from "../../../src/core/kpi/polarity";

describe("inferPolarity", () => {
  it("reads the direction from baseline → targets", () => {
    expect(inferPolarity("Reduce waiting times for completing autism assessment", [21, 18, 16, 14])).toEqual({ polarity: "lower", source: "targets" });
    expect(inferPolarity("% Annual Reviews completed on time", [38, 50, 75, 90])).toEqual({ polarity: "higher", source: "targets" });
    // The trajectory wins over the words: a "waiting" KPI whose targets rise is a rising KPI.
    expect(inferPolarity("% seen within 6 weeks of waiting list entry", [40, 60, 80])).toEqual({ polarity: "higher", source: "targets" });
  });

  it("falls back to words when the targets are flat, then to higher (both reported as guesses)", () => {
    expect(inferPolarity("Number of fixed-term suspensions", [120, 120])).toEqual({ polarity: "lower", source: "words" });
    expect(inferPolarity("Fewer children waiting for an assessment", [])).toEqual({ polarity: "lower", source: "words" });
    expect(inferPolarity("% EHC needs assessments completed within 20 weeks", [85, 85, 85, 85])).toEqual({ polarity: "higher", source: "default" });
  });

  it("takes the config's word over both", () => {
    const overrides = { "autism assessment": "higher" as const, "EHC needs   assessments": "lower" as const };
    expect(inferPolarity("Reduce waiting times for completing autism assessment", [21, 14], overrides)).toEqual({ polarity: "higher", source: "config" });
    expect(overrideFor("% EHC needs assessments completed within 20 weeks", overrides)).toBe("lower");
    expect(overrideFor("Something else", overrides)).toBeNull();
  });
});
