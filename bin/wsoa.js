#!/usr/bin/env node
// `npx wsoa …` inside the repo: runs the TypeScript CLI through tsx, as `npm run wsoa --` does.
import { register } from "tsx/esm/api";

register();
const { runCli, processIo } = await import("../src/cli/main.ts");
process.exitCode = await runCli(process.argv.slice(2), processIo());
