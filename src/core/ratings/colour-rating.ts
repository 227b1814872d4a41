import { colourDistance, hexToLab } from "./colour";
import type { Rating, RatingScheme } from "./scheme";

/**
 * Reading a rating shown only as a cell's fill. The fill is compared with each rating's colour
 * and shades by CIEDE2000 ΔE; the nearest wins when it is within COLOUR_THRESHOLD and clearly
 * nearer than the next rating (COLOUR_MARGIN), otherwise the cell is not rated and reported.
 */

/** Largest ΔE2000 at which a fill still reads as a rating (Excel's #FF0000 is 13.5 from our red). */
export const COLOUR_THRESHOLD = 20;
/** The nearest rating must beat the next one by this much, or the fill is ambiguous. */
export const COLOUR_MARGIN = 3;

export type ColourRead =
  | { kind: "rating"; rating: Rating; fill: string; deltaE: number }
  /** A fill near no rating (or equally near two): the cell stays unrated and is reported. */
  | { kind: "unmatched"; fill: string; nearest: Rating | null; deltaE: number }
  /** No fill, or a pale decorative one (white, banding tints). */
  | { kind: "none" };

/** White, near-white and pale banding tints (L* ≥ 91, chroma ≤ 15) are decoration, not ratings. */
export function isDecorative(fill: string): boolean {
  const { L, a, b } = hexToLab(fill);
  return L >= 91 && Math.hypot(a, b) <= 15;
}

/** Distance from a fill to a rating: to its own colour or its nearest shade. */
function distanceTo(fill: string, rating: Rating): number {
  let best = colourDistance(fill, rating.fill);
  for (const shade of rating.shades ?? []) best = Math.min(best, colourDistance(fill, shade));
  return best;
}

/**
 * The rating a fill shows, in a scheme.
 * Example: readColour(RAG, "#FF0000") → { kind: "rating", rating: Red, deltaE: 0 } (a shade of red).
 */
export function readColour(scheme: RatingScheme, fill: string | null | undefined): ColourRead {
  if (!fill || !/^#[0-9A-Fa-f]{6}$/.test(fill) || isDecorative(fill)) return { kind: "none" };
  const ranked = scheme.ratings.map((rating) => ({ rating, d: distanceTo(fill, rating) })).sort((x, y) => x.d - y.d);
  const [first, second] = ranked;
  if (!first) return { kind: "none" };
  const deltaE = Math.round(first.d * 10) / 10;
  const clear = !second || second.rating.label === first.rating.label || second.d - first.d >= COLOUR_MARGIN;
  return first.d <= COLOUR_THRESHOLD && clear ? { kind: "rating", rating: first.rating, fill, deltaE } : { kind: "unmatched", fill, nearest: first.rating, deltaE };
}

/** A few words for a fill in messages: "#FF0000". Kept as the hex so users can find it in Excel's colour picker. */
export function describeFill(fill: string): string {
  return fill.toUpperCase();
}
