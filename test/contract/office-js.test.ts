import { OfficeJsWorkbook } from "../../src/workbook/office-js";
import { FakeExcel, parseRect } from "../workbook/fake-excel";
import { testWorkbook } from "./workbook-contract";

testWorkbook("office-js (over the strict fake Excel)", async (sheets, options) => {
  const excel = new FakeExcel(
    sheets.map((s) => ({ name: s.name, rows: s.rows, protected: s.protected, formulas: s.formulas, visibility: s.visibility === "veryHidden" ? "VeryHidden" : "Visible", rules: s.userRules?.map((u) => ({ range: u.range, formula: `=${u.formula}`, fill: u.fill })) })),
    { structureProtected: options?.structureProtected },
  );
  const workbook = new OfficeJsWorkbook(excel.context, { isSetSupported: excel.isSetSupported });
  return {
    workbook,
    ruleFormulas: async (sheet) => excel.sheet(sheet)?.cfs.map((c) => c.formula ?? "") ?? [],
    validationSource: async (sheet, cell) => {
      const at = parseRect(cell);
      const v = excel.sheet(sheet)?.validations.find((x) => at.top >= x.rect.top && at.top <= x.rect.bottom && at.left >= x.rect.left && at.left <= x.rect.right);
      return (v?.rule as { list?: { source?: string } } | undefined)?.list?.source ?? null;
    },
    names: async () => [...excel.state.names.keys()],
  };
});
