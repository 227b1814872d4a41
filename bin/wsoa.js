#!/usr/bin/env node
// `wsoa …` (npx wsoa, npm run wsoa, or installed from the package): the compiled CLI, with
// Node alone. `npm ci` builds it (the `prepare` script); `npm run wsoa:src` runs the TypeScript.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const built = join(root, "dist-cli", "wsoa.mjs");

/** True when a file under `dir` changed after `time` (ms). */
function changedSince(dir, time) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() ? changedSince(path, time) : statSync(path).mtimeMs > time) return true;
  }
  return false;
}

// In the repository (src/ beside bin/), a build older than the CLI's source is rebuilt first, so
// `npm run wsoa` never runs stale code. An installed package has no src/ and skips this.
const sources = ["cli", "core", "review", "workbook"].map((d) => join(root, "src", d)).filter(existsSync);
if (sources.length > 0) {
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  if (sources.some((dir) => changedSince(dir, builtAt))) await import("../scripts/build-cli.mjs");
}

let cli;
try {
  cli = await import("../dist-cli/wsoa.mjs");
} catch (e) {
  if (e?.code !== "ERR_MODULE_NOT_FOUND" || !String(e.message).includes("dist-cli")) throw e;
  process.stderr.write("wsoa: the compiled CLI is missing (dist-cli/wsoa.mjs): run `npm run build:cli` in the repository.\n");
  process.exit(2);
}
process.exitCode = await cli.runCli(process.argv.slice(2), cli.processIo());
