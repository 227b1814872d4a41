import type ExcelJS from "exceljs";
import { ownerMarkerName, ownerMarkerReference, type OwnedRole } from "../../core/ownership";
import type { WorkbookSnapshot, WritePlan } from "../port";
import { checkWritePlan, targetOf } from "../preflight";
import { plainValue } from "./read-sheet";
import { writeEdits } from "./write-edits";
import { writeFormat } from "./write-format";
import { activeSheetName, fillSheet, freshSheet, restoreActiveSheet } from "./write-sheet";
import { writeStateSheet } from "./write-state";
import { sameSheetName } from "../../core/sheet-names";



/** Everything that can refuse a write, checked before anything is changed (preflight.ts decides). */
function preflight(workbook: ExcelJS.Workbook, snapshot: WorkbookSnapshot, plan: WritePlan): void {
  const target = targetOf(snapshot);
  checkWritePlan(plan, {
    ...target,
    // The snapshot's grids are whole; a cell's formula is seen in ExcelJS's own cell.
    cell: (sheet, address) => {
      const cell = workbook.worksheets.find((s) => sameSheetName(s.name, sheet))!.getCell(address);
      return { value: plainValue(cell.value), formula: Boolean(cell.formula) };
    },
  });
}

/** Point the role's marker name at the sheet's A1 (ownership.ts), replacing an older one. */
function mark(workbook: ExcelJS.Workbook, role: OwnedRole, sheet: string): void {
  const names = workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] };
  const marker = ownerMarkerName(role);
  names.model = names.model.filter((n) => !sameSheetName(n.name, marker));
  workbook.definedNames.add(ownerMarkerReference(sheet), marker);
}

/**
 * Execute a WritePlan on an ExcelJS workbook in memory, as a unit: every check runs before
 * the first change, so a refusal leaves the workbook as it was. New sheets are written before
 * the formatting, which may be of one of them.
 */
export function executeWritePlan(workbook: ExcelJS.Workbook, snapshot: WorkbookSnapshot, plan: WritePlan): void {
  preflight(workbook, snapshot, plan);
  const active = activeSheetName(workbook);
  const planSheet = plan.format ? workbook.getWorksheet(plan.format.sheet) : undefined;
  for (const spec of plan.sheets ?? []) {
    fillSheet(freshSheet(workbook, spec.name, planSheet), spec);
    const role = spec.role ?? "summary";
    if (role !== "user") mark(workbook, role, spec.name);
  }
  if (plan.format) writeFormat(workbook, plan.format);
  writeEdits(workbook, plan.edits ?? []);
  // Settings last, as every adapter writes them (port.ts).
  if (plan.stateSheet) {
    writeStateSheet(workbook, plan.stateSheet);
    mark(workbook, "settings", plan.stateSheet.name);
  }
  restoreActiveSheet(workbook, active);
}
