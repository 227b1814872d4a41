import { normaliseText, similarity, words } from "./text-similarity";

/** What identifies an item across two versions of a plan: its reference and its words. */
export interface ItemIdentity {
  ref: string | null;
  /** The milestone's text, else the action's. */
  text: string;
}

export interface ItemPair {
  before: number;
  after: number;
  /** "exact": same ref and same words in the same order; "similar": re-worded or renumbered. */
  how: "exact" | "similar";
  score: number;
}

export interface ItemMatching {
  pairs: ItemPair[];
  /** Indexes into `after` of items with no counterpart before. */
  added: number[];
  /** Indexes into `before` of items with no counterpart after. */
  removed: number[];
}

/** Re-worded items under the same ref (or where either has none) match from this similarity up. */
export const SAME_REF_THRESHOLD = 0.6;
/** Under a different ref an item must read almost the same: renumbered, not a neighbour. */
export const OTHER_REF_THRESHOLD = 0.8;

/** "4.1.3." → "4.1.3"; "" → null. */
export function normaliseRef(ref: string | null): string | null {
  const r = (ref ?? "").toLowerCase().replace(/\s+/g, "").replace(/[.)]+$/, "");
  return r === "" ? null : r;
}

function exactPairs(before: ItemIdentity[], after: ItemIdentity[]): ItemPair[] {
  const key = (i: ItemIdentity) => `${normaliseRef(i.ref) ?? ""}|${normaliseText(i.text)}`;
  const waiting = new Map<string, number[]>();
  after.forEach((item, j) => {
    const k = key(item);
    waiting.set(k, [...(waiting.get(k) ?? []), j]);
  });
  const pairs: ItemPair[] = [];
  before.forEach((item, i) => {
    const j = waiting.get(key(item))?.shift();
    if (j !== undefined) pairs.push({ before: i, after: j, how: "exact", score: 1 });
  });
  return pairs;
}

interface Candidate {
  i: number;
  j: number;
  score: number;
  sameRef: boolean;
  distance: number;
}

/**
 * Candidates for the items the exact pass left, found through the words they share (an index
 * of words, not every pair, so a plan of thousands of rows stays quick).
 */
function candidates(before: ItemIdentity[], after: ItemIdentity[], left: number[], right: number[]): Candidate[] {
  const rightWords = new Map(right.map((j) => [j, words(after[j]!.text)]));
  const index = new Map<string, number[]>();
  for (const [j, ws] of rightWords) for (const w of ws) index.set(w, [...(index.get(w) ?? []), j]);
  const out: Candidate[] = [];
  for (const i of left) {
    const mine = words(before[i]!.text);
    const shared = new Map<number, number>();
    for (const w of mine) for (const j of index.get(w) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    const refA = normaliseRef(before[i]!.ref);
    for (const [j, common] of shared) {
      const refB = normaliseRef(after[j]!.ref);
      const sameRef = refA === null || refB === null || refA === refB;
      const score = similarity(mine, rightWords.get(j)!, common);
      if (score >= (sameRef ? SAME_REF_THRESHOLD : OTHER_REF_THRESHOLD))
        out.push({ i, j, score, sameRef, distance: Math.abs(i / Math.max(1, before.length) - j / Math.max(1, after.length)) });
    }
  }
  return out;
}

/**
 * Pair the items of two versions of a plan, never by row number alone: first the same ref with
 * the same words, then the most alike remaining pairs (best first; same ref, then nearer
 * position, breaking ties), each item used once. What is left was added or removed.
 */
export function matchItems(before: ItemIdentity[], after: ItemIdentity[]): ItemMatching {
  const pairs = exactPairs(before, after);
  const usedA = new Set(pairs.map((p) => p.before));
  const usedB = new Set(pairs.map((p) => p.after));
  const left = before.map((_, i) => i).filter((i) => !usedA.has(i));
  const right = after.map((_, j) => j).filter((j) => !usedB.has(j));
  const ranked = candidates(before, after, left, right).sort(
    (a, b) => b.score - a.score || Number(b.sameRef) - Number(a.sameRef) || a.distance - b.distance || a.i - b.i,
  );
  for (const c of ranked) {
    if (usedA.has(c.i) || usedB.has(c.j)) continue;
    usedA.add(c.i);
    usedB.add(c.j);
    pairs.push({ before: c.i, after: c.j, how: "similar", score: Math.round(c.score * 1000) / 1000 });
  }
  pairs.sort((a, b) => a.after - b.after);
  return {
    pairs,
    added: after.map((_, j) => j).filter((j) => !usedB.has(j)),
    removed: before.map((_, i) => i).filter((i) => !usedA.has(i)),
  };
}
