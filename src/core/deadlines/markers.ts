/** Words around dates that change what a deadline means: missing markers, recurrence, open ends. */

/** Whole-cell markers of no deadline, on normalised text. isMissingMarker("tbc") → true. */
export function isMissingMarker(norm: string): boolean {
  const bare = norm.replace(/^[\s.()[\]]+|[\s.()[\]]+$/g, "");
  return /^(?:|-+|tbc|tba|tbd|n\/a|to be (?:confirmed|agreed|decided|determined|arranged))$/.test(bare);
}

/** True when the text opens with TBC/TBA/TBD ("TBC (Pre-Christmas)"). startsWithTbc("tbc (pre-christmas)") → true. */
export function startsWithTbc(norm: string): boolean {
  return /^(?:tbc|tba|tbd)(?![a-z])/.test(norm);
}

const RECURRING = /(?<![a-z])(?:on-? ?going|onwards?|quarterly|monthly|bi-? ?monthly|six-? ?monthly|annually|yearly|bi-? ?annually|termly|half-? ?termly|weekly|bi-? ?weekly|fortnightly|daily|(?:every|each) (?:\d+ )?(?:day|week|fortnight|month|term|half-? ?term|quarter|year)s?)(?![a-z])/;

/**
 * True when the text says the work recurs or continues, so it is never overdue.
 * isOngoingText("quarterly report provided starting in september 2019") → true; isOngoingText("q3 2024/25") → false.
 */
export function isOngoingText(norm: string): boolean {
  return RECURRING.test(norm);
}

/**
 * True when the text before a single date opens it without an end: "From May 2019",
 * "Starting in September 2019" (but not "w/c" or "week commencing", which name a week).
 * opensWithoutEnd("ongoing from ") → true; opensWithoutEnd("week commencing ") → false.
 */
export function opensWithoutEnd(before: string): boolean {
  if (/week (?:commencing|beginning|starting) ?$/.test(before)) return false;
  return /(?<![a-z])(?:from|starting|commencing|since|beginning)(?: (?:in|on|from|at))? ?$/.test(before);
}

/** True when the text between two dates joins them ("to", "-", ",", "and"). joinsDates(" to ") → true. */
export function joinsDates(between: string): boolean {
  return /^[\s,]*(?:-|to|until|till|through|thru|and|&|\/|or)?[\s,]*$/.test(between);
}

/** True when the text after the last date is a range left open ("June 2020 to"). endsWithOpenRange(" to") → true. */
export function endsWithOpenRange(after: string): boolean {
  return /^\s*(?:-|to|until|till|through|thru)\s*$/.test(after);
}
