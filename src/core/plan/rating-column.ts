import { columnLetter } from "../address";
import type { Field } from "../fields";
import type { HeaderMatch } from "../header";
import { detectScheme } from "../ratings/detect-scheme";
import { matchLabel } from "../ratings/match-rating";
import { splitRatingAndDate } from "../ratings/rating-with-date";
import type { CellReader } from "./cells";

/** Columns that hold the item's words, never its rating. */
const TEXT_FIELDS: Field[] = ["ref", "workstream", "outcome", "action", "milestone"];
/** Share of a column's filled cells that must be rating labels (or rating + date). */
const MOSTLY = 0.6;
/** Fewer filled cells than this prove nothing. */
const AT_LEAST = 3;

export interface FoundByContents {
  col: number;
  /** The deadline column, read for both its date and its rating. */
  shared: boolean;
  matched: number;
  filled: number;
  schemeName: string;
}

/**
 * The rating column when no heading names one: the column whose filled cells are mostly
 * labels of one scheme (`Red`, `Amber/Green`, `🟢`), or the deadline column when its cells are
 * mostly a date with a rating (`March 2020 - Green`). Null when no column qualifies.
 */
export function findRatingColumn(cells: CellReader, header: HeaderMatch, lastRow: number, right: number): FoundByContents | null {
  const taken = new Set(TEXT_FIELDS.map((f) => header.columns[f]).filter((c): c is number => c !== undefined));
  let best: FoundByContents | null = null;
  for (let col = 1; col <= right; col++) {
    if (taken.has(col)) continue;
    const texts: string[] = [];
    for (let row = header.row + 1; row <= lastRow; row++) {
      const text = cells.ownText(row, col);
      if (text) texts.push(text);
    }
    if (texts.length < AT_LEAST) continue;
    const scheme = detectScheme(texts);
    const shared = col === header.columns.deadline;
    // Plans repeat a handful of texts: read each distinct one once.
    const counts = new Map<string, number>();
    for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
    let matched = 0;
    for (const [t, n] of counts) if (shared ? hasRatingAndDate(t, scheme) : matchLabel(scheme, t) !== null) matched += n;
    if (matched / texts.length >= MOSTLY && (!best || matched > best.matched))
      best = { col, shared, matched, filled: texts.length, schemeName: scheme.name };
  }
  return best;
}

function hasRatingAndDate(text: string, scheme: Parameters<typeof splitRatingAndDate>[0]): boolean {
  const { rating, date } = splitRatingAndDate(scheme, text);
  return rating.kind !== "blank" && date !== "";
}

/** The note reported (as info) so the user can correct the choice. */
export function foundNote(found: FoundByContents): string {
  const letter = columnLetter(found.col);
  return found.shared
    ? `No heading names the rating column; column ${letter} is read for both the deadline and the rating, as ${found.matched} of its ${found.filled} filled cells give both (e.g. "March 2020 - Green"). Set the rating column in the task pane if that is wrong.`
    : `No heading names the rating column; column ${letter} is read as the ratings, as ${found.matched} of its ${found.filled} filled cells are ${found.schemeName} labels. Set the rating column in the task pane if that is wrong.`;
}
