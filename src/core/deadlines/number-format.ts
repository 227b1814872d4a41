/** Whether an Excel number format displays a date. */

/**
 * True when a number format shows a date: it has day, month or year codes outside quoted text,
 * escapes and [brackets]; an "m" counts only without hours or seconds (h:mm is a time).
 * isDateNumberFormat("dd/mm/yyyy") → true; isDateNumberFormat("General") → false; isDateNumberFormat("h:mm") → false.
 */
export function isDateNumberFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const codes = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .toLowerCase();
  if (codes.trim() === "general") return false;
  if (/[dy]/.test(codes)) return true;
  return /m/.test(codes) && !/[hs]/.test(codes);
}
