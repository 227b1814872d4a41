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

/** Pairs with equal keys, in plan order, among the items not yet used. */
function pairByKey(before: ItemIdentity[], after: ItemIdentity[], usedA: Set<number>, usedB: Set<number>, key: (i: ItemIdentity) => string, how: ItemPair["how"]): ItemPair[] {
  const waiting = new Map<string, number[]>();
  after.forEach((item, j) => {
    if (!usedB.has(j)) pushTo(waiting, key(item), j);
  });
  const pairs: ItemPair[] = [];
  before.forEach((item, i) => {
    if (usedA.has(i)) return;
    const list = waiting.get(key(item));
    const j = list?.shift();
    if (j === undefined) return;
    usedA.add(i);
    usedB.add(j);
    pairs.push({ before: i, after: j, how, score: 1 });
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
 * A word in more items than this finds no candidates by itself (it still counts in the score):
 * fixed, so the work grows with the plan, not with its square.
 */
const COMMON_WORD = 50;

/** Each item keeps only its best few candidates: enough for the greedy pass, and bounded. */
const CANDIDATES_PER_ITEM = 5;

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Candidates for the items the exact pass left, found through the words they share. Words in
 * many items ("SEND", "plan") find no candidates of their own, only rarer words do (else every
 * pair of a big plan is a candidate); items under the same ref are always candidates. Each is
 * then scored on all its words.
 */
function candidates(before: ItemIdentity[], after: ItemIdentity[], left: number[], right: number[]): Candidate[] {
  // Dense arrays over `right` (position k): a plan of 50,000 rows makes millions of lookups here.
  const rightWords = right.map((j) => words(after[j]!.text));
  const rightRefs = right.map((j) => normaliseRef(after[j]!.ref));
  const byWord = new Map<string, number[]>();
  const byRef = new Map<string, number[]>();
  rightWords.forEach((ws, k) => {
    for (const w of ws) pushTo(byWord, w, k);
    if (rightRefs[k] !== null) pushTo(byRef, rightRefs[k]!, k);
  });
  const common = COMMON_WORD;
  const shared = new Int32Array(right.length).fill(-1);
  const out: Candidate[] = [];
  for (const i of left) {
    const mine = words(before[i]!.text);
    const refA = normaliseRef(before[i]!.ref);
    // Shared rare words per item; the common words this item has bound what else it can share.
    const touched: number[] = [];
    const touch = (k: number, add: number) => {
      if (shared[k]! < 0) {
        shared[k] = 0;
        touched.push(k);
      }
      shared[k]! += add;
    };
    if (refA !== null) for (const k of byRef.get(refA) ?? []) touch(k, 0);
    let commonWords = 0;
    for (const w of mine) {
      const list = byWord.get(w) ?? [];
      if (list.length > common) commonWords++;
      else for (const k of list) touch(k, 1);
    }
    const found: Candidate[] = [];
    for (const k of touched) {
      const n = shared[k]!;
      shared[k] = -1;
      // A pair scores at most its containment: too few words in common cannot reach the threshold.
      if ((n + commonWords) / Math.min(mine.size, rightWords[k]!.size) < SAME_REF_THRESHOLD) continue;
      const refB = rightRefs[k]!;
      const sameRef = refA === null || refB === null || refA === refB;
      const score = similarity(mine, rightWords[k]!);
      const j = right[k]!;
      if (score >= (sameRef ? SAME_REF_THRESHOLD : OTHER_REF_THRESHOLD))
        found.push({ i, j, score, sameRef, distance: Math.abs(i / Math.max(1, before.length) - j / Math.max(1, after.length)) });
    }
    out.push(...found.sort(byBest).slice(0, CANDIDATES_PER_ITEM));
  }
  return out;
}

/** Best first: higher score, then the same ref, then nearer in the plan, then plan order. */
const byBest = (a: Candidate, b: Candidate) => b.score - a.score || Number(b.sameRef) - Number(a.sameRef) || a.distance - b.distance || a.i - b.i || a.j - b.j;

/**
 * Pair the items of two versions of a plan, never by row number alone: first the same ref with
 * the same words, then the same words under another ref (renumbered), then the most alike remaining pairs (best first; same ref, then nearer
 * position, breaking ties), each item used once. What is left was added or removed.
 */
export function matchItems(before: ItemIdentity[], after: ItemIdentity[]): ItemMatching {
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs = [
    ...pairByKey(before, after, usedA, usedB, (i) => `${normaliseRef(i.ref) ?? ""}|${normaliseText(i.text)}`, "exact"),
    // The same words under another ref: renumbered.
    ...pairByKey(before, after, usedA, usedB, (i) => normaliseText(i.text), "similar"),
  ];
  const left = before.map((_, i) => i).filter((i) => !usedA.has(i));
  const right = after.map((_, j) => j).filter((j) => !usedB.has(j));
  const ranked = candidates(before, after, left, right).sort(byBest);
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
