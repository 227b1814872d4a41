#!/usr/bin/env node
/**
 * Builds the CLI to one JavaScript file, `dist-cli/wsoa.mjs`, with esbuild, so `wsoa` starts
 * with Node alone: no TypeScript compiled per run (tsx), no devDependencies at run time. Run by
 * `prepare` (so `npm ci` and `npm pack` produce it) and by `npm run build:cli`.
 *
 * The runtime libraries (ExcelJS, jszip, zod) are bundled in, minified: ExcelJS alone is some
 * 200 small CommonJS files, and finding, reading and compiling them one by one cost more at
 * start-up than reading the workbook (BENCHMARKS.md, "CLI start-up"). They stay listed in
 * `dependencies` for the task pane's build; the CLI no longer resolves them at run time.
 */
import { existsSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = join(root, "dist-cli", "wsoa.mjs");
const entry = join(root, "src", "cli", "main.ts");

// An installed package has the build but not the source: nothing to do, whatever is installed.
if (!existsSync(entry) && existsSync(outfile)) process.exit(0);

let esbuild;
try {
  esbuild = await import("esbuild");
} catch {
  // A consumer installing the tarball has no devDependencies, and the package ships the build.
  if (existsSync(outfile)) process.exit(0);
  console.error("build-cli: esbuild is not installed (a devDependency: run `npm ci`) and there is no compiled CLI in dist-cli/.");
  process.exit(1);
}

rmSync(dirname(outfile), { recursive: true, force: true });
await esbuild.build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  minify: true,
  // Third-party licence notices are kept, at the end of the file.
  legalComments: "eof",
  logLevel: "warning",
  // Bundled CommonJS code calls require() for Node's own modules; an ES module has none.
  banner: { js: "// Built from src/cli by scripts/build-cli.mjs: do not edit.\nimport { createRequire as __wsoaRequire } from \"node:module\";\nconst require = __wsoaRequire(import.meta.url);" },
});
