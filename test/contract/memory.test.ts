import { parseA1, parseA1Range } from "../../src/core/address";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { testWorkbook } from "./workbook-contract";

const inside = (range: string, cell: string) => {
  const r = parseA1Range(range);
  const c = parseA1(cell);
  return c.row >= r.top && c.row <= r.bottom && c.col >= r.left && c.col <= r.right;
};

testWorkbook("memory", async (sheets, options) => {
  const workbook = MemoryWorkbook.fromRows(
    sheets.map((s) => ({ name: s.name, rows: s.rows, protected: s.protected, visibility: s.visibility, formulas: s.formulas, rules: s.userRules?.map((u) => ({ range: u.range, formula: u.formula, style: { fill: u.fill } })) })),
    options,
  );
  return {
    workbook,
    ruleFormulas: async (sheet) => workbook.sheet(sheet)?.rules.map((r) => r.formula) ?? [],
    validationSource: async (sheet, cell) => workbook.sheet(sheet)?.validations.find((v) => inside(v.range, cell))?.source ?? null,
    names: async () => [...workbook.state.names.keys()],
  };
});
