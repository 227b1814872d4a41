import type { PlanConfig } from "../core/config";
import { ownedSheetNames } from "../core/ownership-proof";
import { stateSheetRows } from "../core/state";
import type { WorkbookSnapshot, WritePlan } from "../workbook/port";
import { settingsSheetName, stateOf } from "./check";

export interface SettingsChange {
  /** The config to store; default: the one stored now. */
  config?: PlanConfig;
  /** The rating list the dropdowns point at. */
  labels: readonly string[];
  /** A sheet of ours this write creates (the summary, the history). */
  adding?: string | null;
  /** The summary's fingerprint when this write rewrites the summary; default: the stored one. */
  summaryRows?: string[];
}

/**
 * Our settings sheet as one write: under the name it has (or a free one), listing the sheets
 * proved ours, keeping the summary's fingerprint unless the write replaces it. Every command that
 * stores settings goes through here, so none of them drops what another wrote.
 */
export function settingsWrite(snapshot: WorkbookSnapshot, change: SettingsChange): NonNullable<WritePlan["stateSheet"]> {
  const state = stateOf(snapshot);
  const summaryRows = change.summaryRows ?? state.summaryRows;
  const stored = { config: change.config ?? state.config, ownedSheets: ownedSheetNames(snapshot.sheets, change.adding), ...(summaryRows ? { summaryRows } : {}) };
  return { name: settingsSheetName(snapshot), rows: stateSheetRows(stored, [...change.labels]).rows };
}

/** A format whose rating list lives on our settings sheet under the name it has in this workbook. */
export function listsOnSettingsSheet<F extends { lists: { sheet: string }[] }>(snapshot: WorkbookSnapshot, format: F): F {
  const name = settingsSheetName(snapshot);
  return { ...format, lists: format.lists.map((l) => ({ ...l, sheet: name })) };
}
