import { a1Range, columnLetter } from "../address";
import type { Plan } from "../plan/types";
import { ratingKey } from "../ratings/match-rating";
import { spellings, type Rating } from "../ratings/scheme";
import { RATING_LIST_NAME, ratingListIndex, ratingListRange, STATE_SHEET } from "../state";
import { OUR_TAG, type ConditionalRule, type FormatSpec, type ListValidation } from "./types";

/** Overdue deadlines: dark red text on pale red, 4.5:1 or better. */
export const OVERDUE_STYLE = { fill: "#FFD7D7", font: "#8B0000", bold: true } as const;

/** Rows below the last item that rules and dropdowns also cover, so new rows are formatted. */
export function headroom(plan: Plan): number {
  return Math.max(100, Math.ceil(plan.items.length * 0.2));
}

/**
 * The cell's comparison key in Excel, the same as ratingKey: upper case, no spaces, dots or
 * hyphens. `keyOf("$H5")` → `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(UPPER($H5)," ",""),"-",""),".","")`.
 */
export function keyOf(cell: string): string {
  return `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(UPPER(${cell})," ",""),"-",""),".","")`;
}

/** Excel condition true when `cell` holds this rating (label or alias; with `prefix`, label then a date). */
export function ratingCondition(cell: string, rating: Rating, prefix: boolean): string {
  const k = keyOf(cell);
  // Excel's key keeps other punctuation: "Amber/Green" keys as AMBER/GREEN there, so both forms.
  const excelKey = (s: string) => s.toUpperCase().replace(/[ .-]/g, "");
  // Symbols (🔴, ✅) carry their own colour: the rule colours the words.
  const words = spellings(rating).filter((s) => /\p{L}/u.test(s));
  const keys = [...new Set(words.flatMap((s) => [ratingKey(s).toUpperCase(), excelKey(s)]))];
  const tests = keys.map((key) => `${k}="${key}"`);
  const label = ratingKey(rating.label).toUpperCase();
  if (prefix) tests.push(`LEFT(${k},${label.length})="${label}"`);
  return tests.length === 1 ? tests[0]! : `OR(${tests.join(",")})`;
}

/** True when leads write a date after the rating ("Blue – Sept 2019"): match label prefixes. */
function usesLabelPlusDate(plan: Plan): boolean {
  // Items share one reading per distinct text (the reader memoises them): check each once.
  const seen = new Set<unknown>();
  return plan.items.some((i) => {
    const s = i.status;
    if (seen.has(s)) return false;
    seen.add(s);
    if (s.kind !== "exact" && s.kind !== "normalised") return false;
    const written = ratingKey(s.text);
    return !spellings(s.rating).some((a) => ratingKey(a) === written);
  });
}

/**
 * The plan's formatting: one rule per rating over the rating and initial-rating columns, an
 * overdue rule over real-date deadlines, and rating dropdowns fed by a named list. Bounded to
 * the plan's rows plus headroom, never whole columns. `listName` is the plan's own rating list.
 */
export function buildFormatSpec(plan: Plan, listName: string = RATING_LIST_NAME): FormatSpec {
  const top = plan.headerRow + 1;
  const bottom = Math.max(plan.lastRow, top) + headroom(plan);
  const prefix = usesLabelPlusDate(plan);
  const rules: ConditionalRule[] = [];
  const validations: ListValidation[] = [];
  for (const field of ["status", "initialStatus"] as const) {
    const col = plan.columns[field];
    if (col === undefined) continue;
    const range = a1Range(top, col, bottom, col);
    const cell = `$${columnLetter(col)}${top}`;
    for (const rating of plan.scheme.ratings)
      rules.push({ purpose: "rating", label: rating.label, range, formula: `AND(${OUR_TAG},${ratingCondition(cell, rating, prefix)})`, style: { fill: rating.fill, font: rating.font } });
    validations.push({
      range,
      listName,
      errorStyle: prefix ? "warning" : "stop",
      prompt: `${field === "status" ? "Rating" : "Initial rating"}: ${plan.scheme.ratings.map((r) => r.label).join(", ")}`,
    });
  }
  const deadlineCol = plan.columns.deadline;
  if (deadlineCol !== undefined) {
    const d = `$${columnLetter(deadlineCol)}${top}`;
    const statusCol = plan.columns.status;
    const complete = plan.scheme.ratings.filter((r) => r.complete);
    const notComplete = statusCol === undefined || complete.length === 0 ? "" : `,NOT(OR(${complete.map((r) => ratingCondition(`$${columnLetter(statusCol)}${top}`, r, prefix)).join(",")}))`;
    rules.push({ purpose: "overdue", range: a1Range(top, deadlineCol, bottom, deadlineCol), formula: `AND(${OUR_TAG},ISNUMBER(${d}),${d}<TODAY()${notComplete})`, style: OVERDUE_STYLE });
  }
  return { sheet: plan.sheet, rules, validations, lists: validations.length ? [{ name: listName, sheet: STATE_SHEET, range: ratingListRange(plan.scheme.ratings.length, ratingListIndex(listName)) }] : [] };
}
