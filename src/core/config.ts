import { z } from "zod";
import { FIELDS } from "./fields";
import { readableTextOn } from "./ratings/contrast";
import { BUILT_IN_SCHEMES, type RatingScheme } from "./ratings/scheme";
import { ratingKey } from "./ratings/match-rating";

/**
 * The plan's rules, stored inside the workbook so every co-author and the CLI read the same
 * ones. Unknown keys are errors (a typo must not silently fall back to a default).
 */
const hex = z.string().regex(/^#[0-9A-Fa-f]{6}$/, "must be a colour like #C00000");
const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "must be MM-DD, e.g. 07-31");

const customRating = z.strictObject({
  label: z.string().trim().min(1),
  aliases: z.array(z.string()).default([]),
  meaning: z.string().default(""),
  complete: z.boolean().default(false),
  onTrack: z.boolean().default(false),
  fill: hex,
  font: hex.optional(),
});

const customScheme = z
  .strictObject({ id: z.string().min(1).default("custom"), name: z.string().min(1).default("Custom scheme"), ratings: z.array(customRating).min(2, "needs at least two ratings") })
  .superRefine((scheme, ctx) => {
    const seen = new Map<string, string>();
    scheme.ratings.forEach((r, i) => {
      for (const spelling of [r.label, ...r.aliases]) {
        const key = ratingKey(spelling);
        const other = seen.get(key);
        if (other !== undefined && other !== r.label) ctx.addIssue({ code: "custom", path: ["ratings", i, "label"], message: `"${spelling}" would also match "${other}"` });
        seen.set(key, r.label);
      }
    });
  });

/** A rating the plan uses that its scheme lacks (`Purple` = carried over): listed after the scheme's own. */
const addedRating = z.strictObject({
  label: z.string().trim().min(1),
  aliases: z.array(z.string()).default([]),
  meaning: z.string().default(""),
  complete: z.boolean().default(false),
  onTrack: z.boolean().default(false),
  fill: hex.default("#A6A6A6"),
  font: hex.optional(),
});

/** What belongs to one plan sheet (a workbook may hold several plans; one is followed at a time). */
const perPlan = {
  headerRow: z.number().int().positive().optional(),
  scheme: z.union([z.enum(["rag", "brag", "rag5", "status", "dca"]), customScheme]).optional(),
  columns: z.partialRecord(z.enum(FIELDS), z.string().regex(/^[A-Z]{1,3}$/, "must be a column letter, e.g. H")).optional(),
  /** The named list its dropdowns use (WSOA_Ratings, WSOA_Ratings_2, …): each plan keeps its own. */
  ratingList: z.string().regex(/^WSOA_Ratings(_[1-9]\d*)?$/, "must be WSOA_Ratings or WSOA_Ratings_2, _3…").optional(),
};

export const planConfigSchema = z.strictObject({
  version: z.literal(1).default(1),
  sheet: z.string().min(1).optional(),
  ...perPlan,
  /** The other plans in this workbook, by sheet name: their settings wait here while another plan is followed. */
  plans: z.record(z.string().min(1), z.strictObject(perPlan)).optional(),
  /** Stamp today's date in the plan's "Last updated" column when a lead changes a row's rating or progress. Off by default. */
  stampUpdated: z.boolean().optional(),
  terms: z.strictObject({ autumn: monthDay, spring: monthDay, summer: monthDay }).optional(),
  quarters: z.enum(["calendar", "financial"]).optional(),
  /** Ratings added to the scheme (built-in, custom or detected). */
  addRatings: z.array(addedRating).optional(),
  /** Labels the plan uses on purpose, as another spelling of a rating: { "M": "Amber" }. */
  aliases: z.record(z.string().trim().min(1), z.string().trim().min(1)).optional(),
  /** KPIs: `polarity` maps a KPI (any part of its name, case ignored) to the direction that is better. */
  kpis: z.strictObject({ polarity: z.record(z.string().trim().min(1), z.enum(["higher", "lower"])).optional() }).optional(),
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
