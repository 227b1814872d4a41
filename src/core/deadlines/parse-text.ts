/** Reading a deadline written as text: markers first, then the date phrases inside. */
import { formatUkDate } from "../dates";
import { endsWithOpenRange, isMissingMarker, isOngoingText, opensWithoutEnd, startsWithTbc } from "./markers";
import { findMentions } from "./mentions";
import { normaliseText } from "./normalise";
import { resolveMentions } from "./resolve-mentions";
import { DEFAULT_TERMS } from "./terms";
import type { Deadline, DeadlineOptions, Interval } from "./types";

/** The span from the earliest start to the latest due. */
function span(intervals: Interval[]): Interval {
  const starts = intervals.map((i) => i.start).sort();
  const dues = intervals.map((i) => i.due).sort();
  return { start: starts[0]!, due: dues[dues.length - 1]! };
}

/**
 * A deadline from free text. `due` is the end of the latest date named, `start` the start of
 * the earliest; words around the dates are ignored ("By end of March 2020", "Once appointed – April 2019").
 * parseDeadlineText("June 2020 to April 2021") → { kind: "date", start: "2020-06-01", due: "2021-04-30", … };
 * parseDeadlineText("From May 2019") → { kind: "ongoing", … }; parseDeadlineText("TBC") → { kind: "missing", … }.
 */
export function parseDeadlineText(raw: string, options: DeadlineOptions = {}): Deadline {
  const text = raw.trim();
  const norm = normaliseText(text);
  if (isMissingMarker(norm)) return { kind: "missing", text };
  if (isOngoingText(norm)) return { kind: "ongoing", text };
  const mentions = findMentions(norm);
  const first = mentions[0];
  const last = mentions[mentions.length - 1];
  if (!first || !last) return startsWithTbc(norm) ? { kind: "missing", text } : { kind: "unparsed", text };
  if (mentions.length === 1 && opensWithoutEnd(norm.slice(0, first.from))) return { kind: "ongoing", text };
  const resolved = resolveMentions(mentions, { terms: options.terms ?? DEFAULT_TERMS, quarters: options.quarters ?? "calendar" });
  if (!resolved.ok) return resolved.problem === "implausible" ? { kind: "implausible", text, year: resolved.year } : { kind: "unparsed", text };
  const { start, due } = span(resolved.intervals);
  const ambiguities = [...resolved.ambiguities];
  if (endsWithOpenRange(norm.slice(last.to))) ambiguities.push(`"${text}" is a range with no end; read as due ${formatUkDate(due)}`);
  if (startsWithTbc(norm)) ambiguities.push(`"${text}" is marked to be confirmed; read as due ${formatUkDate(due)}`);
  return ambiguities.length > 0
    ? { kind: "date", start, due, text, source: "text", ambiguity: ambiguities.join("; ") }
    : { kind: "date", start, due, text, source: "text" };
}
