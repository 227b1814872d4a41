import { matchItems, type ItemIdentity } from "../../../src/core/compare";
import { similarity, words } from "../../../src/core/compare/text-similarity";

const item = (ref: string | null, text: string): ItemIdentity => ({ ref, text });

/** The pairs as "before text → after text", so a failure reads as the plan does. */
function paired(before: ItemIdentity[], after: ItemIdentity[]) {
  const m = matchItems(before, after);
  return {
    pairs: m.pairs.map((p) => `${before[p.before]!.text} → ${after[p.after]!.text} (${p.how})`),
    added: m.added.map((j) => after[j]!.text),
    removed: m.removed.map((i) => before[i]!.text),
  };
}

const BEFORE = [
  item("1.1", "Review current staffing structure and caseloads"),
  item("1.1", "Develop new staffing structure and job descriptions"),
  item("1.1", "Consultation with current staff on proposed changes"),
  item("1.2", "Hold joint workshop"),
  item("1.2", "Co-produce communication protocol with parent carers"),
  item("2.1", "Publish the annual SEND report"),
];

describe("matchItems", () => {
  it("pairs an unchanged plan exactly, item for item", () => {
    expect(paired(BEFORE, BEFORE).pairs).toEqual(BEFORE.map((i) => `${i.text} → ${i.text} (exact)`));
  });

  it("survives inserted, moved, deleted and re-worded rows, and says which matched", () => {
    const after = [
      item("2.1", "Publish the annual SEND report"), // moved to the top
      item("1.1", "Review current staffing structure and caseloads"),
      item("1.1", "Recruit two new case officers"), // inserted
      item("1.1", "Develop new staffing structure, job descriptions and grading"), // re-worded
      // "Consultation with current staff…" deleted
      item("1.2", "Hold joint LA/CCG workshop for SEND professionals"), // gained a few words
      item("1.2", "Co-produce communication protocol with parent carers"),
    ];
    expect(paired(BEFORE, after)).toEqual({
      pairs: [
        "Publish the annual SEND report → Publish the annual SEND report (exact)",
        "Review current staffing structure and caseloads → Review current staffing structure and caseloads (exact)",
        "Develop new staffing structure and job descriptions → Develop new staffing structure, job descriptions and grading (similar)",
        "Hold joint workshop → Hold joint LA/CCG workshop for SEND professionals (similar)",
        "Co-produce communication protocol with parent carers → Co-produce communication protocol with parent carers (exact)",
      ],
      added: ["Recruit two new case officers"],
      removed: ["Consultation with current staff on proposed changes"],
    });
  });

  it("never pairs by row alone: a different milestone in the same row is added, the old one removed", () => {
    const after = [...BEFORE];
    after[2] = item("1.1", "Appoint the Head of Service");
    const r = paired(BEFORE, after);
    expect(r.added).toEqual(["Appoint the Head of Service"]);
    expect(r.removed).toEqual(["Consultation with current staff on proposed changes"]);
  });

  it("follows a renumbered item with the same words, but not a merely similar one under another ref", () => {
    const r = paired([item("4.1", "Publish the annual SEND report"), item("4.2", "Review the Local Offer website")], [item("5.1", "Publish the annual SEND report"), item("5.2", "Review the Local Offer pages")]);
    expect(r.pairs).toEqual(["Publish the annual SEND report → Publish the annual SEND report (similar)"]);
    expect(r.added).toEqual(["Review the Local Offer pages"]);
  });

  it("pairs duplicates in order, and matches milestones of plans with no refs by words", () => {
    const twice = [item(null, "Quarterly review"), item(null, "Quarterly review")];
    expect(matchItems(twice, twice).pairs.map((p) => [p.before, p.after])).toEqual([[0, 0], [1, 1]]);
    const r = paired([item(null, "Co-produce the local offer"), item(null, "Train all staff")], [item(null, "Train all staff in EHC plan writing"), item(null, "Co-produce the local offer")]);
    expect(r.pairs).toHaveLength(2);
  });

  it("in a big plan whose items share many words, still pairs each re-worded item with its own", () => {
    const places = ["Hounslow", "Feltham", "Chiswick", "Brentford", "Isleworth", "Heston", "Cranford", "Bedfont", "Hanworth", "Osterley"];
    const before = Array.from({ length: 300 }, (_, n) => item(`${Math.floor(n / 10) + 1}.${n % 10}`, `Review SEND provision and annual reviews in ${places[n % 10]} school ${n} with parent carers`));
    const after = before.map((b) => ({ ref: b.ref, text: b.text.replace("Review", "Audit and review").replace(" with parent carers", "") }));
    const m = matchItems(before, after);
    expect(m.pairs.every((p) => p.before === p.after)).toBe(true);
    expect([m.pairs.length, m.added.length, m.removed.length]).toEqual([300, 0, 0]);
  });

  it("does not pair two milestones that only share their first words", () => {
    expect(paired([item("1.1", "Develop new staffing structure")], [item("1.1", "Develop new training plan")]).pairs).toEqual([]);
  });
});

describe("similarity", () => {
  it("keeps a text that gained words high, and unrelated texts at zero", () => {
    expect(similarity(words("Hold joint workshop"), words("Hold joint LA/CCG workshop for SEND professionals"))).toBeGreaterThanOrEqual(0.6);
    expect(similarity(words("Publish report"), words("Train staff"))).toBe(0);
    expect(words("Review the plans and the Reviews")).toEqual(new Set(["review", "plan"]));
  });
});
