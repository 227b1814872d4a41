import type ExcelJS from "exceljs";
import { STATE_SHEET } from "../../core/state";
import { WorkbookError } from "../errors";
import type { WritePlan } from "../port";
import { checkWritePlan } from "../preflight";
import { plainValue } from "./read-sheet";
import { writeEdits } from "./write-edits";
import { writeFormat } from "./write-format";
import { activeSheetName, fillSheet, freshSheet, restoreActiveSheet } from "./write-sheet";
import { ownedSheets, writeStateSheet } from "./write-state";
import { isProtected } from "./internals";
import { sameSheetName } from "../../core/sheet-names";



function badSheetName(name: string): string | null {
  if (!name.trim() || name.length > 31) return "must be 1 to 31 characters";
  if (/[[\]:*?/\\]/.test(name)) return "must not contain [ ] : * ? / or \\";
  if (/^'|'$/.test(name)) return "must not begin or end with an apostrophe";
  if (sameSheetName(name, "History")) return "is reserved by Excel";
  return null;
}

/** Everything that can refuse a write, checked before anything is changed. */
function preflight(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  const stateName = plan.stateSheet?.name ?? STATE_SHEET;
  const find = (name: string) => workbook.worksheets.find((s) => sameSheetName(s.name, name));
  checkWritePlan(plan, {
    sheet: (name) => ((ws) => (ws ? { protected: isProtected(ws) } : undefined))(find(name)),
    ownedSheets: ownedSheets(workbook, stateName),
    cell: (sheet, address) => plainValue(find(sheet)!.getCell(address).value),
  });
  for (const spec of plan.sheets ?? []) {
    const problem = badSheetName(spec.name);
    if (problem) throw new WorkbookError("write-failed", `Cannot create a sheet called "${spec.name}": a sheet name ${problem}.`);
  }
  const created = (name: string) => (plan.sheets ?? []).some((s) => sameSheetName(s.name, name));
  for (const list of plan.format?.lists ?? [])
    if (!sameSheetName(list.sheet, stateName) && !find(list.sheet) && !created(list.sheet)) throw new WorkbookError("write-failed", `The rating list's sheet "${list.sheet}" does not exist; nothing was written.`);
  // A rating computed by a formula is not ours to overwrite with a value.
  for (const e of plan.edits ?? [])
    if (find(e.sheet)!.getCell(e.cell).formula) throw new WorkbookError("write-failed", `${e.sheet}!${e.cell} holds a formula, which fix will not replace with a value; nothing was written.`);
}

/**
 * Execute a WritePlan on an ExcelJS workbook in memory, as a unit: every check runs before
 * the first change, so a refusal leaves the workbook as it was. New sheets are written before
 * the formatting, which may be of one of them.
 */
export function executeWritePlan(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  preflight(workbook, plan);
  const active = activeSheetName(workbook);
  if (plan.stateSheet) writeStateSheet(workbook, plan.stateSheet);
  const planSheet = plan.format ? workbook.getWorksheet(plan.format.sheet) : undefined;
  for (const spec of plan.sheets ?? []) fillSheet(freshSheet(workbook, spec.name, planSheet), spec);
  if (plan.format) writeFormat(workbook, plan.format);
  writeEdits(workbook, plan.edits ?? []);
  restoreActiveSheet(workbook, active);
}
