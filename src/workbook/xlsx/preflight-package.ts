import type { OwnedRole } from "../../core/ownership";
import { sameSheetName } from "../../core/sheet-names";
import { STATE_SHEET } from "../../core/state";
import { WorkbookError } from "../errors";
import type { WritePlan } from "../port";
import { checkWritePlan, formatSpecsOf, type WriteTarget } from "../preflight";
import { findCell } from "./cell-edit";
import { x14ValidationOverlaps } from "./sheet-format";
import type { PackageSheet, WritablePackage } from "./package-parts";
import { attr, childrenOf, rootElement } from "./xml-splice";

/** Review › Protect Sheet is on: `<sheetProtection sheet="1">`. */
export function sheetProtected(pkg: WritablePackage, sheet: PackageSheet): boolean {
  const xml = sheet.part ? pkg.shell(sheet.part) : null;
  if (!xml) return false;
  const p = childrenOf(xml, rootElement(xml)).find((c) => c.local === "sheetProtection");
  const v = p ? attr(xml, p, "sheet") : null;
  return v === "1" || v === "true";
}

/**
 * What a patching write can answer for the shared preflight (src/workbook/preflight.ts), and
 * the checks only a file needs: the workbook's structure lock, formula cells, valid names, a
 * sheet with our name that is not ours.
 */
export function writeTarget(pkg: WritablePackage, sheets: PackageSheet[], owned: Map<OwnedRole, PackageSheet>, shared: (i: number) => string): WriteTarget & {
  formula(sheet: string, address: string): boolean;
  ownedAs(sheet: string): OwnedRole | undefined;
  structureProtected: boolean;
} {
  const find = (name: string) => sheets.find((s) => sameSheetName(s.name, name));
  const cell = (sheet: string, address: string) => {
    const s = find(sheet);
    const xml = s?.part ? pkg.text(s.part) : null;
    return xml ? findCell(xml, address, shared) : null;
  };
  const ownedAs = (name: string) => [...owned].find(([, s]) => sameSheetName(s.name, name))?.[0];
  return {
    sheet: (name) => ((s) => (s ? { protected: sheetProtected(pkg, s), ownedAs: ownedAs(name) } : undefined))(find(name)),
    cell: (sheet, address) => ((c) => ({ value: c?.value ?? null, formula: c?.formula ?? false }))(cell(sheet, address)),
    formula: (sheet, address) => cell(sheet, address)?.formula ?? false,
    ownedAs,
    structureProtected: pkg.structureProtected,
  };
}

/** Every check before a patching write; a refusal leaves the package as it was. */
export function checkPackageWrite(pkg: WritablePackage, plan: WritePlan, sheets: PackageSheet[], owned: Map<OwnedRole, PackageSheet>, shared: (i: number) => string): void {
  const target = writeTarget(pkg, sheets, owned, shared);
  checkWritePlan(plan, target);
  const find = (name: string) => sheets.find((s) => sameSheetName(s.name, name));
  const own = [
    ...(plan.stateSheet ? [{ name: plan.stateSheet.name, role: "settings" as OwnedRole | "user" }] : []),
    ...(plan.sheets ?? []).map((s) => ({ name: s.name, role: s.role ?? ("summary" as OwnedRole | "user") })),
  ];
  // Names, ownership and protection are the shared preflight's; a file adds: not a chart sheet.
  for (const { name } of own) {
    const existing = find(name);
    if (existing && !existing.part) throw new WorkbookError("write-failed", `"${name}" is not a worksheet (a chart sheet?): it has been left untouched.`);
  }
  // Structure protection: a sheet of ours replaced in place is allowed; adding, renaming or re-hiding one is not.
  if (target.structureProtected) {
    const adds = own.filter(({ name, role }) => !find(name) && (role === "user" || !owned.get(role)));
    const renames = own.filter(({ name, role }) => !find(name) && role !== "user" && owned.get(role));
    if (adds.length || renames.length)
      throw new WorkbookError(
        "protected",
        `The workbook's structure is protected (Review › Protect Workbook), so no sheet can be added or renamed: WSOA Tracker needs to add ${[...adds, ...renames].map((a) => `"${a.name}"`).join(" and ")}. Turn the protection off, run again, then turn it back on; nothing was written.`,
      );
  }
  for (const format of formatSpecsOf(plan)) {
    const formatted = find(format.sheet);
    if (!formatted?.part) continue;
    const clash = x14ValidationOverlaps(pkg.shell(formatted.part), format.validations.map((v) => v.range));
    if (clash.length)
      throw new WorkbookError("write-failed", `Sheet "${formatted.name}" already has a dropdown of its own on ${clash.join(", ")} (kept by Excel in its 2010 form), where the rating dropdown would go. Remove it (select those cells, Data › Data Validation › Clear All) and run again; nothing was written.`);
  }
  const created = (name: string) => own.some((o) => sameSheetName(o.name, name));
  for (const list of formatSpecsOf(plan).flatMap((f) => f.lists))
    if (!find(list.sheet) && !created(list.sheet) && !sameSheetName(list.sheet, plan.stateSheet?.name ?? STATE_SHEET))
      throw new WorkbookError("write-failed", `The rating list's sheet "${list.sheet}" does not exist; nothing was written.`);
  for (const e of plan.edits ?? []) {
    if (target.formula(e.sheet, e.cell)) throw new WorkbookError("write-failed", `${e.sheet}!${e.cell} holds a formula, which fix will not replace with a value; nothing was written.`);
    if (!find(e.sheet)?.part || !findCell(pkg.text(find(e.sheet)!.part!)!, e.cell, shared))
      throw new WorkbookError("write-failed", `${e.sheet}!${e.cell} changed since it was checked (it is now empty): nothing was written. Validate again.`);
  }
}
