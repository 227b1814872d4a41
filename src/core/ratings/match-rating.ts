import { type Rating, type RatingScheme } from "./scheme";

/** What a rating cell says, read against a scheme. */
export type RatingRead =
  /** Nothing written; `unmatchedFill` when the cell has a fill that is near no rating's colour. */
  | { kind: "blank"; unmatchedFill?: FillNote }
  /** Written exactly as the scheme spells it (a date after it is allowed: "Blue – Sept 2019"). */
  | { kind: "exact"; rating: Rating; text: string; contradictingFill?: FillNote }
  /**
   * Means a rating but is spelt otherwise (`amber `, `G`, `complete`): `canonical` is the fixed
   * text. `byColour` when nothing is written and the cell's fill shows the rating (text is "").
   */
  | { kind: "normalised"; rating: Rating; text: string; canonical: string; byColour?: FillNote; contradictingFill?: FillNote; choices?: string[] }
  | { kind: "unknown"; text: string };

/** A cell's fill as compared with the scheme: the fill, the nearest rating and its ΔE2000. */
export interface FillNote {
  fill: string;
  nearest: Rating | null;
  deltaE: number;
}

/**
 * Comparison key: case, spaces and punctuation ignored. "Light-green " → "lightgreen".
 * A cell of symbols only (🔴, ✅) keys as its symbols, without emoji variation selectors.
 */
export function ratingKey(text: string): string {
  const key = text.toLowerCase().replace(/[^a-z0-9]/g, "");
  return key || text.replace(/[\s\uFE0E\uFE0F]/g, "");
}

const NEUTRAL_SYMBOLS = new Set(["⚪", "⬜", "⚫", "⬛"]);

/** A trailing date or note after the label in "BRAG + date" columns: "– Sept 2019", "(Nov 2019)". */
const SUFFIX = /^(?<label>[A-Za-z][A-Za-z .'-]*?)\s*(?:[-–—:,;/(]\s*|\s+)(?<rest>(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]|spring|summer|autumn|w\/c|as at|since|from|\().*)$/i;

const titleCase = (s: string) => s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
/** Two-colour labels are written with any separator: "Amber-Green", "Amber / Green". */
const joined = (s: string) => s.replace(/\s*[-/–]\s*/g, "/");

/**
 * Written as the spelling, in capitals (RED, LIGHT GREEN) or in title case (Not Started):
 * councils write all three on purpose. Symbols must match exactly (variation selectors aside).
 */
function spelledAs(written: string, spelling: string): boolean {
  const w = written.replace(/[\uFE0E\uFE0F]/g, "");
  if (w === spelling || w === spelling.toUpperCase() || w === titleCase(spelling)) return true;
  return spelling.includes("/") && (joined(w) === spelling || joined(w) === spelling.toUpperCase());
}

/** The rating a key means, and whether `written` is one of its correct spellings (not an alias). */
function lookup(scheme: RatingScheme, key: string, written: string): { rating: Rating; exact: boolean } | null {
  for (const rating of scheme.ratings) {
    const correct = [rating.label, ...(rating.also ?? [])];
    const hit = correct.find((s) => ratingKey(s) === key);
    if (hit !== undefined) return { rating, exact: correct.some((s) => spelledAs(written, s)) };
  }
  for (const rating of scheme.ratings) if (rating.aliases.some((a) => ratingKey(a) === key)) return { rating, exact: false };
  return null;
}

/**
 * The cell read as a label alone (no date after it), or null.
 * Example: matchLabel(RAG, "amber ") → normalised Amber; matchLabel(RAG, "Amber Oct 2020") → null.
 */
export function matchLabel(scheme: RatingScheme, text: string): RatingRead | null {
  const trimmed = text.trim();
  const key = ratingKey(trimmed);
  const whole = trimmed ? lookup(scheme, key, trimmed) : null;
  if (!whole) return null;
  const choices = scheme.ambiguous?.find((a) => a.spellings.some((s) => ratingKey(s) === key))?.choices;
  if (choices) return { kind: "normalised", rating: whole.rating, text, canonical: whole.rating.label, choices };
  return whole.exact && trimmed === text
    ? { kind: "exact", rating: whole.rating, text }
    : { kind: "normalised", rating: whole.rating, text, canonical: whole.rating.label };
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
  const whole = matchLabel(scheme, text);
  if (whole) return whole;
  // White and black circles mean "no rating yet" where the scheme has no rating of that colour.
  if (NEUTRAL_SYMBOLS.has(ratingKey(trimmed))) return { kind: "blank" };
  const m = SUFFIX.exec(trimmed);
  const label = m?.groups?.label;
  if (label) {
    const found = lookup(scheme, ratingKey(label), label);
    if (found) {
      const canonical = found.rating.label + trimmed.slice(label.length);
      const choices = scheme.ambiguous?.find((a) => a.spellings.some((s) => ratingKey(s) === ratingKey(label)))?.choices;
      if (choices) return { kind: "normalised", rating: found.rating, text, canonical, choices: choices.map((c) => c + trimmed.slice(label.length)) };
      return found.exact && trimmed === text
        ? { kind: "exact", rating: found.rating, text }
        : { kind: "normalised", rating: found.rating, text, canonical };
    }
  }
  return { kind: "unknown", text };
}
