/**
 * `npx tsx scripts/bench-patch.ts`: the patching writer's figures (issue 9), printed, never asserted.
 *   - apply on a 12-item plan whose rows are formatted down to row 1,048,576 (target < 2 s, < 300 MB),
 *     each run in a fresh process so its peak memory (max RSS) is its own;
 *   - `wsoa apply` against ExcelJS open+save at 10,000 rows (target ≤ 0.8×), as scripts/bench/file-path.ts measures it.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { measureFilePath } from "./bench/file-path";
import { writeInflatedPlan } from "./bench/inflated-plan";
import { planApply } from "../src/review/apply";
import { XlsxWorkbook } from "../src/workbook/xlsx/patching-workbook";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "wsoa-bench-patch-"));
  try {
    const input = join(dir, "inflated-all.xlsx");
    writeInflatedPlan(input);
    const runs = [0, 1, 2].map((i) => JSON.parse(execFileSync(process.execPath, ["--import", "tsx", fileURLToPath(new URL("./bench/patch-apply-child.ts", import.meta.url)), input, join(dir, `out-${i}.xlsx`)]).toString()) as { readMs: number; writeMs: number; ms: number; maxRssMb: number; baselineRssMb: number });
    console.log(`Inflated plan (12 items, rows formatted to 1,048,576; ${(statSync(input).size / 1e6).toFixed(1)} MB): apply median of 3 ${median(runs.map((r) => r.ms))} ms (read and plan ${median(runs.map((r) => r.readMs))} ms, patch and save ${median(runs.map((r) => r.writeMs))} ms), peak RSS ${median(runs.map((r) => r.maxRssMb))} MB (the process before apply: ${median(runs.map((r) => r.baselineRssMb))} MB)`);
    // The writer alone: the same plan, decided once here, written in fresh processes.
    const planned = planApply(await XlsxWorkbook.fromBytes(readFileSync(input)).read(), { today: "2024-06-01" });
    const planJson = join(dir, "plan.json");
    writeFileSync(planJson, JSON.stringify(planned.write));
    const writes = [0, 1, 2].map((i) => JSON.parse(execFileSync(process.execPath, ["--import", "tsx", fileURLToPath(new URL("./bench/patch-write-child.ts", import.meta.url)), input, planJson, join(dir, `w-${i}.xlsx`)]).toString()) as { ms: number; maxRssMb: number; baselineRssMb: number });
    console.log(`  the patching writer alone (open, patch, save; plan decided beforehand): median of 3 ${median(writes.map((r) => r.ms))} ms, peak RSS ${median(writes.map((r) => r.maxRssMb))} MB (before: ${median(writes.map((r) => r.baselineRssMb))} MB)`);
    const file = await measureFilePath(10_000, 5);
    console.log(`File path, 10,000 rows, median of 5 pairs: wsoa apply ${file.applyMs.toFixed(0)} ms vs ExcelJS open+save ${file.floorMs.toFixed(0)} ms = ${file.ratio.toFixed(2)}×`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`bench failed: ${(e as Error).message}`);
  process.exitCode = 1;
});
