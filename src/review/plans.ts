import type { PlanConfig, PlanSettings } from "../core/config";
import { sameSheetName } from "../core/sheet-names";

const PER_PLAN = ["headerRow", "scheme", "columns", "ratingList"] as const;

/** One plan's own settings out of a config (the ones that describe its sheet). */
export function ownSettings(config: PlanConfig): PlanSettings {
  const own: PlanSettings = {};
  for (const key of PER_PLAN) if (config[key] !== undefined) Object.assign(own, { [key]: config[key] });
  return own;
}

/**
 * The config that follows `next` instead of `current`: the current plan's own settings are
 * kept under `plans[current]` (its rating list name with them), and `next`'s, if it had
 * any, come back. Settings that are the workbook's (terms, quarters, stamping) stay.
 */
export function followPlan(config: PlanConfig, current: string | null, next: string, nextSettings?: PlanSettings): PlanConfig {
  const shared: PlanConfig = { ...config };
  for (const key of [...PER_PLAN, "plans", "sheet"] as const) delete shared[key];
  const plans: Record<string, PlanSettings> = {};
  for (const [name, s] of Object.entries(config.plans ?? {})) if (!sameSheetName(name, next)) plans[name] = s;
  if (current && !sameSheetName(current, next)) plans[current] = ownSettings(config);
  const stored = Object.entries(config.plans ?? {}).find(([name]) => sameSheetName(name, next))?.[1];
  const sameSheet = current !== null && sameSheetName(current, next);
  const own = nextSettings ?? (sameSheet ? ownSettings(config) : stored ?? {});
  return { ...shared, sheet: next, ...own, ...(Object.keys(plans).length ? { plans } : {}) };
}

/** Every rating list name a plan in this config uses (the followed plan's first). */
export function listsInUse(config: PlanConfig): string[] {
  return [config.ratingList ?? "WSOA_Ratings", ...Object.values(config.plans ?? {}).map((p) => p.ratingList ?? "WSOA_Ratings")];
}
