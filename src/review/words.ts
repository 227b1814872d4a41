/**
 * Sentences both the task pane and the CLI print, so they cannot drift apart.
 * plural(1, "rating") → "1 rating"; plural(2, "rating") → "2 ratings".
 */
import type { Issue, Severity } from "../core/issue";
import type { Summary } from "../core/summarise";

export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

/** "a, b and c". */
export function listing(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? "";
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/** "3 of 12 items complete (25.0%), 4 overdue", or "No items yet" for an empty plan. */
export function figuresLine(s: Summary): string {
  if (s.total === 0) return "No items yet";
  return `${s.complete} of ${plural(s.total, "item")} complete (${s.percentComplete.toFixed(1)}%), ${s.overdue} overdue`;
}

export const SEVERITY_ORDER: Severity[] = ["error", "warning", "info"];
/** Headings for each severity: "Problems to fix" rather than "Errors" (a count reads "1 problem to fix"). */
export const SEVERITY_WORDS: Record<Severity, { one: string; many: string; heading: string }> = {
  error: { one: "problem to fix", many: "problems to fix", heading: "To fix" },
  warning: { one: "item to review", many: "items to review", heading: "To review" },
  info: { one: "note", many: "notes", heading: "Notes" },
};

/** "1 problem to fix, 10 items to review and 1 note", or "No issues". */
export function issueHeadline(issues: readonly Issue[]): string {
  const parts = SEVERITY_ORDER.map((s) => [issues.filter((i) => i.severity === s).length, s] as const)
    .filter(([n]) => n > 0)
    .map(([n, s]) => plural(n, SEVERITY_WORDS[s].one, SEVERITY_WORDS[s].many));
  return parts.length === 0 ? "No issues" : listing(parts);
}

/** People's names for the rule ids (README, "Validation rules"). */
export const RULE_TITLES: Record<string, string> = {
  "structure.missing-column": "Missing columns",
  "structure.duplicate-column": "Duplicate columns",
  "structure.merged-cells": "Merged rating or deadline cells",
  "structure.no-items": "No items",
  "cell.error": "Formula errors",
  "ref.duplicate": "Duplicate references",
  "date.unparseable": "Deadlines that cannot be read",
  "date.implausible": "Implausible years",
  "date.missing": "Missing deadlines",
  "date.ambiguous": "Ambiguous deadlines",
  "status.normalised": "Ratings to tidy",
  "status.unknown": "Unknown ratings",
  "status.missing": "Not rated",
  "item.overdue": "Overdue items",
  "rating.mismatch": "On-track ratings on overdue items",
};

export const ruleTitle = (rule: string): string => RULE_TITLES[rule] ?? rule;
