import type ExcelJS from "exceljs";
import type { SheetSpec } from "../../core/specs/types";
import { internals } from "./internals";
import { rowHeight } from "./row-height";
import { cellStyle } from "./style";
import { sameSheetName } from "../../core/sheet-names";

/** A4: the paper English councils print board papers on. */
const A4 = 9;

/** Reorder sheets (ExcelJS orders them by `orderNo`). */
function setOrder(order: ExcelJS.Worksheet[]): void {
  order.forEach((s, i) => (internals(s).orderNo = i));
}

/** The active tab's sheet name, to restore it once sheets have moved. */
export function activeSheetName(workbook: ExcelJS.Workbook): string | undefined {
  const tab = workbook.views?.[0]?.activeTab;
  return tab === undefined ? undefined : workbook.worksheets[tab]?.name;
}

export function restoreActiveSheet(workbook: ExcelJS.Workbook, name: string | undefined): void {
  const view = workbook.views?.[0];
  const index = workbook.worksheets.findIndex((s) => s.name === name);
  if (view && index >= 0) view.activeTab = index;
}

/**
 * A fresh worksheet called `name`, in the place of the one it replaces (if any), else right
 * after `after` (else last). Replacing whole is simpler and surer than clearing every cell,
 * style and merge.
 */
export function freshSheet(workbook: ExcelJS.Workbook, name: string, after: ExcelJS.Worksheet | undefined, state: ExcelJS.WorksheetState = "visible"): ExcelJS.Worksheet {
  const order = workbook.worksheets;
  const old = order.find((s) => sameSheetName(s.name, name));
  const at = old ? order.indexOf(old) : after ? order.indexOf(after) + 1 : order.length;
  if (old) workbook.removeWorksheet(old.id);
  const ws = workbook.addWorksheet(name, { state });
  const rest = order.filter((s) => s !== old);
  rest.splice(at, 0, ws);
  setOrder(rest);
  return ws;
}

/** Write a SheetSpec (values, styles, widths, merges, print setup, frozen rows) onto an empty sheet. */
export function fillSheet(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  spec.rows.forEach((cells, r) => {
    const height = rowHeight(cells, spec.columnWidths);
    if (height) ws.getRow(r + 1).height = height;
    cells.forEach((c, col) => {
      const cell = ws.getCell(r + 1, col + 1);
      if (c.value !== null && c.value !== "") cell.value = c.value;
      if (c.style) Object.assign(cell, cellStyle(c.style));
    });
  });
  spec.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const range of spec.merges) ws.mergeCells(range);
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4,
    orientation: spec.print.orientation,
    fitToPage: true,
    fitToWidth: spec.print.fitToWidth,
    fitToHeight: spec.print.fitToHeight,
    ...(spec.print.repeatRows ? { printTitlesRow: spec.print.repeatRows } : {}),
  };
  if (spec.print.footer) ws.headerFooter = { ...ws.headerFooter, oddFooter: spec.print.footer };
  if (spec.freezeRows) ws.views = [{ state: "frozen", xSplit: 0, ySplit: spec.freezeRows, topLeftCell: `A${spec.freezeRows + 1}` }];
}
