import { matchLabel, matchRating, type RatingRead } from "./match-rating";
import type { RatingScheme } from "./scheme";

/**
 * A rating and a date in one cell, either order: "Blue – Oct 2019", "Complete (Jan 2020)",
 * "March 2020 - Green", "Q2 2020/21 Amber". The rating is the longest run of up to four
 * words at the start or the end that the scheme reads; the date is what is left, without
 * separators and brackets. With no rating in the cell, the whole text is the date.
 * Example: splitRatingAndDate(RAG, "March 2020 - Green") → { rating: exact Green, date: "March 2020" }.
 */
export function splitRatingAndDate(scheme: RatingScheme, text: string): { rating: RatingRead; date: string } {
  const trimmed = text.trim();
  if (!trimmed) return { rating: { kind: "blank" }, date: "" };
  const whole = matchRating(scheme, trimmed);
  const words = trimmed.split(/\s+/);
  const found = labelAt(scheme, words, "start") ?? labelAt(scheme, words, "end");
  if (!found) return { rating: { kind: "blank" }, date: trimmed };
  const date = tidy(found.rest);
  if (!date) return { rating: whole, date: "" };
  const { read } = found;
  if (read.kind === "exact") return { rating: { kind: "exact", rating: read.rating, text }, date };
  if (read.kind === "normalised")
    return { rating: { kind: "normalised", rating: read.rating, text, canonical: found.at === "start" ? read.rating.label + found.spaced.slice(found.label.length) : found.spaced.slice(0, found.spaced.length - found.label.length) + read.rating.label }, date };
  return { rating: { kind: "blank" }, date };
}

const SEPARATOR = /^[-–—:,;/(]+$/;
/** The date part without the separators and brackets around it: "(Jan 2020)" → "Jan 2020". */
const tidy = (words: string[]) => words.join(" ").replace(/^[\s\-–—:,;/(]+|[\s\-–—:,;/)]+$/g, "").trim();

function labelAt(scheme: RatingScheme, words: string[], at: "start" | "end") {
  for (let k = Math.min(4, words.length); k >= 1; k--) {
    const part = at === "start" ? words.slice(0, k) : words.slice(words.length - k);
    const rest = at === "start" ? words.slice(k) : words.slice(0, words.length - k);
    const label = part.join(" ").replace(/^[\s\-–—:,;(]+|[\s\-–—:,;)]+$/g, "");
    if (!label || SEPARATOR.test(label)) continue;
    const read = matchLabel(scheme, label);
    if (!read || (read.kind !== "exact" && read.kind !== "normalised")) continue;
    // The fixed text keeps the writer's date, separator and brackets: only the label changes.
    return { read, rest, at, label, spaced: words.join(" ") };
  }
  return null;
}
