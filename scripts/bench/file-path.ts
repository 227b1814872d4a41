/**
 * The file path against its floor: `wsoa apply` on a generated plan versus ExcelJS merely
 * opening and saving the same file, measured as pairs in one run (the median ratio).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { applyFile } from "../../src/cli/write-commands";
import { median } from "./engine";
import { generatePlanRows, type Layout } from "./generate-plan";

export async function writePlanFile(path: string, layout: Layout, rows: number): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Action plan").addRows(generatePlanRows(layout, rows));
  await workbook.xlsx.writeFile(path);
}

async function floor(input: string, output: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  await workbook.xlsx.writeFile(output);
}

export interface FileFigures {
  rows: number;
  applyMs: number;
  floorMs: number;
  ratio: number;
}

export async function measureFilePath(rows = 10_000, pairs = 5, layout: Layout = "hounslow"): Promise<FileFigures> {
  const dir = mkdtempSync(join(tmpdir(), "wsoa-bench-"));
  try {
    const input = join(dir, "plan.xlsx");
    await writePlanFile(input, layout, rows);
    await floor(input, join(dir, "warm.xlsx")); // warm both paths once
    await applyFile(input, join(dir, "warm-apply.xlsx"), { today: "2023-03-31" });
    const ratios: number[] = [];
    const applies: number[] = [];
    const floors: number[] = [];
    for (let i = 0; i < pairs; i++) {
      let t0 = performance.now();
      await floor(input, join(dir, `floor-${i}.xlsx`));
      const f = performance.now() - t0;
      t0 = performance.now();
      await applyFile(input, join(dir, `apply-${i}.xlsx`), { today: "2023-03-31" });
      const a = performance.now() - t0;
      floors.push(f);
      applies.push(a);
      ratios.push(a / f);
    }
    return { rows, applyMs: median(applies), floorMs: median(floors), ratio: median(ratios) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
