/**
 * Read benchmark: the streaming .xlsx reader against the ExcelJS reader, on the inflated plan of
 * review F10 (12 items, rows formatted down to 1,048,576) and on a 60,000-item plan. Each read
 * runs in a fresh Node process, so its peak memory (max RSS) is its own.
 *
 *   npx tsx scripts/bench/read.ts [--runs 3] [--rows 60000] [--readers xlsx,exceljs]
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs";
import { XlsxPackage } from "../../src/workbook/xlsx/package";
import { readSnapshot } from "../../src/workbook/xlsx/read-workbook";
import { writePlanFile } from "./file-path";
import { writeInflatedPlan } from "./read-files";

type Reader = "xlsx" | "exceljs" | "none";

interface Measure {
  ms: number;
  /** CPU time (user + system) of the read: steadier than wall time on a shared machine. */
  cpuMs: number;
  maxRssMb: number;
  rows: number;
}

/** In the child: read the file once with one reader and report time, peak memory and rows read. */
async function measureOnce(reader: Reader, file: string): Promise<Measure> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let rows = 0;
  if (reader === "xlsx") rows = readSnapshot(XlsxPackage.open(readFileSync(file), file)).sheets[0]!.grid.values.length;
  if (reader === "exceljs") rows = (await (await ExcelJsWorkbook.open(file)).read()).sheets[0]!.grid.values.length;
  const cpu = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024, rows };
}

function inChild(reader: Reader, file: string): Measure {
  const out = execFileSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--measure", reader, file], { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split("\n").pop()!) as Measure;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { measure: { type: "string" }, runs: { type: "string", default: "3" }, rows: { type: "string", default: "60000" }, readers: { type: "string", default: "xlsx,exceljs" } }, allowPositionals: true, strict: false });
  if (typeof values.measure === "string") {
    const file = process.argv[process.argv.length - 1]!;
    console.log(JSON.stringify(await measureOnce(values.measure as Reader, file)));
    return;
  }
  const runs = Number(values.runs);
  const dir = mkdtempSync(join(tmpdir(), "wsoa-read-bench-"));
  try {
    const inflated = join(dir, "inflated.xlsx");
    const big = join(dir, "plan-60k.xlsx");
    await writeInflatedPlan(inflated);
    await writePlanFile(big, "hounslow", Number(values.rows));
    const baseline = inChild("none", inflated);
    console.log(`Node + tsx alone: ${baseline.maxRssMb.toFixed(0)} MB max RSS (included in every memory figure below)`);
    console.log("file                            reader   time (median)  CPU (median)  max RSS (max)  rows in grid");
    for (const [label, file] of [["inflated 12 items → 1,048,576", inflated], [`${values.rows} items`, big]] as const)
      for (const reader of String(values.readers).split(",") as Reader[]) {
        const m = Array.from({ length: runs }, () => inChild(reader, file));
        console.log(`${label.padEnd(32)}${reader.padEnd(9)}${`${(median(m.map((x) => x.ms)) / 1000).toFixed(2)} s`.padStart(13)}${`${(median(m.map((x) => x.cpuMs)) / 1000).toFixed(2)} s`.padStart(14)}${`${Math.max(...m.map((x) => x.maxRssMb)).toFixed(0)} MB`.padStart(15)}${String(m[0]!.rows).padStart(14)}`);
      }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
