/**
 * `wsoa check` as a user runs it, a whole process from start to exit, against a Node process
 * that only loads ExcelJS and reads the same file (floor-read.mjs): pairs in alternating order,
 * the median of their ratios. The CLI is rebuilt first, so the figure is for the current source.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { median } from "./engine";

function timed(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
  const ms = performance.now() - t0;
  // check exits 1 when the plan has errors: a plan with errors still counts, a crash does not.
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} failed: ${r.stderr.toString()}`);
  return ms;
}

export interface CliFigures {
  file: string;
  cliMs: number;
  floorMs: number;
  ratio: number;
}

export function measureCliStart(file = "examples/thurrock-2019.xlsx", pairs = 5): CliFigures {
  execFileSync(process.execPath, ["scripts/build-cli.mjs"], { stdio: "inherit" });
  const cli = ["bin/wsoa.js", "check", file, "--today", "2023-03-31"];
  const floor = ["scripts/bench/floor-read.mjs", file];
  timed(cli); // warm the disk cache for both
  timed(floor);
  const clis: number[] = [];
  const floors: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < pairs; i++) {
    // Alternate which goes first, so neither always runs on a warmer machine.
    let cliMs: number, floorMs: number;
    if (i % 2 === 0) {
      cliMs = timed(cli);
      floorMs = timed(floor);
    } else {
      floorMs = timed(floor);
      cliMs = timed(cli);
    }
    clis.push(cliMs);
    floors.push(floorMs);
    ratios.push(cliMs / floorMs);
  }
  return { file, cliMs: median(clis), floorMs: median(floors), ratio: median(ratios) };
}
