import { z } from "zod/mini";
import { FIELDS } from "./fields";
import { readableTextOn } from "./ratings/contrast";
import { BUILT_IN_SCHEMES, type RatingScheme } from "./ratings/scheme";
import { ratingKey } from "./ratings/match-rating";

/**
 * The plan's rules, stored inside the workbook so every co-author and the CLI read the same
 * ones. Unknown keys are errors (a typo must not silently fall back to a default).
 */
// zod/mini (functions, not methods) keeps the pane's bundle small; messages come from zod's English locale.
z.config(z.locales.en());
const hex = z.string().check(z.regex(/^#[0-9A-Fa-f]{6}$/, "must be a colour like #C00000"));
const monthDay = z.string().check(z.regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "must be MM-DD, e.g. 07-31"));
const label = () => z.string().check(z.trim(), z.minLength(1));
const flag = () => z._default(z.boolean(), false);

const customRating = z.strictObject({
  label: label(),
  aliases: z._default(z.array(z.string()), []),
  meaning: z._default(z.string(), ""),
  complete: flag(),
  onTrack: flag(),
  fill: hex,
  font: z.optional(hex),
});

const customScheme = z
  .strictObject({
    id: z._default(z.string().check(z.minLength(1)), "custom"),
    name: z._default(z.string().check(z.minLength(1)), "Custom scheme"),
    ratings: z.array(customRating).check(z.minLength(2, "needs at least two ratings")),
  })
  .check(z.superRefine((scheme, ctx) => {
    const seen = new Map<string, string>();
    scheme.ratings.forEach((r, i) => {
      for (const spelling of [r.label, ...r.aliases]) {
        const key = ratingKey(spelling);
        const other = seen.get(key);
        if (other !== undefined && other !== r.label) ctx.addIssue({ code: "custom", path: ["ratings", i, "label"], message: `"${spelling}" would also match "${other}"` });
        seen.set(key, r.label);
      }
    });
  }));

/** A rating the plan uses that its scheme lacks (`Purple` = carried over): listed after the scheme's own. */
const addedRating = z.strictObject({
  label: label(),
  aliases: z._default(z.array(z.string()), []),
  meaning: z._default(z.string(), ""),
  complete: flag(),
  onTrack: flag(),
  fill: z._default(hex, "#A6A6A6"),
  font: z.optional(hex),
});

/** What belongs to one plan sheet (a workbook may hold several plans; one is followed at a time). */
const perPlan = {
  headerRow: z.optional(z.int().check(z.positive())),
  scheme: z.optional(z.union([z.enum(["rag", "brag", "rag5", "status", "dca"]), customScheme])),
  columns: z.optional(z.partialRecord(z.enum(FIELDS), z.string().check(z.regex(/^[A-Z]{1,3}$/, "must be a column letter, e.g. H")))),
  /** The named list its dropdowns use (WSOA_Ratings, WSOA_Ratings_2, …): each plan keeps its own. */
  ratingList: z.optional(z.string().check(z.regex(/^WSOA_Ratings(_[1-9]\d*)?$/, "must be WSOA_Ratings or WSOA_Ratings_2, _3…"))),
};

export const planConfigSchema = z.strictObject({
  version: z._default(z.literal(1), 1),
  sheet: z.optional(z.string().check(z.minLength(1))),
  ...perPlan,
  /** The other plans in this workbook, by sheet name: their settings wait here while another plan is followed. */
  plans: z.optional(z.record(z.string().check(z.minLength(1)), z.strictObject(perPlan))),
  /** Stamp today's date in the plan's "Last updated" column when a lead changes a row's rating or progress. Off by default. */
  stampUpdated: z.optional(z.boolean()),
  terms: z.optional(z.strictObject({ autumn: monthDay, spring: monthDay, summer: monthDay })),
  quarters: z.optional(z.enum(["calendar", "financial"])),
  /** Ratings added to the scheme (built-in, custom or detected). */
  addRatings: z.optional(z.array(addedRating)),
  /** Labels the plan uses on purpose, as another spelling of a rating: { "M": "Amber" }. */
  aliases: z.optional(z.record(label(), label())),
  /** KPIs: `polarity` maps a KPI (any part of its name, case ignored) to the direction that is better. */
  kpis: z.optional(z.strictObject({ polarity: z.optional(z.record(label(), z.enum(["higher", "lower"]))) })),
});

export type PlanConfig = z.infer<typeof planConfigSchema>;
/** One plan's own settings, as kept under `plans` while another plan is followed. */
export type PlanSettings = NonNullable<PlanConfig["plans"]>[string];
export type ConfigProblem = { key: string; message: string };

/**
 * Validate a config read from a workbook or a file. Problems name the bad key:
 * parseConfig({ quarters: "fiscal" }) → { ok: false, problems: [{ key: "quarters", … }] }.
 */
export function parseConfig(raw: unknown): { ok: true; config: PlanConfig } | { ok: false; problems: ConfigProblem[] } {
  const result = planConfigSchema.safeParse(raw);
  if (result.success) return { ok: true, config: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((i) => ({
      key: [...i.path, ...("keys" in i && Array.isArray(i.keys) ? [i.keys.join(", ")] : [])].join(".") || "(config)",
      message: i.message,
    })),
  };
}



/** The rating scheme a config names, with custom colours made readable. */
export function schemeFromConfig(scheme: PlanConfig["scheme"]): RatingScheme | undefined {
  if (scheme === undefined) return undefined;
  if (typeof scheme === "string") return BUILT_IN_SCHEMES[scheme];
  return {
    id: scheme.id,
    name: scheme.name,
    ratings: scheme.ratings.map((r, i) => ({ ...r, font: r.font ?? readableTextOn(r.fill), rank: i })),
  };
}
