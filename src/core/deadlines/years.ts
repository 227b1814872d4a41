/** Years as plans write them: two digits are always this century, and only 2000–2100 is plausible. */

/** The first and last plausible deadline years. */
export const PLAUSIBLE_YEARS = { from: 2000, to: 2100 } as const;

/** A written year as a number: two digits are 20xx. expandYear("19") → 2019; expandYear("1019") → 1019. */
export function expandYear(digits: string): number {
  const n = Number(digits);
  return digits.length === 2 ? 2000 + n : n;
}

/** True for a year in 2000–2100. isPlausibleYear(2202) → false. */
export function isPlausibleYear(year: number): boolean {
  return year >= PLAUSIBLE_YEARS.from && year <= PLAUSIBLE_YEARS.to;
}

/**
 * The second year of a "2024/25"-style pair, or null when the years are not consecutive.
 * secondOfPair(2024, "25") → 2025; secondOfPair(2019, "2020") → 2020; secondOfPair(2024, "27") → null.
 */
export function secondOfPair(first: number, second: string): number | null {
  const n = Number(second);
  if (second.length === 2) return n === (first + 1) % 100 ? first + 1 : null;
  if (second.length === 4) return n === first + 1 ? n : null;
  return null;
}
