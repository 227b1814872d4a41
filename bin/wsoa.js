#!/usr/bin/env node
// `npx wsoa …` inside the repo: runs the TypeScript CLI through tsx, as `npm run wsoa --` does.
import { register } from "tsx/esm/api";

register();
const { runCli } = await import("../src/cli/main.ts");
process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text + "\n"),
  err: (text) => process.stderr.write(text + "\n"),
});
