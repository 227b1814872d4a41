/** Month names as plans spell them: full, three letters, "Sept", "Febuary". */

/**
 * A regular-expression source matching one month name (lower case) in a capturing group,
 * not followed by another letter: "sept" matches, "marketing" does not.
 */
export const MONTH_NAME = "(jan(?:uary)?|feb(?:r?uary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])";

const PREFIXES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** The month number (1–12) of a name MONTH_NAME matched. monthNumber("Sept") → 9; monthNumber("Foo") → null. */
export function monthNumber(name: string): number | null {
  const i = PREFIXES.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 ? null : i + 1;
}
