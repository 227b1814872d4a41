import { formatSpecsOf } from "../preflight";
import type { OwnedRole } from "../../core/ownership";
import { ownerMarkerName, ownerMarkerReference } from "../../core/ownership";
import { sameSheetName } from "../../core/sheet-names";
import type { SheetSpec } from "../../core/specs/types";
import type { WritePlan } from "../port";
import { findCell, setCellText, sharedStrings } from "./cell-edit";
import { ownedByRole } from "./owned-parts";
import { WritablePackage, type PackageSheet } from "./package-parts";
import { checkPackageWrite } from "./preflight-package";
import { sheetXml, stateSheetXml } from "./sheet-build";
import { formatSheet } from "./sheet-format";
import { MINIMAL_STYLES, StylePatch } from "./styles-patch";
import { WorkbookEdit } from "./workbook-edit";
import { appendChildren, binary, prefixOf, rootElement, splice, type Splice } from "./xml-splice";

const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** The workbook's styles part, created (with its relationship and content type) when a package has none. */
function stylesPath(pkg: WritablePackage): string {
  const rel = pkg.relationships(pkg.workbookRelsPath).find((r) => /\/styles$/.test(r.type));
  if (rel && pkg.has(rel.target)) return rel.target;
  const path = pkg.workbookPath.replace(/[^/]*$/, "styles.xml");
  pkg.set(path, MINIMAL_STYLES);
  const rels = pkg.text(pkg.workbookRelsPath)!;
  const ns = pkg.namespaces().relationships;
  const relsRoot = rootElement(rels);
  pkg.set(pkg.workbookRelsPath, splice(rels, [appendChildren(rels, relsRoot, `<${prefixOf(relsRoot)}Relationship Id="rIdWsoaStyles" Type="${ns}/styles" Target="styles.xml"/>`)]));
  const ct = pkg.text("[Content_Types].xml")!;
  const ctRoot = rootElement(ct);
  pkg.set("[Content_Types].xml", splice(ct, [appendChildren(ct, ctRoot, `<${prefixOf(ctRoot)}Override PartName="/${path}" ContentType="${STYLES_TYPE}"/>`)]));
  return path;
}

/** `'Summary'!$5:$5` for a SheetSpec's repeated rows ("5:5"). */
function printTitles(sheet: string, rows: string): string {
  const [a, b = a] = rows.split(":");
  return `${ownerMarkerReference(sheet).replace(/!\$A\$1$/, "")}!$${a}:$${b}`;
}

/**
 * Execute a WritePlan on a package, changing only what the plan owns (see the README, "What is
 * kept"): every check first (a refusal changes nothing), then our sheets (replaced in place when
 * ours: same position, sheet id and relationship, so references to them survive), the plan
 * sheet's rules and dropdowns, fix's cell edits, the styles they need (appended), our names.
 */
export interface PatchReport {
  /** Ranges of the user's own validations that gave way to our dropdowns (a cell holds one). */
  replacedValidations: string[];
}

export function patchPackage(pkg: WritablePackage, plan: WritePlan): PatchReport {
  const replacedValidations: string[] = [];
  const sheets = pkg.sheets();
  const owned = ownedByRole(pkg);
  const ssPath = pkg.relationships(pkg.workbookRelsPath).find((r) => /\/sharedStrings$/.test(r.type))?.target;
  const shared = sharedStrings(ssPath ? pkg.text(ssPath) : null);
  checkPackageWrite(pkg, plan, sheets, owned, shared);

  const ns = pkg.namespaces();
  const formats = formatSpecsOf(plan);
  const stylesAt = plan.stateSheet || plan.sheets?.length || formats.length ? stylesPath(pkg) : null;
  const styles = new StylePatch(stylesAt ? pkg.text(stylesAt)! : MINIMAL_STYLES);
  const edit = new WorkbookEdit(pkg);
  const planIndex = plan.format ? sheets.findIndex((s) => sameSheetName(s.name, plan.format!.sheet)) : -1;

  /** `content`: the part as binary text (UTF-8 bytes). */
  // A "user" sheet (New plan's) is created like ours but carries no marker: it is never ours to replace.
  const writeOwn = (role: OwnedRole | "user", name: string, content: string, state: PackageSheet["state"] | undefined, spec?: SheetSpec) => {
    const mine = role === "user" ? undefined : owned.get(role);
    const old = sheets.find((s) => sameSheetName(s.name, name)) ?? mine;
    if (old?.part) {
      pkg.set(old.part, content);
      const rels = WritablePackage.relsPath(old.part);
      if (pkg.has(rels)) pkg.remove(rels); // what hung off the old sheet (a drawing, comments) is not on the new one
      edit.updateSheet(old, name, state);
      edit.dropName((n, sheet) => sheet !== null && sameSheetName(sheet, old.name) && n.name.startsWith("_xlnm."));
    } else edit.addSheet(name, content, state ?? "visible", role === "settings" ? -1 : planIndex);
    if (role !== "user") edit.setName(ownerMarkerName(role), ownerMarkerReference(name), { hidden: true });
    if (spec?.print.repeatRows) edit.setName("_xlnm.Print_Titles", printTitles(name, spec.print.repeatRows), { localSheet: name });
  };

  if (plan.stateSheet) writeOwn("settings", plan.stateSheet.name, binary(stateSheetXml(plan.stateSheet.rows, styles, ns)), "veryHidden");
  for (const spec of plan.sheets ?? []) writeOwn(spec.role ?? "summary", spec.name, binary(sheetXml(spec, styles, ns)), undefined, spec);

  // The plan sheet's formatting and any other sheet's (the KPI sheets): one spec per sheet.
  for (const format of formats) {
    const part = edit.list().find((s) => sameSheetName(s.name, format.sheet))?.part;
    if (!part) throw new Error(`no worksheet part for ${format.sheet}`); // preflight has made sure there is one
    pkg.setShellOrText(part, (xml) => formatSheet(xml, format, styles, replacedValidations));
    for (const list of format.lists) edit.setName(list.name, `${ownerMarkerReference(list.sheet).replace(/!\$A\$1$/, "")}!${list.range}`);
  }

  const bySheet = new Map<string, Splice[]>();
  for (const e of plan.edits ?? []) {
    const part = sheets.find((s) => sameSheetName(s.name, e.sheet))!.part!;
    const xml = pkg.text(part)!;
    const cell = findCell(xml, e.cell, shared)!;
    bySheet.set(part, [...(bySheet.get(part) ?? []), setCellText(xml, cell.el, e.after)]);
  }
  for (const [part, splices] of bySheet) pkg.set(part, splice(pkg.text(part)!, splices));

  const newStyles = styles.result();
  if (stylesAt && newStyles !== null) pkg.set(stylesAt, newStyles);
  edit.commit();
  return { replacedValidations };
}
