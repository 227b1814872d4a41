import { readColour } from "./colour-rating";
import type { RatingRead } from "./match-rating";
import type { RatingScheme } from "./scheme";

/**
 * A rating cell's word read together with its fill. With no word, the fill is the rating
 * (counted, and reported so the word can be written); a fill near no rating leaves the cell
 * unrated but noted. With a word, a fill that clearly shows another rating is noted as a
 * contradiction (the word still counts: it is what the lead typed).
 * Example: withFill(RAG, { kind: "blank" }, "#FF0000") → normalised Red, byColour ΔE 0.
 */
export function withFill(scheme: RatingScheme, read: RatingRead, fill: string | null): RatingRead {
  if (!fill || read.kind === "unknown") return read;
  const colour = readColour(scheme, fill);
  if (colour.kind === "none") return read;
  if (read.kind === "blank") {
    if (colour.kind === "rating")
      return { kind: "normalised", rating: colour.rating, text: "", canonical: colour.rating.label, byColour: { fill, nearest: colour.rating, deltaE: colour.deltaE } };
    return { kind: "blank", unmatchedFill: { fill, nearest: colour.nearest, deltaE: colour.deltaE } };
  }
  if (colour.kind === "rating" && colour.rating.label !== read.rating.label && readColour({ ...scheme, ratings: [read.rating] }, fill).kind !== "rating")
    return { ...read, contradictingFill: { fill, nearest: colour.rating, deltaE: colour.deltaE } };
  return read;
}
