/**
 * `npm run bench` (or `npm run bench -- --json`): the speed figures of issue 14, printed, never
 * asserted by a timed unit test. See BENCHMARKS.md for every figure, its JSON key and what it
 * means for a user.
 *   clicks: round trips and bytes per task-pane click on a realistic workbook (strict fake Excel),
 *   syncs per adapter command at 100…50,000 rows and the largest request/response (5 MB limit),
 *   `wsoa check` start-up against a Node + ExcelJS read, engine ms per 10,000 rows, the file
 *   path against ExcelJS's open+save, and the task pane's gzipped JavaScript against a minimal page.
 */
import { cpus } from "node:os";
import { measureBundle } from "./bench/bundle";
import { measureClicks } from "./bench/clicks";
import { measureCliStart } from "./bench/cli-start";
import { measureEngine } from "./bench/engine";
import { measureFilePath } from "./bench/file-path";
import { measureSyncs } from "./bench/syncs";

const SIZES = [100, 1_000, 10_000, 50_000];
const CLICK_SIZES = [100, 1_000, 10_000];
const json = process.argv.includes("--json");
const skipBundle = process.argv.includes("--no-bundle");
const log = (text: string) => {
  if (!json) console.log(text);
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
const round2 = (x: number) => Math.round(x * 100) / 100;

async function main(): Promise<void> {
  log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}\n`);

  log("Clicks (the pane's handlers over the strict fake; plan sheet + 8 other sheets): round trips · bytes sent · bytes received");
  const clicks = await measureClicks(CLICK_SIZES);
  for (const [click, bySize] of Object.entries(clicks.clicks))
    log(`  ${click.padEnd(9)} ${CLICK_SIZES.map((n) => { const c = bySize[String(n)]!; return `${n.toLocaleString("en-GB")} rows: ${c.syncs} · ${kb(c.bytesSent)} · ${kb(c.bytesReceived)}`; }).join("  |  ")}`);
  log(`  plan sheet's own bytes: ${CLICK_SIZES.map((n) => `${n.toLocaleString("en-GB")} rows ${kb(clicks.planSheetBytes[String(n)]!)}`).join(" · ")}`);
  const validateVsPlan = Object.fromEntries(CLICK_SIZES.map((n) => [String(n), round2(clicks.clicks.validate![String(n)]!.bytesReceived / clicks.planSheetBytes[String(n)]!)]));
  log(`  Validate receives ${CLICK_SIZES.map((n) => `${validateVsPlan[String(n)]}×`).join(" / ")} the plan sheet's own bytes`);
  for (const note of clicks.notes) log(`  note: ${note}`);
  log("");

  log("Round trips (context.sync) per adapter command (Thurrock layout, plan + cover):");
  const syncs = await measureSyncs(SIZES);
  for (const [command, bySize] of Object.entries(syncs.syncs)) log(`  ${command.padEnd(9)} ${SIZES.map((n) => `${n.toLocaleString("en-GB")} rows: ${bySize[String(n)]}`).join(" · ")}`);
  const maxRequestBytes = Math.max(syncs.maxRequestBytes, clicks.maxRequestBytes);
  const maxResponseBytes = Math.max(syncs.maxResponseBytes, clicks.maxResponseBytes);
  log(`  largest request ${(maxRequestBytes / 1e6).toFixed(2)} MB · largest response ${(maxResponseBytes / 1e6).toFixed(2)} MB (limit 5 MB)\n`);

  const cli = measureCliStart();
  log(`wsoa check ${cli.file}, whole process, median of 5 pairs: ${cli.cliMs.toFixed(0)} ms vs node + ExcelJS read ${cli.floorMs.toFixed(0)} ms = ${cli.ratio.toFixed(2)}×\n`);

  const fastest: Record<string, number> = {};
  const engine = measureEngine(10_000, 7, fastest);
  const engineMsPer10kRows = Math.max(...Object.values(engine));
  log(`Engine (read → validate → summarise → build specs), median of 7 (fastest), ms per 10,000 rows: ${Object.entries(engine).map(([l, ms]) => `${l} ${ms.toFixed(0)} (${fastest[l]!.toFixed(0)})`).join(" · ")}\n`);

  const file = await measureFilePath(10_000, 5);
  log(`File path, 10,000 rows, median of 5 pairs: wsoa apply ${file.applyMs.toFixed(0)} ms vs ExcelJS open+save ${file.floorMs.toFixed(0)} ms = ${file.ratio.toFixed(2)}×\n`);

  const bundle = skipBundle ? null : measureBundle();
  if (bundle) log(`Task pane JS ${kb(bundle.taskpaneGzipBytes)} gzipped vs minimal React + Fluent page ${kb(bundle.minimalGzipBytes)} = ${bundle.ratio.toFixed(2)}×`);

  if (json)
    console.log(JSON.stringify({
      clicks: clicks.clicks,
      planSheetBytes: clicks.planSheetBytes,
      validateBytesVsPlanSheet: validateVsPlan,
      clickNotes: clicks.notes,
      syncs: syncs.syncs,
      maxRequestBytes,
      maxResponseBytes,
      cliVsFloor: round2(cli.ratio),
      cliMs: { check: Math.round(cli.cliMs), floor: Math.round(cli.floorMs) },
      engineMsPer10kRows: Math.round(engineMsPer10kRows),
      engineByLayout: Object.fromEntries(Object.entries(engine).map(([l, ms]) => [l, Math.round(ms)])),
      engineFastestMsPer10kRows: Math.round(Math.max(...Object.values(fastest))),
      fileVsFloor: round2(file.ratio),
      fileMs: { apply: Math.round(file.applyMs), floor: Math.round(file.floorMs) },
      bundleGzipBytes: bundle?.taskpaneGzipBytes ?? null,
      bundleLaterGzipBytes: bundle?.laterGzipBytes ?? null,
      minimalGzipBytes: bundle?.minimalGzipBytes ?? null,
      bundleVsMinimal: bundle ? round2(bundle.ratio) : null,
    }, null, 2));
}

main().catch((e) => {
  console.error(`bench failed: ${(e as Error).message}`);
  process.exitCode = 1;
});
