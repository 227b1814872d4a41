import { matchRating } from "./match-rating";
import { BRAG, RAG, RAG5, type RatingScheme } from "./scheme";

/**
 * Choose the built-in scheme that best explains the labels in use: most cells read, then
 * most read exactly, then the simplest (RAG, then BRAG, then five-level).
 * Example: ["Blue", "Green", "Amber"] → BRAG; ["LIGHT GREEN", "Dark green"] → five-level.
 */
export function detectScheme(values: readonly unknown[]): RatingScheme {
  const candidates = [RAG, BRAG, RAG5];
  let best = RAG;
  let bestScore = [-1, -1];
  for (const scheme of candidates) {
    let read = 0;
    let exact = 0;
    for (const v of values) {
      const r = matchRating(scheme, v);
      if (r.kind === "exact" || r.kind === "normalised") read++;
      if (r.kind === "exact") exact++;
    }
    // Labels only one scheme has are decisive: "Blue" is BRAG, "Light Green" is five-level.
    const distinctive = values.filter((v) => (scheme === BRAG ? /\bblue\b/i : scheme === RAG5 ? /\b(light|dark|lt)\b/i : /^$/).test(String(v ?? ""))).length;
    const score = [read + distinctive * 2, exact];
    if (score[0]! > bestScore[0]! || (score[0] === bestScore[0] && score[1]! > bestScore[1]!)) {
      best = scheme;
      bestScore = score;
    }
  }
  return best;
}
