import { cellAt, cellText, type Grid } from "./grid";
import { markedSheets, OWNED_ROLES, type OwnedRole } from "./ownership";
import { sameSheetName } from "./sheet-names";
import { readState, STATE_SHEET } from "./state";

/** A sheet as an adapter read it: enough to decide whether it is ours. */
export interface SheetFacts {
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
  grid: Grid;
  ownedAs?: OwnedRole;
}

/** Our settings sheet as versions before ownership markers left it: very hidden, "config" in A2. */
function isLegacySettings(sheet: SheetFacts): boolean {
  return sameSheetName(sheet.name, STATE_SHEET) && sheet.visibility === "veryHidden" && cellText(cellAt(sheet.grid, 2, 1)) === "config";
}

/** What our summary sheet always held: "As at … items complete" in A2 and "Rating key" just below. */
function looksLikeOurSummary(grid: Grid): boolean {
  const asAt = /^As at .+ items complete/.test(cellText(cellAt(grid, 2, 1)));
  return asAt && [3, 4, 5, 6].some((r) => cellText(cellAt(grid, r, 1)) === "Rating key");
}

/**
 * Set `ownedAs` on the sheets we can prove are ours, and on no other.
 *
 * 1. A marker name (src/core/ownership.ts) pointing at the sheet proves it, whatever the sheet is
 *    called now (Excel keeps the reference right through renames).
 * 2. A workbook written before markers existed (a settings sheet whose B3 lists "Summary", no
 *    markers) is adopted only where the evidence cannot be a user's sheet that later took the
 *    name: the settings sheet when it is very hidden with "config" in A2 (a user cannot make a
 *    very hidden sheet from Excel's menus), and a listed summary only when its cells are still
 *    our summary's (A2 "As at … items complete", "Rating key" below). A user's own "Summary"
 *    fails that test, stays theirs, and the next summary goes to "WSOA Summary". The adapter
 *    then writes the markers, so the question is asked once.
 */
export function proveOwnership(sheets: SheetFacts[], names: readonly { name: string; formula: string }[]): void {
  const marked = markedSheets(names);
  for (const role of OWNED_ROLES) {
    const name = marked.get(role);
    const sheet = name === undefined ? undefined : sheets.find((s) => sameSheetName(s.name, name));
    if (sheet) sheet.ownedAs = role;
  }
  if (!marked.has("settings")) {
    const legacy = sheets.find(isLegacySettings);
    if (legacy && !legacy.ownedAs) legacy.ownedAs = "settings";
  }
  const settings = sheets.find((s) => s.ownedAs === "settings");
  if (marked.has("summary") || !settings) return;
  const state = readState(settings.grid);
  if (!state.ok) return;
  const listed = sheets.find((s) => !s.ownedAs && state.state.ownedSheets.some((n) => sameSheetName(n, s.name)) && looksLikeOurSummary(s.grid));
  if (listed) listed.ownedAs = "summary";
}

/**
 * The names of the sheets proved ours (settings sheet aside), plus one this write creates, in a
 * stable order: our settings sheet lists them for people to read, and a re-run must not reorder it.
 */
export function ownedSheetNames(sheets: readonly SheetFacts[], adding?: string | null): string[] {
  const names = sheets.filter((s) => s.ownedAs && s.ownedAs !== "settings").map((s) => s.name);
  if (adding && !names.some((n) => sameSheetName(n, adding))) names.push(adding);
  return names.sort((a, b) => a.localeCompare(b));
}
