/** Excel's sheet names ignore case: "Summary" and "summary" are the same sheet. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The sheet of that name, compared as Excel compares names (`--sheet wsoa` finds "WSOA"). */
export function findSheet<S extends { name: string }>(sheets: readonly S[], name: string): S | undefined {
  return sheets.find((s) => sameSheetName(s.name, name));
}

/**
 * Why Excel would refuse a sheet name, as a phrase, or null for a good name. Excel refuses names
 * of 32 characters or more, blank names, `: \ / ? * [ ]`, a leading or trailing apostrophe, and
 * "History" (reserved). Checked before any write, so a refused name changes nothing.
 *
 *   sheetNameProblem("Action plan 2024/25") → 'cannot contain "/" (nor : \ ? * [ or ])'
 */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") return "cannot be blank";
  if (name.length > 31) return `is ${name.length} characters long: Excel allows at most 31`;
  const bad = /[:\\/?*[\]]/.exec(name);
  if (bad) return `cannot contain "${bad[0]}" (nor any of : \\ / ? * [ ])`;
  if (name.startsWith("'") || name.endsWith("'")) return "cannot begin or end with an apostrophe";
  if (sameSheetName(name, "History")) return 'cannot be "History": Excel keeps that name for itself';
  return null;
}
