/** One `apply` in a fresh process, so its peak memory is its own: prints {ms, maxRssMb, baselineRssMb}. */
import { performance } from "node:perf_hooks";
import { applyFile } from "../../src/cli/write-commands";

const [input, output] = process.argv.slice(2);
const baseline = process.resourceUsage().maxRSS / 1024;
const t0 = performance.now();
applyFile(input!, output!, { today: "2024-06-01" }).then(() => {
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ ms: Math.round(ms), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), baselineRssMb: Math.round(baseline) }));
});
