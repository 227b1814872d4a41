/**
 * The task pane's first-paint JavaScript, gzipped, against a minimal React + Fluent UI page built the
 * same way (webpack production, esbuild-loader): what our own code and components add.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
// @ts-expect-error: a plain .mjs script without types
import { paneScripts } from "../bundle-size.mjs";

function gzippedJs(dir: string, prefix: string): number {
  return readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith(".js"))
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
}

function webpack(args: string[]): void {
  execFileSync("npx", ["webpack", ...args], { stdio: ["ignore", "ignore", "inherit"] });
}

export interface BundleFigures {
  /** The first paint: the scripts taskpane.html loads (scripts/bundle-size.mjs). */
  taskpaneGzipBytes: number;
  /** The chunks the pane fetches on first use (the write buttons' use cases). */
  laterGzipBytes: number;
  minimalGzipBytes: number;
  ratio: number;
}

export function measureBundle(): BundleFigures {
  webpack(["--mode", "production"]);
  const pane = paneScripts("dist");
  if (!pane) throw new Error("webpack built no dist/taskpane.html");
  const taskpane = pane.firstGzip;
  const out = mkdtempSync(join(tmpdir(), "wsoa-minimal-"));
  try {
    webpack(["--mode", "production", "--config", "scripts/bench/minimal/webpack.config.cjs", "--output-path", out]);
    const minimal = gzippedJs(out, "minimal");
    return { taskpaneGzipBytes: taskpane, laterGzipBytes: pane.laterGzip, minimalGzipBytes: minimal, ratio: taskpane / minimal };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
