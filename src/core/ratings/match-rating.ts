import type { Rating, RatingScheme } from "./scheme";

/** What a rating cell says, read against a scheme. */
export type RatingRead =
  | { kind: "blank" }
  /** Written exactly as the scheme spells it (a date after it is allowed: "Blue – Sept 2019"). */
  | { kind: "exact"; rating: Rating; text: string }
  /** Means a rating but is spelt otherwise (`amber `, `G`, `complete`): `canonical` is the fixed text. */
  | { kind: "normalised"; rating: Rating; text: string; canonical: string }
  | { kind: "unknown"; text: string };

/** Comparison key: case, spaces and punctuation ignored. "Light-green " → "lightgreen". */
export function ratingKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** A trailing date or note after the label in "BRAG + date" columns: "– Sept 2019", "(Nov 2019)". */
const SUFFIX = /^(?<label>[A-Za-z][A-Za-z .'-]*?)\s*(?:[-–—:,;/(]\s*|\s+)(?<rest>(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]|spring|summer|autumn|w\/c|as at|since|from|\().*)$/i;

/** Written as the label, or as the label in capitals (councils often write RED, LIGHT GREEN). */
function spelledAsLabel(written: string, label: string): boolean {
  return written === label || written === label.toUpperCase();
}

function lookup(scheme: RatingScheme, key: string): { rating: Rating; viaAlias: boolean } | null {
  for (const rating of scheme.ratings) if (ratingKey(rating.label) === key) return { rating, viaAlias: false };
  for (const rating of scheme.ratings) if (rating.aliases.some((a) => ratingKey(a) === key)) return { rating, viaAlias: true };
  return null;
}

/**
 * Read a rating cell against a scheme.
 * Example: matchRating(RAG, "amber ") → { kind: "normalised", canonical: "Amber", … }.
 */
export function matchRating(scheme: RatingScheme, raw: unknown): RatingRead {
  if (raw === null || raw === undefined) return { kind: "blank" };
  const text = String(raw);
  const trimmed = text.trim();
  if (!trimmed) return { kind: "blank" };
  const whole = lookup(scheme, ratingKey(trimmed));
  if (whole) {
    return spelledAsLabel(trimmed, whole.rating.label) && trimmed === text
      ? { kind: "exact", rating: whole.rating, text }
      : { kind: "normalised", rating: whole.rating, text, canonical: whole.rating.label };
  }
  const m = SUFFIX.exec(trimmed);
  const label = m?.groups?.label;
  if (label) {
    const found = lookup(scheme, ratingKey(label));
    if (found) {
      const canonical = found.rating.label + trimmed.slice(label.length);
      return spelledAsLabel(label, found.rating.label) && trimmed === text
        ? { kind: "exact", rating: found.rating, text }
        : { kind: "normalised", rating: found.rating, text, canonical };
    }
  }
  return { kind: "unknown", text };
}
