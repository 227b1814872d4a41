import { detectScheme } from "../../../src/core/ratings/detect-scheme";
import { matchRating } from "../../../src/core/ratings/match-rating";
import { BRAG, BUILT_IN_SCHEMES, DCA, RAG, RAG5, STATUS, type RatingScheme } from "../../../src/core/ratings/scheme";
import { contrastRatio } from "../../../src/core/ratings/contrast";
import { scoreHeader } from "../../../src/core/header";
import { ratingCondition } from "../../../src/core/specs/format-spec";

const read = (scheme: RatingScheme, text: string) => {
  const r = matchRating(scheme, text);
  return r.kind === "exact" || r.kind === "normalised" ? `${r.kind} ${r.rating.label}` : r.kind;
};

describe("status words", () => {
  it.each([
    ["Not started", "exact Not started"],
    ["Not Started", "exact Not started"],
    ["Delayed", "exact Off track"],
    ["Off track", "exact Off track"],
    ["OFF TRACK", "exact Off track"],
    ["At risk", "exact At risk"],
    ["In progress", "exact In progress"],
    ["In Progress", "exact In progress"],
    ["On track", "exact On track"],
    ["Complete", "exact Complete"],
    ["Completed", "normalised Complete"],
    ["Done", "normalised Complete"],
    ["Closed", "normalised Complete"],
    ["in progress ", "normalised In progress"],
  ])("reads %p as %s", (text, expected) => expect(read(STATUS, text)).toBe(expected));

  it("orders worst to best with Complete the only complete rating and On track the only on-track one", () => {
    expect(STATUS.ratings.map((r) => r.label)).toEqual(["Not started", "Off track", "At risk", "In progress", "On track", "Complete"]);
    expect(STATUS.ratings.filter((r) => r.complete).map((r) => r.label)).toEqual(["Complete"]);
    expect(STATUS.ratings.filter((r) => r.onTrack).map((r) => r.label)).toEqual(["On track"]);
    expect(STATUS.ratings.map((r) => r.rank)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("is detected from the words in use, where BRAG read only some of them", () => {
    const words = ["Not started", "In progress", "On track", "At risk", "Delayed", "Off track", "Complete", "In progress"];
    expect(detectScheme(words).id).toBe("status");
    expect(words.every((w) => read(STATUS, w).startsWith("exact"))).toBe(true);
    expect(read(BRAG, "Delayed")).toBe("unknown");
  });
});

describe("delivery confidence (dca)", () => {
  it.each([
    ["Amber/Green", "exact Amber/Green"],
    ["Amber-Green", "exact Amber/Green"],
    ["Amber / Green", "exact Amber/Green"],
    ["AMBER/RED", "exact Amber/Red"],
    ["Amber - Red", "exact Amber/Red"],
    ["Amber Green", "normalised Amber/Green"],
    ["A/G", "normalised Amber/Green"],
    ["AG", "normalised Amber/Green"],
    ["A/R", "normalised Amber/Red"],
    ["Red/Amber", "normalised Amber/Red"],
    ["Green", "exact Green"],
    ["Red", "exact Red"],
    ["Amber", "exact Amber"],
    ["Complete", "exact Complete"],
  ])("reads %p as %s", (text, expected) => expect(read(DCA, text)).toBe(expected));

  it("is detected from two-colour ratings, and plain RAG plans stay RAG", () => {
    expect(detectScheme(["Green", "Amber/Green", "Amber", "Amber/Red", "Red"]).id).toBe("dca");
    expect(detectScheme(["Green", "Amber-Green", "Amber"]).id).toBe("dca");
    expect(detectScheme(["Green", "A/G", "A/R", "Red"]).id).toBe("dca");
    expect(detectScheme(["Red", "Amber", "Green", "Complete"]).id).toBe("rag");
    expect(detectScheme(["Blue", "Green", "Amber", "Red"]).id).toBe("brag");
  });
});

describe("symbols and emoji", () => {
  it.each([
    [RAG, "🔴", "exact Red"], [RAG, "🟢", "exact Green"], [RAG, "🟠", "exact Amber"], [RAG, "🟡", "exact Amber"], [RAG, "✅", "exact Complete"], [RAG, "🔵", "exact Complete"],
    [BRAG, "🔵", "exact Blue"], [BRAG, "✔️", "exact Blue"], [BRAG, "🟩", "exact Green"],
    [RAG5, "✅", "exact Completed"], [RAG5, "⚫", "exact Completed"], [RAG5, "🔴", "exact Red"],
    [STATUS, "⚪", "exact Not started"], [STATUS, "🔴", "exact Off track"], [STATUS, "🟠", "exact At risk"], [STATUS, "🟡", "exact In progress"], [STATUS, "🟢", "exact On track"], [STATUS, "✅", "exact Complete"],
    [DCA, "🟠", "exact Amber/Red"], [DCA, "🟡", "exact Amber"], [DCA, "🟢", "exact Green"], [DCA, "✅", "exact Complete"],
    [RAG, "🟢 Green", "normalised Green"],
    [RAG, "🟣", "unknown"],
    [RAG, "⚪", "blank"], [BRAG, "⚫", "blank"], [DCA, "⬜", "blank"],
  ])("%# %s reads %p as %s", (scheme, text, expected) => expect(read(scheme as RatingScheme, text as string)).toBe(expected));

  it("emoji-only plans keep the simplest scheme that reads them", () => {
    expect(detectScheme(["🔴", "🟢", "✅", "🟠"]).id).toBe("rag");
    expect(detectScheme(["⚪", "🟡", "🟢", "✅"]).id).toBe("status");
  });
});

describe("every built-in scheme", () => {
  it("has readable text on every fill and no spelling shared by two ratings", () => {
    for (const scheme of Object.values(BUILT_IN_SCHEMES)) {
      for (const r of scheme.ratings) expect(contrastRatio(r.fill, r.font)).toBeGreaterThanOrEqual(4.5);
      const seen = new Map<string, string>();
      for (const r of scheme.ratings)
        for (const s of [r.label, ...(r.also ?? []), ...r.aliases]) {
          const hit = matchRating(scheme, s);
          expect([scheme.id, s, hit.kind !== "unknown" && hit.kind !== "blank" ? hit.rating.label : null]).toEqual([scheme.id, s, r.label]);
          seen.set(s, r.label);
        }
    }
  });
});

describe("rating headings", () => {
  it.each(["DCA", "Delivery confidence", "Delivery Confidence Assessment", "Status", "Progress status"])("%p names the rating column", (text) => {
    expect(scoreHeader(text, "status")).toBeGreaterThan(20);
    expect(scoreHeader(text, "progress")).toBeLessThan(scoreHeader(text, "status"));
  });
});

describe("rating rules for the new schemes", () => {
  it("match two-colour ratings however they are separated, and leave symbols to their own colour", () => {
    const amberGreen = ratingCondition("$F2", DCA.ratings[3]!, false);
    // Excel's key drops spaces, hyphens and dots but keeps "/": both forms are tested.
    expect(amberGreen).toContain('="AMBER/GREEN"');
    expect(amberGreen).toContain('="AMBERGREEN"');
    expect(amberGreen).toContain('="A/G"');
    expect(ratingCondition("$F2", STATUS.ratings[1]!, false)).toContain('="DELAYED"');
    expect(ratingCondition("$F2", RAG.ratings[0]!, false)).not.toContain("🔴");
  });
});
