/**
 * The task pane's own JavaScript, gzipped: the first paint (the scripts taskpane.html loads) and
 * everything it may fetch later (webpack's numbered chunks: the write buttons' use cases), against its 300 KiB budget (office.js is loaded from
 * Microsoft's CDN and not counted). Run after `webpack --mode production`; exits 1 over budget.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const BUDGET_KIB = 300;

/** The pane's first-paint scripts (from its HTML) and its lazily loaded chunks, gzipped bytes each. */
export function paneScripts(dir = "dist") {
  if (!existsSync(`${dir}/taskpane.html`)) return null;
  const html = readFileSync(`${dir}/taskpane.html`, "utf8");
  const first = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
  const later = readdirSync(dir).filter((f) => /^\d+\.[0-9a-f]+\.js$|^\d+\.js$/.test(f));
  const gz = (f) => gzipSync(readFileSync(`${dir}/${f}`), { level: 9 }).length;
  const raw = (f) => readFileSync(`${dir}/${f}`).length;
  const sum = (files, size) => files.reduce((s, f) => s + size(f), 0);
  return { first, later, firstGzip: sum(first, gz), laterGzip: sum(later, gz), raw: sum([...first, ...later], raw) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pane = paneScripts();
  if (!pane || pane.first.length === 0) {
    console.error("No dist/taskpane.html with its scripts: run `npm run build` first.");
    process.exit(1);
  }
  const kib = (n) => (n / 1024).toFixed(1);
  const total = pane.firstGzip + pane.laterGzip;
  console.log(
    `Task pane JS: first paint (${pane.first.join(", ")}) ${kib(pane.firstGzip)} KiB gzipped; ` +
      `loaded on first use (${pane.later.length} chunks) ${kib(pane.laterGzip)} KiB; ` +
      `all ${kib(pane.raw)} KiB minified, ${kib(total)} KiB gzipped (budget ${BUDGET_KIB} KiB).`,
  );
  if (total > BUDGET_KIB * 1024) process.exit(1);
}
