/**
 * One `apply` in a fresh process, so its peak memory is its own, timed by phase as applyFile
 * runs them (open, read, plan, patch, save): prints JSON {readMs, writeMs, ms, maxRssMb, baselineRssMb}.
 */
import { performance } from "node:perf_hooks";
import { planApply } from "../../src/review/apply";
import { XlsxWorkbook } from "../../src/workbook/xlsx/patching-workbook";

const [input, output] = process.argv.slice(2);
const baseline = process.resourceUsage().maxRSS / 1024;

async function main(): Promise<void> {
  const t0 = performance.now();
  const workbook = await XlsxWorkbook.open(input!);
  const planned = planApply(await workbook.read(), { today: "2024-06-01" });
  const t1 = performance.now();
  await workbook.write(planned.write);
  await workbook.save(output!);
  const t2 = performance.now();
  console.log(JSON.stringify({ readMs: Math.round(t1 - t0), writeMs: Math.round(t2 - t1), ms: Math.round(t2 - t0), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), baselineRssMb: Math.round(baseline) }));
}

void main();
