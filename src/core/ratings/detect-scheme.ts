import { matchRating } from "./match-rating";
import { BRAG, DCA, RAG, RAG5, STATUS, type RatingScheme } from "./scheme";

/** Labels only one scheme has are decisive: "Blue" is BRAG, "Light Green" five-level, "Amber/Green" DCA. */
const DECISIVE = new Map<RatingScheme, RegExp>([
  [BRAG, /\bblue\b/i],
  [RAG5, /\b(light|dark|lt)\b/i],
  [DCA, /\bamber\s*[-/–]?\s*(red|green)\b|\b(red|green)\s*[-/–]?\s*amber\b|^\s*[ar]\s*\/\s*[rga]\s*$|^\s*(ag|ar)\s*$/i],
  [STATUS, /\b(not\s+started|in\s+progress|off\s+track|on\s+track|delayed|at\s+risk|closed)\b/i],
]);

/**
 * Choose the built-in scheme that best explains the labels in use: most cells read, then
 * most read exactly, then the simplest (RAG, BRAG, five-level, delivery confidence, status words).
 * Example: ["Blue", "Green", "Amber"] → BRAG; ["LIGHT GREEN", "Dark green"] → five-level;
 * ["Amber/Green", "Red"] → DCA; ["In progress", "Delayed"] → status words.
 */
export function detectScheme(values: readonly unknown[]): RatingScheme {
  // Plans repeat a handful of labels: weigh each distinct text once.
  const counts = new Map<string, number>();
  for (const v of values) {
    const text = String(v ?? "");
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const candidates = [RAG, BRAG, RAG5, DCA, STATUS];
  let best = RAG;
  let bestScore = [-1, -1];
  for (const scheme of candidates) {
    let read = 0;
    let exact = 0;
    let distinctive = 0;
    const decisive = DECISIVE.get(scheme);
    for (const [text, n] of counts) {
      const r = matchRating(scheme, text);
      if (r.kind === "exact" || r.kind === "normalised") read += n;
      if (r.kind === "exact") exact += n;
      if (decisive?.test(text)) distinctive += n;
    }
    const score = [read + distinctive * 2, exact];
    if (score[0]! > bestScore[0]! || (score[0] === bestScore[0] && score[1]! > bestScore[1]!)) {
      best = scheme;
      bestScore = score;
    }
  }
  return best;
}
