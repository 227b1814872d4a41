/** Excel's sheet names ignore case: "Summary" and "summary" are the same sheet. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
