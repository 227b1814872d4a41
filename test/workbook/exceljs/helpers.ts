import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { internals, type CfModel, type ValidationModel } from "../../../src/workbook/exceljs/internals";

export const tmp = (prefix = "wsoa-write-") => mkdtempSync(join(tmpdir(), prefix));

/** Save an in-memory workbook to a file and return its path. */
export async function saveTo(dir: string, name: string, wb: ExcelJS.Workbook): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return path;
}

export async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Reload a workbook through a file image, as another program would see it. */
export async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return again;
}

export const cfs = (ws: ExcelJS.Worksheet): CfModel[] => internals(ws).conditionalFormattings ?? [];
export const validations = (ws: ExcelJS.Worksheet): Record<string, ValidationModel | undefined> => internals(ws).dataValidations.model;
export const names = (wb: ExcelJS.Workbook) => (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;

/** Every cell value of a sheet, by address (formulas as their formula and cached result). */
export function cellValues(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => (out[cell.address] = JSON.parse(JSON.stringify(cell.value)))));
  return out;
}

export interface PlanFixture {
  title?: string;
  header: string[];
  rows: ExcelJS.CellValue[][];
}

/** A plan sheet as councils keep them: a title row, a blank, the header, the items. */
export function planBook(plan: PlanFixture, sheetName = "Action plan"): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow([plan.title ?? "SEND Written Statement of Action"]);
  ws.addRow([]);
  ws.addRow(plan.header);
  for (const r of plan.rows) ws.addRow(r);
  return wb;
}

/** A small rag plan: header on row 3, items on rows 4–8; F is the rating column, D the deadline. */
export const SMALL: PlanFixture = {
  header: ["Ref", "Workstream", "Action", "Deadline", "Lead", "RAG"],
  rows: [
    ["1.1", "Identification", "Recruit two educational psychologists", new Date(Date.UTC(2024, 2, 31)), "Jo Smith", "Red"],
    ["1.2", "Identification", "Train SENCOs on the graduated approach", "June 2024", "Al Khan", "amber "],
    ["1.3", "Identification", "Publish the local offer", new Date(Date.UTC(2025, 5, 30)), "Jo Smith", "Green"],
    ["2.1", "Transitions", "Preparing for adulthood pathway", "Ongoing", "Sam Lee", "Complete"],
    ["2.2", "Transitions", "Annual review backlog cleared", new Date(Date.UTC(2024, 0, 31)), "Sam Lee", null],
  ],
};
