import type { Grid } from "../../core/grid";
import { markedSheets as markedNames, OWNED_ROLES, type OwnedRole } from "../../core/ownership";
import { proveOwnership, type SheetFacts } from "../../core/ownership-proof";
import { readState, STATE_SHEET } from "../../core/state";
import { sameSheetName } from "../../core/sheet-names";
import { findCell, sharedStrings } from "./cell-edit";
import type { PackageSheet, WritablePackage } from "./package-parts";

/** The workbook-level names, as the core's ownership rules read them. */
function globalNames(pkg: WritablePackage): { name: string; formula: string }[] {
  return pkg.names().filter((n) => n.localSheetId === null).map((n) => ({ name: n.name, formula: n.text }));
}

/** Sheets proved ours by a marker name, by role (the core decides which; this finds their parts). */
export function markedSheets(pkg: WritablePackage): Map<OwnedRole, PackageSheet> {
  const sheets = pkg.sheets();
  const out = new Map<OwnedRole, PackageSheet>();
  for (const [role, name] of markedNames(globalNames(pkg))) {
    const sheet = sheets.find((s) => sameSheetName(s.name, name));
    if (sheet) out.set(role, sheet);
  }
  return out;
}

/** A few cells of a sheet (those the legacy rule looks at), read from its part. */
function cornerGrid(pkg: WritablePackage, sheet: PackageSheet, shared: (i: number) => string): Grid {
  const xml = sheet.part ? pkg.text(sheet.part) : null;
  const values = [1, 2, 3, 4, 5, 6].map((r) => ["A", "B"].map((c) => (xml ? (findCell(xml, `${c}${r}`, shared)?.value ?? null) : null)));
  return { values, origin: { row: 1, col: 1 } };
}

/**
 * Our sheets in this package, by role: markers first, then (for a workbook written before
 * markers) the legacy evidence rule of src/core/ownership-proof.ts, as every adapter applies it.
 */
export function ownedByRole(pkg: WritablePackage): Map<OwnedRole, PackageSheet> {
  const marked = markedSheets(pkg);
  if (marked.has("settings")) return marked;
  const sheets = pkg.sheets();
  const candidate = sheets.find((s) => sameSheetName(s.name, STATE_SHEET) && s.state === "veryHidden");
  if (!candidate) return marked;
  const ssPath = pkg.relationships(pkg.workbookRelsPath).find((r) => /\/sharedStrings$/.test(r.type))?.target;
  const shared = sharedStrings(ssPath ? pkg.text(ssPath) : null);
  // Only the candidate and the sheets it lists are opened: a big plan sheet is never inflated here.
  const candidateGrid = cornerGrid(pkg, candidate, shared);
  const read = readState(candidateGrid);
  const listed = read.ok ? read.state.ownedSheets : [];
  const empty: Grid = { values: [], origin: { row: 1, col: 1 } };
  const forOwnership: SheetFacts[] = sheets.map((s) => ({
    name: s.name,
    visibility: s.state,
    grid: s === candidate ? candidateGrid : listed.includes(s.name) ? cornerGrid(pkg, s, shared) : empty,
  }));
  proveOwnership(forOwnership, globalNames(pkg));
  const out = new Map(marked);
  for (const role of OWNED_ROLES) {
    const i = forOwnership.findIndex((s) => s.ownedAs === role);
    if (i >= 0 && !out.has(role)) out.set(role, sheets[i]!);
  }
  return out;
}

