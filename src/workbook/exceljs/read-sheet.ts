import type ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../core/grid";
import { solidFill, themeColours } from "./fill-colour";

/** ExcelJS's many cell shapes, reduced to the core's plain values. */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("error" in value) return String(value.error);
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      if (typeof result === "object" && !(result instanceof Date)) return "error" in result ? String(result.error) : null;
      return result as CellValue;
    }
    if ("text" in value) {
      const text = (value as ExcelJS.CellHyperlinkValue).text;
      return typeof text === "string" ? text : plainValue(text as ExcelJS.CellValue);
    }
  }
  return String(value);
}

/** Read a worksheet's used area into a Grid (values, number formats, merges, formulas, solid fills). */
export function readSheet(sheet: ExcelJS.Worksheet): Grid {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const fills: (string | null)[][] = [];
  const theme = themeColours(sheet.workbook);
  let anyFill = false;
  const formulaCells: string[] = [];
  const rows = sheet.actualRowCount === 0 ? 0 : sheet.rowCount;
  for (let r = 1; r <= rows; r++) {
    const row = sheet.getRow(r);
    const rowValues: CellValue[] = [];
    const rowFormats: (string | null)[] = [];
    const rowFills: (string | null)[] = [];
    if (row.cellCount > 0) {
      // includeEmpty: a rating shown only by its fill is an empty cell with a style.
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        const fill = solidFill(cell.style?.fill, theme);
        if (cell.value === null && fill === null) return;
        while (rowValues.length < col - 1) {
          rowValues.push(null);
          rowFormats.push(null);
        }
        while (rowFills.length < col - 1) rowFills.push(null);
        rowFills.push(fill);
        anyFill ||= fill !== null;
        const raw = cell.value;
        const value = plainValue(raw);
        rowValues.push(value);
        // Only numbers need their format (a serial date or not); text cells skip the style lookup.
        rowFormats.push(typeof value === "number" ? cell.numFmt || null : null);
        if (raw !== null && typeof raw === "object" && ("formula" in raw || "sharedFormula" in raw)) formulaCells.push(cell.address);
      });
    }
    values.push(rowValues);
    numberFormats.push(rowFormats);
    fills.push(rowFills);
  }
  const merges = (sheet.model as { merges?: string[] }).merges ?? [];
  return { values, numberFormats, origin: { row: 1, col: 1 }, merges, formulaCells, ...(anyFill ? { fills } : {}) };
}
