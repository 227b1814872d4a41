export { MemoryWorkbook, type SheetRows } from "./memory-workbook";
export type { MemorySheet, MemoryState, StoredRule, StoredValidation } from "./model";
export { displayStyle } from "./display";
export { evaluateFormula, formulaIsTrue, serialOf } from "./formula";
