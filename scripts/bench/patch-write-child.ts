/**
 * The patching writer alone, in a fresh process: a WritePlan (JSON, decided beforehand by
 * apply's read and plan) written onto the file. Prints JSON {ms, maxRssMb, baselineRssMb}.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { WritePlan } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsx/patching-workbook";

const [input, planJson, output] = process.argv.slice(2);
const plan = JSON.parse(readFileSync(planJson!, "utf8")) as WritePlan;
const baseline = process.resourceUsage().maxRSS / 1024;

async function main(): Promise<void> {
  const t0 = performance.now();
  const workbook = await XlsxWorkbook.open(input!);
  await workbook.write(plan);
  await workbook.save(output!);
  console.log(JSON.stringify({ ms: Math.round(performance.now() - t0), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), baselineRssMb: Math.round(baseline) }));
}

void main();
