import { XlsxWorkbook } from "../../../src/workbook/xlsx/patching-workbook";
import { testWorkbook } from "../../contract/workbook-contract";
import { buildXlsx } from "./build-xlsx";
import { names, ruleFormulas, validationAt } from "./inspect";

/**
 * The shared adapter contract over the patching writer. The fixture file is built by hand as
 * Excel writes one (not by ExcelJS); rules, dropdowns and names are looked at in the file image.
 */
testWorkbook("xlsx (patching)", async (sheets, options) => {
  const bytes = buildXlsx({
    sheets: sheets.map((s) => ({ name: s.name, rows: s.rows, userRules: s.userRules, formulas: s.formulas, state: s.visibility, protection: s.protected ? `sheet="1" objects="1" scenarios="1"` : undefined })),
    ...(options?.structureProtected ? { protection: `<workbookProtection lockStructure="1"/>` } : {}),
  });
  const workbook = XlsxWorkbook.fromBytes(bytes);
  return {
    workbook,
    ruleFormulas: async (sheet) => ruleFormulas(workbook.data, sheet),
    validationSource: async (sheet, cell) => validationAt(workbook.data, sheet, cell),
    names: async () => names(workbook.data).map((n) => n.name),
  };
});
