/**
 * How alike two pieces of item text are, as words: "Hold joint workshop" and "Hold joint LA/CCG
 * workshop for SEND professionals" are the same milestone with words added.
 */

/** Words that carry no identity: leaving them out stops "the" and "and" making texts look alike. */
const STOP_WORDS = new Set(["a", "an", "and", "the", "of", "to", "in", "for", "on", "by", "with", "at", "as", "be", "is", "are", "or", "from", "into", "its", "their", "our", "all", "e", "g", "eg", "ie"]);

/** Normalised text: lower case, punctuation as spaces, whitespace collapsed. normaliseText(" Hire  a Lead! ") → "hire a lead". */
export function normaliseText(text: string): string {
  return text.toLowerCase().replace(/[’']/g, "").replace(/[^a-z0-9]+/g, " ").trim();
}

/** The distinct words of a text that say what it is about, plurals made singular. words("Review the plans") → {"review", "plan"}. */
export function words(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of normaliseText(text).split(" ")) {
    if (!w || STOP_WORDS.has(w)) continue;
    out.add(w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w);
  }
  return out;
}

/**
 * Similarity from 0 to 1: the mean of the Dice coefficient (shared words against both lengths)
 * and containment (shared words against the shorter text). Containment lets a milestone that
 * gained a few words stay itself; Dice stops a one-word text matching every long one.
 * similarity({a,b,c}, {a,b,c,d}) → (6/7 + 1) / 2 ≈ 0.93.
 */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>, shared?: number): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = shared ?? 0;
  if (shared === undefined) for (const w of a) if (b.has(w)) common++;
  const dice = (2 * common) / (a.size + b.size);
  const containment = common / Math.min(a.size, b.size);
  return (dice + containment) / 2;
}
