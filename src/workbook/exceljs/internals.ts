import type ExcelJS from "exceljs";

/**
 * Parts of ExcelJS's worksheet and workbook that its type declarations leave out but that it
 * reads and writes (conditional formats, validations keyed by address, sheet order).
 */
export interface CfRuleModel {
  type: string;
  formulae?: unknown[];
  priority?: number;
  style?: Partial<ExcelJS.Style>;
  [key: string]: unknown;
}

export interface CfModel {
  ref: string;
  rules: CfRuleModel[];
}

export interface ValidationModel {
  type: string;
  formulae?: unknown[];
  allowBlank?: boolean;
  showInputMessage?: boolean;
  showErrorMessage?: boolean;
  errorStyle?: string;
  errorTitle?: string;
  error?: string;
  promptTitle?: string;
  prompt?: string;
}

interface SheetInternals {
  conditionalFormattings: CfModel[];
  dataValidations: { model: Record<string, ValidationModel | undefined> };
  orderNo: number;
}

export function internals(ws: ExcelJS.Worksheet): SheetInternals {
  return ws as unknown as SheetInternals;
}

/** ExcelJS keeps sheet protection out of its types. */
export function isProtected(ws: ExcelJS.Worksheet): boolean {
  return Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet);
}
