import { cellAt, cellText, type CellValue, type Grid } from "./grid";
import type { OwnedRole } from "./ownership";
import { sameSheetName } from "./sheet-names";
import { readState, STATE_SHEET } from "./state";

/** What deciding ownership needs to see of a sheet. */
export interface SheetForOwnership {
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
  /** Set by an adapter when a marker name proves the sheet is ours. */
  ownedAs?: OwnedRole;
  grid: Grid;
}

const at = (grid: Grid, address: string): CellValue => {
  const m = /^([A-Z])(\d+)$/.exec(address)!;
  return cellAt(grid, Number(m[2]), m[1]!.charCodeAt(0) - 64);
};

/** Named `WSOA Tracker`, very hidden, our title in A1: the previous version's settings sheet, config not yet checked. */
export function isLegacySettingsCandidate(sheet: SheetForOwnership): boolean {
  return sameSheetName(sheet.name, STATE_SHEET) && sheet.visibility === "veryHidden" && cellText(at(sheet.grid, "A1")).startsWith("WSOA Tracker settings");
}

/**
 * Our settings sheet as the previous version wrote it (no marker names): adopted only on strong
 * evidence, all of: named `WSOA Tracker`, very hidden (a person cannot make a sheet very hidden
 * from Excel's menus), our title in A1, and a config in B2 that parses.
 */
export function isLegacySettings(sheet: SheetForOwnership): boolean {
  if (!isLegacySettingsCandidate(sheet)) return false;
  const read = readState(sheet.grid);
  return read.ok && read.found && cellText(at(sheet.grid, "B2")) !== "";
}

/** A summary sheet as we write it: the as-at line in A2 and the rating key heading in A4. */
export function looksLikeOurSummary(grid: Grid): boolean {
  return cellText(at(grid, "A2")).startsWith("As at ") && cellText(at(grid, "A4")) === "Rating key";
}

/**
 * Which sheets are ours, by role: proved by marker names first; for a workbook written before
 * markers existed, the legacy settings sheet (see isLegacySettings) and, of the sheets it lists
 * as ours, a summary that still looks like ours. A user's sheet with one of our names is never
 * counted.
 */
export function ownedSheets(sheets: readonly SheetForOwnership[]): Partial<Record<OwnedRole, string>> {
  const out: Partial<Record<OwnedRole, string>> = {};
  for (const s of sheets) if (s.ownedAs && !out[s.ownedAs]) out[s.ownedAs] = s.name;
  if (out.settings) return out;
  const legacy = sheets.find(isLegacySettings);
  if (!legacy) return out;
  out.settings = legacy.name;
  const read = readState(legacy.grid);
  const listed = read.ok ? read.state.ownedSheets : [];
  if (!out.summary) {
    const summary = sheets.find((s) => !s.ownedAs && listed.some((n) => n === s.name) && looksLikeOurSummary(s.grid));
    if (summary) out.summary = summary.name;
  }
  return out;
}

/** A name for a sheet of ours that no other sheet has: `wanted`, else `wanted 2`, `wanted 3`, … */
export function freeName(wanted: string, existing: readonly string[]): string {
  const taken = (n: string) => existing.some((e) => sameSheetName(e, n));
  if (!taken(wanted)) return wanted;
  for (let i = 2; ; i++) if (!taken(`${wanted} ${i}`)) return `${wanted} ${i}`;
}
