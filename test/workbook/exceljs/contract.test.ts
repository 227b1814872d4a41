import ExcelJS from "exceljs";
import { ExcelJsWorkbook } from "../../../src/workbook/exceljs";
import { testWorkbook } from "../../contract/workbook-contract";
import { cfs, names, roundTrip, validations } from "./helpers";

/**
 * The shared adapter contract over ExcelJS. Rules, dropdowns and names are looked at in the
 * file image ExcelJS would save (a round trip), not only in memory.
 */
testWorkbook("exceljs", async (sheets) => {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.visibility ?? "visible" });
    s.rows.forEach((row) => ws.addRow(row));
    for (const [address, formula] of Object.entries(s.formulas ?? {})) ws.getCell(address).value = { formula: formula.replace(/^=/, ""), result: ws.getCell(address).value as string };
    for (const u of s.userRules ?? [])
      ws.addConditionalFormatting({ ref: u.range, rules: [{ type: "expression", priority: 1, formulae: [u.formula], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${u.fill.slice(1)}` } } } }] });
    if (s.protected) await ws.protect("", {});
  }
  const workbook = ExcelJsWorkbook.fromWorkbook(wb);
  const saved = () => roundTrip(wb);
  return {
    workbook,
    ruleFormulas: async (sheet) => cfs((await saved()).getWorksheet(sheet)!).flatMap((c) => c.rules.map((r) => String(r.formulae?.[0] ?? ""))),
    validationSource: async (sheet, cell) => {
      const v = validations((await saved()).getWorksheet(sheet)!)[cell];
      return v?.type === "list" ? `=${String(v.formulae?.[0]).replace(/^=/, "")}` : null;
    },
    names: async () => names(await saved()).map((n) => n.name),
  };
}, { structureProtection: false });
