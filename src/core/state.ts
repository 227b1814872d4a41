import { parseConfig, type ConfigProblem, type PlanConfig } from "./config";
import { cellText, type Grid } from "./grid";
import { sameSheetName } from "./sheet-names";

/**
 * Our own sheet, very hidden, readable by the add-in (Office JavaScript API) and ExcelJS alike: the plan's config
 * (shared by every co-author and the CLI), the sheets we created, and the rating list the
 * dropdowns point at.
 *
 *   A1 title · A2 "config" B2 {json} · A3 "ownedSheets" B3 ["Summary"] · A4 "summaryRows" B4
 *   fingerprint of the summary as last written · D1 "Ratings" D2… labels
 *
 * Which sheets are ours is proved by marker names (ownership.ts), not by B3: B3 is still written
 * for older versions of the add-in and read only to adopt a workbook they wrote
 * (ownership-proof.ts). A4/B4 may be missing (older versions): nothing is then known of edits.
 */
export const STATE_SHEET = "WSOA Tracker";
export const RATING_LIST_NAME = "WSOA_Ratings";
const TITLE = "WSOA Tracker settings: managed by the add-in. Edit the config JSON in B2 with care; it is checked on every run.";

export interface TrackerState {
  config: PlanConfig;
  ownedSheets: string[];
  /** One short hash per row of the summary as we last wrote it (summary-fingerprint.ts). */
  summaryRows?: string[];
}

export type StateRead =
  | { ok: true; state: TrackerState; found: boolean }
  | { ok: false; problems: ConfigProblem[] };

function rowValue(grid: Grid, key: string): string | null {
  for (const row of grid.values) if (cellText(row[0] ?? null) === key) return row[1] === null || row[1] === undefined ? null : String(row[1]);
  return null;
}

/**
 * Read our state sheet. A missing sheet gives the defaults; a damaged one gives problems
 * naming the bad key, never a silent default.
 */
export function readState(grid: Grid | null): StateRead {
  if (!grid) return { ok: true, found: false, state: { config: { version: 1 }, ownedSheets: [] } };
  const rawConfig = rowValue(grid, "config");
  const rawOwned = rowValue(grid, "ownedSheets");
  let configJson: unknown = {};
  let owned: unknown = [];
  try {
    configJson = rawConfig ? JSON.parse(rawConfig) : {};
  } catch (e) {
    return { ok: false, problems: [{ key: "config", message: `the JSON in '${STATE_SHEET}'!B2 cannot be read (${(e as Error).message})` }] };
  }
  try {
    owned = rawOwned ? JSON.parse(rawOwned) : [];
  } catch {
    owned = null;
  }
  if (!Array.isArray(owned) || !owned.every((s) => typeof s === "string"))
    return { ok: false, problems: [{ key: "ownedSheets", message: `'${STATE_SHEET}'!B3 must be a JSON list of sheet names` }] };
  const parsed = parseConfig(configJson);
  if (!parsed.ok) return parsed;
  const rows = rowValue(grid, "summaryRows");
  // A damaged fingerprint only costs the "edited since" warning: read as unknown, not an error.
  const summaryRows = rows && /^[0-9a-z]*(,[0-9a-z]*)*$/.test(rows) ? rows.split(",") : undefined;
  return { ok: true, found: true, state: { config: parsed.config, ownedSheets: owned, ...(summaryRows ? { summaryRows } : {}) } };
}

/**
 * Each plan's dropdowns use their own named list, so a second plan never changes the first
 * one's ratings: WSOA_Ratings in column D, WSOA_Ratings_2 in E, and so on.
 */
export function ratingListName(index: number): string {
  return index === 0 ? RATING_LIST_NAME : `${RATING_LIST_NAME}_${index + 1}`;
}

/** `WSOA_Ratings` → 0, `WSOA_Ratings_3` → 2; anything else → 0. */
export function ratingListIndex(name: string | undefined): number {
  const m = name ? /^WSOA_Ratings_(\d+)$/.exec(name) : null;
  return m ? Math.max(0, Number(m[1]) - 1) : 0;
}

/** Where a rating list sits on our state sheet: D2 down for the first, E2 down for the second… */
export function ratingListRange(count: number, index = 0): string {
  const col = String.fromCharCode(68 + index);
  return `$${col}$2:$${col}$${Math.max(2, count + 1)}`;
}

/** Another plan's rating list, written back as it is so its dropdowns keep working. */
export interface KeptList {
  index: number;
  labels: string[];
}

/**
 * The rows of our state sheet, and where the current plan's rating list sits in them
 * (column D + the index of `config.ratingList`); `others` are the other plans' lists.
 */
export function stateSheetRows(state: TrackerState, ratingLabels: string[], others: KeptList[] = []): { rows: (string | number | null)[][]; listRange: string } {
  const index = ratingListIndex(state.config.ratingList);
  const lists = [{ index, labels: ratingLabels }, ...others.filter((o) => o.index !== index)];
  const width = 4 + Math.max(...lists.map((l) => l.index));
  const height = Math.max(4, ...lists.map((l) => l.labels.length + 1));
  const rows: (string | number | null)[][] = Array.from({ length: height }, () => Array<string | number | null>(width).fill(null));
  rows[0]![0] = TITLE;
  rows[1]![0] = "config";
  rows[1]![1] = JSON.stringify(state.config);
  rows[2]![0] = "ownedSheets";
  rows[2]![1] = JSON.stringify(state.ownedSheets);
  rows[3]![0] = "summaryRows";
  rows[3]![1] = state.summaryRows?.join(",") ?? null;
  for (const l of lists) {
    rows[0]![3 + l.index] = l.index === 0 ? "Ratings" : `Ratings ${l.index + 1}`;
    l.labels.forEach((label, i) => (rows[i + 1]![3 + l.index] = label));
  }
  return { rows, listRange: ratingListRange(ratingLabels.length, index) };
}

/**
 * A name for our summary sheet that is not a user's sheet: "Summary" unless a user's sheet
 * already has that name, then "WSOA Summary", "WSOA Summary 2", …
 */
export function freeSheetName(wanted: string, existing: readonly string[], owned: readonly string[]): string {
  const taken = (n: string) => existing.some((e) => sameSheetName(e, n)) && !owned.some((o) => sameSheetName(o, n));
  if (!taken(wanted)) return wanted;
  const base = `WSOA ${wanted}`;
  if (!taken(base)) return base;
  for (let i = 2; ; i++) if (!taken(`${base} ${i}`)) return `${base} ${i}`;
}
