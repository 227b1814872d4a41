/**
 * Whether a KPI should rise or fall. The config decides when it names the KPI; else the plan's
 * own numbers (baseline → targets: a falling trajectory means lower is better); else words in the
 * indicator's name (`reduce`, `waiting`, `suspensions`); else higher, reported as a guess.
 */
export type Polarity = "higher" | "lower";
export type PolaritySource = "config" | "targets" | "words" | "default";

/** Indicators where less is better, by their wording. */
const LOWER_WORDS =
  /\b(?:reduc(?:e|es|ed|ing|tion)|fewer|lower|decreas(?:e|es|ed|ing)|less|wait(?:s|ing)?|delays?|backlogs?|suspensions?|suspended|exclu(?:sions?|ded)|absen(?:ce|t|ces)|persistent(?:ly)? absent|neet|complaints?|tribunals?|appeals?|late|overdue|out of (?:area|borough)|breach(?:es)?|escalations?|re-?referrals?|vacanc(?:y|ies)|turnover|caseloads?)\b/i;

/** Config key → polarity; a key matches the KPI whose name contains it (case and spacing ignored). */
export type PolarityOverrides = Record<string, Polarity>;

const squash = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

/** The override whose key the KPI's name contains (the longest key wins), or null. */
export function overrideFor(name: string, overrides: PolarityOverrides | undefined): Polarity | null {
  if (!overrides) return null;
  const n = squash(name);
  let best: { key: string; polarity: Polarity } | null = null;
  for (const [key, polarity] of Object.entries(overrides)) {
    const k = squash(key);
    if (k && n.includes(k) && (!best || k.length > best.key.length)) best = { key: k, polarity };
  }
  return best?.polarity ?? null;
}

/**
 * A KPI's direction and where it came from: targets that rise or fall (in date order, the final
 * target last); else its wording; else a single target above or below the baseline; else higher.
 * A flat series (`85% | 85% | 85%`) is a level to hold, not a direction, so the baseline is not
 * compared with it (a baseline of 92% above a held 85% does not make lower better).
 * inferPolarity("Reduce waiting times for autism assessment", { baseline: null, targets: [21, 18, 16, 14] }) → { polarity: "lower", source: "targets" };
 * inferPolarity("% assessments within 20 weeks", { baseline: 92, targets: [85, 85, 85] }) → { polarity: "higher", source: "default" }.
 */
export function inferPolarity(name: string, figures: { baseline: number | null; targets: readonly number[] }, overrides?: PolarityOverrides): { polarity: Polarity; source: PolaritySource } {
  const configured = overrideFor(name, overrides);
  if (configured) return { polarity: configured, source: "config" };
  const { baseline, targets } = figures;
  const first = targets[0];
  const last = targets[targets.length - 1];
  if (first !== undefined && last !== undefined && first !== last) return { polarity: last > first ? "higher" : "lower", source: "targets" };
  if (LOWER_WORDS.test(name)) return { polarity: "lower", source: "words" };
  if (targets.length === 1 && baseline !== null && last !== undefined && last !== baseline) return { polarity: last > baseline ? "higher" : "lower", source: "targets" };
  return { polarity: "higher", source: "default" };
}
