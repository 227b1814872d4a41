import { cellAt, cellText } from "../core/grid";
import { ownedSheetNames } from "../core/ownership-proof";
import { ratingListIndex, stateSheetRows, type KeptList, type TrackerState } from "../core/state";
import type { WorkbookSnapshot, WritePlan } from "../workbook/port";
import { settingsSheetName, settingsSheetOf } from "./check";

/** The rating lists on our state sheet as they are now (D2 down, E2 down, …), by list index. */
export function listsOnStateSheet(snapshot: WorkbookSnapshot): KeptList[] {
  const grid = settingsSheetOf(snapshot)?.grid;
  if (!grid) return [];
  const lists: KeptList[] = [];
  const width = Math.max(0, ...grid.values.map((r) => r.length));
  for (let col = 4; col <= width + grid.origin.col - 1; col++) {
    const labels: string[] = [];
    for (let row = 2; ; row++) {
      const text = cellText(cellAt(grid, row, col));
      if (!text) break;
      labels.push(text);
    }
    if (labels.length) lists.push({ index: col - 4, labels });
  }
  return lists;
}

/**
 * The write of our state sheet, under the name it has (or a free one when a user's own sheet has
 * ours): the given settings (and summary fingerprint), the sheets proved ours (plus `adding`, one
 * this write creates), the current plan's rating list (`labels`, or as it is when null) and every
 * other plan's list exactly as it is, so no plan's dropdowns change. Every command that stores
 * settings goes through here, so none of them drops what another wrote.
 */
export function stateWrite(snapshot: WorkbookSnapshot, state: TrackerState, labels: string[] | null, adding?: string | null): NonNullable<WritePlan["stateSheet"]> {
  const ownedSheets = ownedSheetNames(snapshot.sheets, adding);
  const kept = listsOnStateSheet(snapshot);
  const rows = stateSheetRows({ ...state, ownedSheets }, labels ?? currentList(kept, state), kept).rows;
  return { name: settingsSheetName(snapshot), rows };
}

/** A format whose rating lists live on our state sheet under the name it has in this workbook. */
export function listsOnOurSheet<F extends { lists: { sheet: string }[] }>(snapshot: WorkbookSnapshot, format: F): F {
  const name = settingsSheetName(snapshot);
  return { ...format, lists: format.lists.map((l) => ({ ...l, sheet: name })) };
}

function currentList(kept: KeptList[], state: TrackerState): string[] {
  const index = ratingListIndex(state.config.ratingList);
  return kept.find((k) => k.index === index)?.labels ?? [];
}
