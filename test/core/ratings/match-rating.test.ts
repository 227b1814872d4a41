import { detectScheme } from "../../../src/core/ratings/detect-scheme";
import { matchRating } from "../../../src/core/ratings/match-rating";
import { BRAG, RAG, RAG5 } from "../../../src/core/ratings/scheme";
import { contrastRatio } from "../../../src/core/ratings/contrast";

describe("matchRating", () => {
  it.each([
    [RAG, "Amber", "exact", "Amber"],
    [RAG, "amber ", "normalised", "Amber"],
    [RAG, "G", "normalised", "Green"],
    [RAG, "complete", "normalised", "Complete"],
    [RAG, "Completed", "normalised", "Complete"],
    [RAG5, "LIGHT GREEN", "exact", "Light Green"],
    [RAG5, "Dark green", "normalised", "Dark Green"],
    [RAG, "amber", "normalised", "Amber"],
    [RAG5, "Green", "normalised", "Dark Green"],
    [RAG5, "Completed", "exact", "Completed"],
    [BRAG, "Blue", "exact", "Blue"],
    [BRAG, "Blue – Sept 2019", "exact", "Blue"],
    [BRAG, "green Nov 2019", "normalised", "Green"],
  ])("%# reads %p as %s %s", (scheme, text, kind, label) => {
    const r = matchRating(scheme, text);
    expect(r.kind).toBe(kind);
    expect(r.kind === "exact" || r.kind === "normalised" ? r.rating.label : null).toBe(label);
  });

  it("offers the canonical text, keeping a date after the label", () => {
    expect(matchRating(BRAG, "green Nov 2019")).toMatchObject({ canonical: "Green Nov 2019" });
    expect(matchRating(RAG, "amber ")).toMatchObject({ canonical: "Amber" });
  });

  it("reports labels from no scheme as unknown, and blanks as blank", () => {
    expect(matchRating(RAG, "Purple")).toEqual({ kind: "unknown", text: "Purple" });
    expect(matchRating(RAG, "Sept 2019").kind).toBe("unknown");
    expect(matchRating(RAG, "   ").kind).toBe("blank");
    expect(matchRating(RAG, null).kind).toBe("blank");
  });
});

describe("detectScheme", () => {
  it("chooses from the labels in use", () => {
    expect(detectScheme(["Blue", "Green", "Amber", "Red"]).id).toBe("brag");
    expect(detectScheme(["RED", "LIGHT GREEN", "Dark green", "Amber"]).id).toBe("rag5");
    expect(detectScheme(["Red", "Amber", "Green", "Complete"]).id).toBe("rag");
    expect(detectScheme([]).id).toBe("rag");
  });
});

describe("scheme colours", () => {
  it.each([RAG, BRAG, RAG5].flatMap((s) => s.ratings.map((r) => [s.id, r.label, r.fill, r.font] as const)))(
    "%s %s text is readable on its fill (at least 4.5:1)",
    (_s, _l, fill, font) => expect(contrastRatio(fill, font)).toBeGreaterThanOrEqual(4.5),
  );
});
