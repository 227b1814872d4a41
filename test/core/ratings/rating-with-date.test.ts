import { splitRatingAndDate } from "../../../src/core/ratings/rating-with-date";
import { BRAG, DCA, RAG, RAG5, type RatingScheme } from "../../../src/core/ratings/scheme";

const split = (scheme: RatingScheme, text: string) => {
  const { rating, date } = splitRatingAndDate(scheme, text);
  return [rating.kind === "exact" || rating.kind === "normalised" ? `${rating.kind} ${rating.rating.label}` : rating.kind, date];
};

describe("a rating and a date in one cell", () => {
  it.each([
    [RAG, "March 2020 - Green", "exact Green", "March 2020"],
    [RAG, "Q2 2020/21 Amber", "exact Amber", "Q2 2020/21"],
    [RAG, "Complete (Jan 2020)", "exact Complete", "Jan 2020"],
    [BRAG, "Blue – Oct 2019", "exact Blue", "Oct 2019"],
    [RAG, "31/03/2021 Red", "exact Red", "31/03/2021"],
    [RAG, "Sept 2021: amber", "normalised Amber", "Sept 2021"],
    [DCA, "Amber-Green - Sept 2021", "exact Amber/Green", "Sept 2021"],
    [DCA, "June 2021 Amber/Red", "exact Amber/Red", "June 2021"],
    [RAG5, "Light Green (Nov 2019)", "exact Light Green", "Nov 2019"],
    [RAG, "🟢 March 2020", "exact Green", "March 2020"],
    [RAG, "Green", "exact Green", ""],
    [RAG, "March 2020", "blank", "March 2020"],
    [RAG, "TBC", "blank", "TBC"],
  ])("%# %p", (scheme, text, rating, date) => expect(split(scheme as RatingScheme, text as string)).toEqual([rating, date]));

  it("a fix changes only the label, keeping the writer's date and separator", () => {
    expect(splitRatingAndDate(RAG, "Sept 2021: amber").rating).toMatchObject({ canonical: "Sept 2021: Amber" });
    expect(splitRatingAndDate(RAG, "amber (Dec 2020)").rating).toMatchObject({ canonical: "Amber (Dec 2020)" });
    expect(splitRatingAndDate(DCA, "Amber Green - Sept 2021").rating).toMatchObject({ canonical: "Amber/Green - Sept 2021" });
  });
});
