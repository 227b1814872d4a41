import { readableTextOn } from "./contrast";
import { ratingKey } from "./match-rating";
import type { Rating, RatingScheme } from "./scheme";

/** The plan's own additions to its scheme, as stored in its config (`addRatings`, `aliases`). */
export interface SchemeExtension {
  addRatings?: { label: string; aliases: string[]; meaning: string; complete: boolean; onTrack: boolean; fill: string; font?: string }[];
  aliases?: Record<string, string>;
}

/**
 * The scheme with the plan's own additions: added ratings after the scheme's (ranked with the
 * lowest, or above all when complete) and aliases read exactly, as the council chose them.
 * Aliases naming no rating are returned as problems, never silently dropped.
 */
export function extendScheme(scheme: RatingScheme, extension: SchemeExtension | undefined): { scheme: RatingScheme; problems: string[] } {
  const added = extension?.addRatings ?? [];
  const aliases = Object.entries(extension?.aliases ?? {});
  if (!added.length && !aliases.length) return { scheme, problems: [] };
  const top = Math.max(...scheme.ratings.map((r) => r.rank));
  const ratings: Rating[] = [
    ...scheme.ratings.map((r) => ({ ...r, also: [...(r.also ?? [])] })),
    ...added.filter((a) => !scheme.ratings.some((r) => ratingKey(r.label) === ratingKey(a.label))).map((a) => ({ ...a, font: a.font ?? readableTextOn(a.fill), rank: a.complete ? top + 1 : 0 })),
  ];
  const problems: string[] = [];
  for (const [spelling, target] of aliases) {
    const rating = ratings.find((r) => ratingKey(r.label) === ratingKey(target));
    if (rating) (rating.also ??= []).push(spelling);
    else problems.push(`the alias "${spelling}" names "${target}", which is not a rating of the ${scheme.name} scheme (${ratings.map((r) => r.label).join(", ")})`);
  }
  return { scheme: { ...scheme, ratings }, problems };
}

