import type { PlanConfig } from "../core/config";
import { FIELD_LABELS, type Field } from "../core/fields";
import { cellText } from "../core/grid";
import { BUILT_IN_SCHEMES, type BuiltInSchemeId } from "../core/ratings/scheme";
import { readState, type TrackerState } from "../core/state";
import type { WorkbookSnapshot, WritePlan } from "../workbook/port";
import { settingsSheetOf, stateOf } from "./check";
import { followPlan } from "./plans";
import { describeSettingsProblem } from "./settings-problems";
import { stateWrite } from "./state-write";

/** Every saved setting is shared: say so wherever one is changed. */
export const FOR_EVERYONE = "This is saved in the workbook, so it applies to everyone who opens it.";

/** A change to the followed plan's settings, as the pane offers them. */
export type SettingChange =
  | { kind: "sheet"; sheet: string }
  | { kind: "headerRow"; row: number | null }
  | { kind: "scheme"; scheme: BuiltInSchemeId | null }
  | { kind: "column"; field: Field; letter: string | null }
  | { kind: "detect" }
  | { kind: "stampUpdated"; on: boolean };

/** A settings write and the words for it: before (the preview) and after (the result). */
export interface SettingsPlan {
  write: WritePlan;
  /** What will change, for the preview. */
  change: string;
  /** What changed, for the result message. */
  done: string;
}

const schemeName = (id: BuiltInSchemeId | null) => (id ? BUILT_IN_SCHEMES[id].name : "detected from the ratings in use");

function configAfter(config: PlanConfig, current: string | null, change: SettingChange): { config: PlanConfig; change: string; done: string } {
  switch (change.kind) {
    case "sheet":
      return { config: followPlan(config, current, change.sheet), change: `Follow the plan on "${change.sheet}"${current ? ` instead of "${current}" (its settings are kept for when you switch back)` : ""}.`, done: `Now following the plan on "${change.sheet}".` };
    case "headerRow": {
      const { headerRow: _, ...rest } = config;
      const next = change.row === null ? rest : { ...rest, headerRow: change.row };
      const words = change.row === null ? "found automatically" : `row ${change.row}`;
      return { config: next, change: `Read the headings from ${words}.`, done: `Headings are now read from ${words}.` };
    }
    case "scheme": {
      const { scheme: _, ...rest } = config;
      const next = change.scheme === null ? rest : { ...rest, scheme: change.scheme };
      return { config: next, change: `Use the rating scheme ${schemeName(change.scheme)}.`, done: `Ratings are now read as ${schemeName(change.scheme)}.` };
    }
    case "column": {
      const columns = { ...config.columns };
      if (change.letter === null) delete columns[change.field];
      else columns[change.field] = change.letter;
      const { columns: _, ...rest } = config;
      const next = Object.keys(columns).length ? { ...rest, columns } : rest;
      const label = FIELD_LABELS[change.field].toLowerCase();
      const words = change.letter === null ? `found automatically` : `column ${change.letter}`;
      return { config: next, change: `Read the ${label} from ${words}.`, done: `The ${label} is now read from ${words}.` };
    }
    case "detect": {
      const { headerRow: _h, columns: _c, scheme: _s, ...rest } = config;
      return { config: rest, change: "Forget the header row, columns and rating scheme saved for this plan, and detect them again.", done: "Header row, columns and rating scheme are detected again." };
    }
    case "stampUpdated": {
      const { stampUpdated: _, ...rest } = config;
      return change.on
        ? { config: { ...rest, stampUpdated: true }, change: `Stamp today's date in the "Last updated" column when a rating or progress update changes in the pane's workbook.`, done: `"Last updated" is now stamped when a rating or progress update changes.` }
        : { config: rest, change: `Stop stamping "Last updated".`, done: `"Last updated" is no longer stamped.` };
    }
  }
}

/**
 * One settings change for the plan on `current` (the sheet being read, which the settings
 * now name, so a later rename is noticed). Re-reads the stored state from `snapshot`.
 */
export function planSettingChange(snapshot: WorkbookSnapshot, current: string | null, change: SettingChange): SettingsPlan {
  const state = stateOf(snapshot);
  const base = current && change.kind !== "sheet" ? { ...state.config, sheet: current } : state.config;
  const after = configAfter(base, current, change);
  return { write: { stateSheet: stateWrite(snapshot, { ...state, config: after.config }, null) }, change: `${after.change} ${FOR_EVERYONE}`, done: after.done };
}

/** Our sheets when the settings are damaged: the stored list if it still reads, else the sheets our markers prove ours. */
function ownedSheetsOf(snapshot: WorkbookSnapshot): string[] {
  const grid = settingsSheetOf(snapshot)?.grid;
  const row = grid?.values.find((r) => cellText(r[0] ?? null) === "ownedSheets");
  try {
    const list: unknown = JSON.parse(String(row?.[1] ?? ""));
    if (Array.isArray(list) && list.every((n) => typeof n === "string")) return list.filter((n) => snapshot.sheets.some((s) => s.name === n));
  } catch {
    // Unreadable too: fall back to the markers.
  }
  return snapshot.sheets.filter((s) => s.ownedAs && s.ownedAs !== "settings").map((s) => s.name);
}

/** What is wrong with the stored settings, in plain words; empty when they read fine. */
export function settingsProblems(snapshot: WorkbookSnapshot): string[] {
  const read = readState(settingsSheetOf(snapshot)?.grid ?? null);
  return read.ok ? [] : read.problems.map(describeSettingsProblem);
}

/**
 * "Reset settings": everything back to detection. Damaged settings are replaced; the sheets
 * WSOA Tracker made stay ours (from the stored list when it reads, else from their markers),
 * and every rating list stays as it is so no dropdown changes.
 */
export function planResetSettings(snapshot: WorkbookSnapshot): SettingsPlan & { problems: string[] } {
  const problems = settingsProblems(snapshot);
  const read = readState(settingsSheetOf(snapshot)?.grid ?? null);
  const owned = read.ok ? read.state.ownedSheets : ownedSheetsOf(snapshot);
  const state: TrackerState = { config: { version: 1 }, ownedSheets: owned };
  return {
    problems,
    write: { stateSheet: stateWrite(snapshot, state, null) },
    change: `Clear every saved setting: the plan sheet, header row, columns and rating scheme are detected again. Sheets WSOA Tracker made and the rating dropdowns stay as they are. ${FOR_EVERYONE}`,
    done: problems.length ? "The damaged settings were replaced: WSOA Tracker now detects the plan again." : "Settings reset: WSOA Tracker now detects the plan again.",
  };
}
