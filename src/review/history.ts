import { planPoint } from "../core/compare";
import type { IsoDate } from "../core/dates";
import { buildHistorySheet, historyView, HISTORY_SHEET, looksLikeHistory, readHistory, type HistoryView, type Round } from "../core/history";
import { sameSheetName } from "../core/sheet-names";
import type { TrackerState } from "../core/state";
import type { SheetSpec } from "../core/specs/types";
import { WorkbookError } from "../workbook/errors";
import type { SheetSnapshot, WorkbookSnapshot } from "../workbook/port";
import type { ResolvedPlan } from "./check";

/**
 * Our history sheet in a workbook as read: the one a marker proves ours (`ownedAs`), else one
 * our state sheet lists as ours that is laid out as a history. A user's sheet is never read
 * as our history, whatever its name.
 */
export function findHistorySheet(snapshot: WorkbookSnapshot, state: TrackerState): SheetSnapshot | null {
  const marked = snapshot.sheets.find((s) => s.ownedAs === "history");
  if (marked) return marked;
  return snapshot.sheets.find((s) => state.ownedSheets.some((o) => sameSheetName(o, s.name)) && looksLikeHistory(s.grid)) ?? null;
}

/** The recorded rounds, oldest first (none when there is no history sheet). */
export function roundsOf(snapshot: WorkbookSnapshot, state: TrackerState): Round[] {
  const sheet = findHistorySheet(snapshot, state);
  if (!sheet) return [];
  const read = readHistory(sheet.grid);
  if (!read.ok)
    throw new WorkbookError("bad-config", `The reporting rounds on sheet "${sheet.name}" cannot be read: ${read.cell} ${read.message}. Correct that cell (or undo the edit) so no round is lost.`);
  return read.rounds;
}

/** The name our history sheet has, or will have: never a user's sheet. */
export function historySheetName(snapshot: WorkbookSnapshot, state: TrackerState): string {
  const found = findHistorySheet(snapshot, state);
  if (found) return found.name;
  const taken = (n: string) => snapshot.sheets.some((s) => sameSheetName(s.name, n));
  if (!taken(HISTORY_SHEET)) return HISTORY_SHEET;
  for (let i = 2; ; i++) if (!taken(`${HISTORY_SHEET} ${i}`)) return `${HISTORY_SHEET} ${i}`;
}

/** The history sheet to write for these rounds, under its name in this workbook. */
export function historySheetSpec(snapshot: WorkbookSnapshot, state: TrackerState, rounds: readonly Round[]): SheetSpec {
  return buildHistorySheet(rounds, historySheetName(snapshot, state));
}

/**
 * What the summary shows from the history: the plan now against the last round before
 * `today`, and the trend by round. Null when no round is recorded.
 */
export function historyViewOf(snapshot: WorkbookSnapshot, resolved: ResolvedPlan, today: IsoDate): HistoryView | null {
  const { analysis, sheet, state } = resolved;
  return historyView(roundsOf(snapshot, state), planPoint(analysis.plan, sheet.grid, today), analysis.plan.scheme);
}
