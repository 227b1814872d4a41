export { OfficeJsWorkbook, type OfficeJsOptions } from "./office-js-workbook";
export type { ExcelContext, IsSetSupported } from "./excel-api";
export { FEATURES, missingFeatures, officeIsSetSupported, supports, type Feature } from "./requirements";
export { DEFAULT_BLOCK_ROWS } from "./read";
