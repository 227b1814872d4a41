import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { applyFile } from "../../../src/cli/write-commands";
import { cellValues, cfs, load, names, saveTo, tmp, validations } from "../exceljs/helpers";
import { changedParts, sheetXml } from "./inspect";

/** The sheet's cells as stored: everything between <sheetData> and </sheetData>. */
const sheetData = (bytes: Uint8Array, sheet: string) => /<sheetData[\s\S]*<\/sheetData>|<sheetData\/>/.exec(sheetXml(bytes, sheet))?.[0];

const dir = tmp("wsoa-prop-");

/** What a cell holds and looks like, for comparing a sheet before and after. */
function cellsAndStyles(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const out: Record<string, unknown> = cellValues(ws);
  ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => (out[`${cell.address}.style`] = JSON.parse(JSON.stringify(cell.style ?? {})))));
  return out;
}

const HEADERS = { ref: "Ref", action: "Action", deadline: "Deadline", lead: "Lead officer", status: "RAG", initialStatus: "Initial RAG", progress: "Progress update" } as const;
type Column = keyof typeof HEADERS;

const rating = fc.constantFrom<ExcelJS.CellValue>("Red", "Amber", "Green", "Complete", "amber ", "G", "complete", "RED", "Blue", "Purple", null, "");
const date = fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2026, 11, 31) }).map((t) => new Date(Math.floor(t / 86_400_000) * 86_400_000));
const errorValue = fc.constantFrom<ExcelJS.CellErrorValue>({ error: "#N/A" }, { error: "#REF!" }, { error: "#DIV/0!" });

const cellFor = (column: Column): fc.Arbitrary<ExcelJS.CellValue> => {
  switch (column) {
    case "ref":
      return fc.oneof(fc.constantFrom("1.1", "1.2", "2.1", "2.3a", null), fc.integer({ min: 1, max: 40 }));
    case "action":
      return fc.constantFrom("Recruit two EPs", "Train SENCOs", "Publish the local offer", "Clear the annual review backlog", "Joint commissioning strategy");
    case "deadline":
      return fc.oneof(date, fc.constantFrom("March 2024", "Ongoing", "Q3 2024/25", "TBC", "31/13/2024", null), errorValue);
    case "lead":
      return fc.oneof(fc.constantFrom("Jo Smith", "Head of SEND", null), fc.constant({ formula: '"Al "&"Khan"', result: "Al Khan" } as ExcelJS.CellFormulaValue));
    case "status":
    case "initialStatus":
      return fc.oneof({ weight: 4, arbitrary: rating }, { weight: 1, arbitrary: rating.map((r) => ({ formula: `"${String(r ?? "")}"`, result: r ?? "" }) as ExcelJS.CellFormulaValue) }, { weight: 1, arbitrary: errorValue });
    case "progress":
      return fc.oneof(fc.constantFrom("On track", "Delayed by staffing", null), fc.integer({ min: 0, max: 100 }));
  }
};

const planArb = fc
  .record({
    titleRows: fc.integer({ min: 0, max: 3 }),
    extra: fc.subarray(["ref", "lead", "initialStatus", "progress"] as Column[]),
    order: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 8, maxLength: 8 }),
    rowCount: fc.integer({ min: 1, max: 12 }),
    fills: fc.array(fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 8 })), { maxLength: 5 }),
  })
  .chain(({ titleRows, extra, order, rowCount, fills }) => {
    const columns = (["action", "deadline", "status", ...extra] as Column[]).map((c, i) => [c, order[i] ?? i] as const).sort((a, b) => a[1] - b[1]).map(([c]) => c);
    return fc.record({
      titleRows: fc.constant(titleRows),
      columns: fc.constant(columns),
      fills: fc.constant(fills),
      rows: fc.array(fc.tuple(...columns.map(cellFor)), { minLength: rowCount, maxLength: rowCount }),
    });
  });

function build(plan: { titleRows: number; columns: Column[]; rows: ExcelJS.CellValue[][]; fills: [number, number][] }): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Plan");
  for (let i = 0; i < plan.titleRows; i++) ws.addRow([i === 0 ? "Written Statement of Action: progress tracker" : null]);
  ws.addRow(plan.columns.map((c) => HEADERS[c]));
  for (const r of plan.rows) ws.addRow(r);
  for (const [row, col] of plan.fills) ws.getCell(row, col).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEEEEEE" } };
  ws.getColumn(1).width = 30;
  return wb;
}

let n = 0;

describe("apply on generated plans (fast-check), through the patching writer", () => {
  it("never changes a plan-sheet cell (value, formula or style), and a second apply changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(planArb, async (plan) => {
        const i = n++;
        const input = await saveTo(dir, `p${i}.xlsx`, build(plan));
        const once = join(dir, `p${i}-once.xlsx`);
        const twice = join(dir, `p${i}-twice.xlsx`);
        await applyFile(input, once, { today: "2024-09-30" });
        await applyFile(once, twice, { today: "2024-09-30" });
        // Byte level: the plan's cells are stored exactly as they were; only the parts a write owns
        // change; and a second apply writes every part back identically.
        const [x, y, z] = [input, once, twice].map((f) => readFileSync(f));
        expect(sheetData(y!, "Plan")).toBe(sheetData(x!, "Plan"));
        expect(changedParts(x!, y!).sort()).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
        expect(changedParts(y!, z!)).toEqual([]);
        // And as an independent reader (ExcelJS) sees them: values, formulas and styles.
        const [a, b, c] = await Promise.all([load(input), load(once), load(twice)]);
        expect(cellsAndStyles(b.getWorksheet("Plan")!)).toEqual(cellsAndStyles(a.getWorksheet("Plan")!));
        expect(b.worksheets.map((w) => [w.name, w.state])).toEqual(c.worksheets.map((w) => [w.name, w.state]));
        for (const ws of b.worksheets) {
          const again = c.getWorksheet(ws.name)!;
          expect(cellsAndStyles(again)).toEqual(cellsAndStyles(ws));
          expect(JSON.stringify(cfs(again))).toBe(JSON.stringify(cfs(ws)));
          expect(Object.keys(validations(again)).sort()).toEqual(Object.keys(validations(ws)).sort());
        }
        expect(names(c)).toEqual(names(b));
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});
