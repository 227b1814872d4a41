import { colourDistance, deltaE2000 } from "../../../src/core/ratings/colour";
import { COLOUR_THRESHOLD, readColour } from "../../../src/core/ratings/colour-rating";
import { withFill } from "../../../src/core/ratings/rating-cell";
import { matchRating } from "../../../src/core/ratings/match-rating";
import { BRAG, DCA, RAG, RAG5, STATUS, type RatingScheme } from "../../../src/core/ratings/scheme";

describe("CIEDE2000", () => {
  // Sharma, Wu & Dalal (2005), test data pairs 1, 3, 7, 17 and 34.
  it.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 2.8361, -74.02], [50, 0, -82.7485], 3.4412],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
  ])("%# matches the published difference", (p, q, expected) => {
    const lab = (v: number[]) => ({ L: v[0]!, a: v[1]!, b: v[2]! });
    expect(deltaE2000(lab(p), lab(q))).toBeCloseTo(expected, 4);
  });

  it("is zero for the same colour and symmetric", () => {
    expect(colourDistance("#C00000", "#C00000")).toBe(0);
    expect(colourDistance("#FF0000", "#00B050")).toBeCloseTo(colourDistance("#00B050", "#FF0000"), 10);
  });
});

const label = (scheme: RatingScheme, fill: string) => {
  const r = readColour(scheme, fill);
  return r.kind === "rating" ? r.rating.label : r.kind;
};

describe("reading a rating from a fill", () => {
  it.each([
    [RAG, "#FF0000", "Red"], [RAG, "#C00000", "Red"], [RAG, "#FFC000", "Amber"], [RAG, "#FFFF00", "Amber"], [RAG, "#00B050", "Green"], [RAG, "#92D050", "Green"],
    [RAG, "#0070C0", "Complete"], [RAG, "#00B0F0", "Complete"], [BRAG, "#00B0F0", "Blue"], [BRAG, "#4472C4", "Blue"],
    [RAG5, "#92D050", "Light Green"], [RAG5, "#00B050", "Dark Green"], [RAG5, "#404040", "Completed"],
    [STATUS, "#BFBFBF", "Not started"], [STATUS, "#FFFF00", "In progress"], [STATUS, "#FFC000", "At risk"], [STATUS, "#00B050", "On track"], [STATUS, "#0070C0", "Complete"],
    [DCA, "#ED7D31", "Amber/Red"], [DCA, "#92D050", "Amber/Green"], [DCA, "#00B050", "Green"],
    // Excel's Good / Bad / Neutral cell styles
    [RAG, "#FFC7CE", "Red"], [RAG, "#FFEB9C", "Amber"], [RAG, "#C6EFCE", "Green"],
  ])("%# %s: %s reads as %s", (scheme, fill, expected) => expect(label(scheme as RatingScheme, fill as string)).toBe(expected));

  it("ignores white and pale banding, and reports a colour near no rating", () => {
    for (const pale of ["#FFFFFF", "#F2F2F2", "#DDEBF7", "#FCE4D6", "#E2EFDA"]) expect(label(RAG, pale)).toBe("none");
    const purple = readColour(RAG, "#7030A0");
    expect(purple).toMatchObject({ kind: "unmatched", fill: "#7030A0" });
    expect(purple.kind === "unmatched" && purple.deltaE).toBeGreaterThan(COLOUR_THRESHOLD);
  });

  it("counts a blank cell by its fill, and notes a word its fill contradicts", () => {
    expect(withFill(RAG, matchRating(RAG, ""), "#FF0000")).toMatchObject({ kind: "normalised", rating: { label: "Red" }, text: "", canonical: "Red", byColour: { fill: "#FF0000" } });
    expect(withFill(RAG, matchRating(RAG, ""), "#7030A0")).toMatchObject({ kind: "blank", unmatchedFill: { fill: "#7030A0" } });
    expect(withFill(RAG, matchRating(RAG, "Green"), "#FF0000")).toMatchObject({ kind: "exact", rating: { label: "Green" }, contradictingFill: { fill: "#FF0000", nearest: { label: "Red" } } });
    expect(withFill(RAG, matchRating(RAG, "Green"), "#92D050")).not.toHaveProperty("contradictingFill");
    expect(withFill(RAG, matchRating(RAG, "Green"), null)).toEqual(matchRating(RAG, "Green"));
  });
});
