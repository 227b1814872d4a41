/**
 * Which sheets are ours, proved rather than guessed from a name. Every sheet WSOA Tracker
 * creates carries a hidden workbook-scoped name pointing at its A1, e.g.
 * `WSOA_Owned_Summary` → `'Summary'!$A$1`. Excel keeps the reference right when the sheet is
 * renamed or moved, and turns it into `#REF!` when the sheet is deleted, so a user's sheet that
 * later takes the same name is never mistaken for ours. Both the Office JavaScript API (`workbook.names`) and a
 * file (`<definedName hidden="1">`) can read and write it.
 */
export type OwnedRole = "settings" | "summary" | "history";

export const OWNED_ROLES: readonly OwnedRole[] = ["settings", "summary", "history"];

const PREFIX = "WSOA_Owned_";

/** `summary` → `WSOA_Owned_Summary`. */
export function ownerMarkerName(role: OwnedRole): string {
  return PREFIX + role[0]!.toUpperCase() + role.slice(1);
}

/** The role a defined name marks, or null for any other name (names compare without case). */
export function roleOfMarker(name: string): OwnedRole | null {
  const lower = name.toLowerCase();
  return OWNED_ROLES.find((r) => ownerMarkerName(r).toLowerCase() === lower) ?? null;
}

/** The marker's reference for a sheet: `'Sheet name'!$A$1` (quotes doubled as Excel writes them). */
export function ownerMarkerReference(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!$A$1`;
}

/**
 * The sheet a marker's formula points at (`='Sheet name'!$A$1` or `=Summary!$A$1`), or null
 * when the sheet has gone (`=#REF!$A$1`) or the formula is not a reference to A1.
 */
export function markerSheet(formula: string): string | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!\$?A\$?1$/.exec(formula.trim());
  if (!m || m[2] === "#REF") return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
}

/** Which sheet each role's marker proves ours: role → sheet name, from the workbook's names. */
export function markedSheets(names: readonly { name: string; formula: string }[]): Map<OwnedRole, string> {
  const out = new Map<OwnedRole, string>();
  for (const n of names) {
    const role = roleOfMarker(n.name);
    const sheet = role && markerSheet(n.formula);
    if (role && sheet) out.set(role, sheet);
  }
  return out;
}
