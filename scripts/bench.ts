/**
 * `npm run bench` (or `npm run bench -- --json`): the speed figures of issue 5, printed, never
 * asserted by a timed unit test. See BENCHMARKS.md for what they mean for a user.
 *   syncs per command through the Office.js adapter (strict fake Excel) at 100…50,000 rows,
 *   the largest request and response, engine ms per 10,000 rows, the file path against
 *   ExcelJS's open+save floor, and the task pane's gzipped JavaScript against a minimal page.
 */
import { cpus } from "node:os";
import { measureBundle } from "./bench/bundle";
import { measureEngine } from "./bench/engine";
import { measureFilePath } from "./bench/file-path";
import { measureSyncs } from "./bench/syncs";

const SIZES = [100, 1_000, 10_000, 50_000];
const json = process.argv.includes("--json");
const skipBundle = process.argv.includes("--no-bundle");
const log = (text: string) => {
  if (!json) console.log(text);
};

async function main(): Promise<void> {
  log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}\n`);
  log("Round trips (context.sync) per command, Office.js adapter over the strict fake (Thurrock layout, 9 columns):");
  const syncs = await measureSyncs(SIZES);
  for (const [command, bySize] of Object.entries(syncs.syncs)) log(`  ${command.padEnd(9)} ${SIZES.map((n) => `${n.toLocaleString("en-GB")} rows: ${bySize[String(n)]}`).join(" · ")}`);
  log(`  largest request ${(syncs.maxRequestBytes / 1e6).toFixed(2)} MB · largest response ${(syncs.maxResponseBytes / 1e6).toFixed(2)} MB (limit 5 MB)\n`);

  const engine = measureEngine(10_000, 7);
  const engineMsPer10kRows = Math.max(...Object.values(engine));
  log(`Engine (read → validate → summarise → build specs), median of 7, ms per 10,000 rows: ${Object.entries(engine).map(([l, ms]) => `${l} ${ms.toFixed(0)}`).join(" · ")}\n`);

  const file = await measureFilePath(10_000, 5);
  log(`File path, 10,000 rows, median of 5 pairs: wsoa apply ${file.applyMs.toFixed(0)} ms vs ExcelJS open+save ${file.floorMs.toFixed(0)} ms = ${file.ratio.toFixed(2)}×\n`);

  const bundle = skipBundle ? null : measureBundle();
  if (bundle) log(`Task pane JS ${(bundle.taskpaneGzipBytes / 1024).toFixed(0)} KiB gzipped vs minimal React + Fluent page ${(bundle.minimalGzipBytes / 1024).toFixed(0)} KiB = ${bundle.ratio.toFixed(2)}×`);

  if (json)
    console.log(JSON.stringify({
      syncs: syncs.syncs,
      maxRequestBytes: syncs.maxRequestBytes,
      maxResponseBytes: syncs.maxResponseBytes,
      engineMsPer10kRows: Math.round(engineMsPer10kRows),
      engineByLayout: Object.fromEntries(Object.entries(engine).map(([l, ms]) => [l, Math.round(ms)])),
      fileVsFloor: Math.round(file.ratio * 100) / 100,
      fileMs: { apply: Math.round(file.applyMs), floor: Math.round(file.floorMs) },
      bundleGzipBytes: bundle?.taskpaneGzipBytes ?? null,
      minimalGzipBytes: bundle?.minimalGzipBytes ?? null,
      bundleVsMinimal: bundle ? Math.round(bundle.ratio * 100) / 100 : null,
    }, null, 2));
}

main().catch((e) => {
  console.error(`bench failed: ${(e as Error).message}`);
  process.exitCode = 1;
});
