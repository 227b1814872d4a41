#!/usr/bin/env node
// `wsoa …` (npx wsoa, npm run wsoa, or installed from the package): the compiled CLI, with
// Node alone. `npm ci` builds it (the `prepare` script); `npm run wsoa:src` runs the TypeScript.
let cli;
try {
  cli = await import("../dist-cli/wsoa.mjs");
} catch (e) {
  if (e?.code !== "ERR_MODULE_NOT_FOUND" || !String(e.message).includes("dist-cli")) throw e;
  process.stderr.write("wsoa: the compiled CLI is missing (dist-cli/wsoa.mjs): run `npm run build:cli` in the repository.\n");
  process.exit(2);
}
process.exitCode = await cli.runCli(process.argv.slice(2), cli.processIo());
