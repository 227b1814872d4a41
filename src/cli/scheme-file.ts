import { readFileSync } from "node:fs";
import { z } from "zod/mini";
import { planConfigSchema } from "../core/config";
import { BUILT_IN_SCHEME_IDS, type BuiltInSchemeId } from "../core/ratings/scheme";
import type { SchemeChoice } from "../review/check";

const schemeFileSchema = z.pick(planConfigSchema, { scheme: true, addRatings: true, aliases: true });

/**
 * `--scheme`: a built-in id, or a JSON file holding a custom scheme (`{ "name", "ratings": […] }`)
 * or the config keys `scheme`, `addRatings`, `aliases`. Throws an Error whose message names
 * the file and the bad key.
 * Example: --scheme purple.json with { "addRatings": [{ "label": "Purple", "meaning": "Carried over" }] }.
 */
export function readSchemeOption(value: string): SchemeChoice {
  if ((BUILT_IN_SCHEME_IDS as string[]).includes(value)) return value as BuiltInSchemeId;
  let text: string;
  try {
    text = readFileSync(value, "utf8");
  } catch {
    throw new Error(`--scheme must be rag, brag, rag5, status or dca, or a scheme file (.json); "${value}" is neither.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`--scheme ${value} is not valid JSON (${(e as Error).message}).`);
  }
  const raw = json !== null && typeof json === "object" && "ratings" in json ? { scheme: json } : json;
  const parsed = schemeFileSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    const key = [...first.path, ...("keys" in first && Array.isArray(first.keys) ? [first.keys.join(", ")] : [])].join(".") || "(file)";
    throw new Error(`--scheme ${value}: ${key}: ${first.message}.`);
  }
  return parsed.data;
}
