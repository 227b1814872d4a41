/**
 * The task pane's own JavaScript, gzipped, against its 300 KiB budget (office.js is loaded from
 * Microsoft's CDN and not counted). Run after `webpack --mode production`; exits 1 over budget.
 */
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const BUDGET_KIB = 300;
const files = readdirSync("dist").filter((f) => /^taskpane\..*\.js$|^taskpane\.js$/.test(f));
if (files.length === 0) {
  console.error("No dist/taskpane*.js: run `npm run build` first.");
  process.exit(1);
}
let raw = 0, gz = 0;
for (const f of files) {
  const buf = readFileSync(`dist/${f}`);
  raw += buf.length;
  gz += gzipSync(buf, { level: 9 }).length;
}
const kib = (n) => (n / 1024).toFixed(1);
console.log(`Task pane JS (${files.join(", ")}): ${kib(raw)} KiB minified, ${kib(gz)} KiB gzipped (budget ${BUDGET_KIB} KiB).`);
if (gz > BUDGET_KIB * 1024) process.exit(1);
