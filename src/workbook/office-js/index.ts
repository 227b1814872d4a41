export { OfficeJsWorkbook, type OfficeJsOptions } from "./office-js-workbook";
export type { ExcelContext, IsSetSupported } from "./excel-api";
export { FEATURES, missingFeatures, officeIsSetSupported, supports, type Feature } from "./requirements";
export { FIRST_BLOCK_ROWS, PROBE_CELLS, SHEETS_PER_REQUEST, TARGET_BYTES } from "./read";
