/** Engine speed: read → validate → summarise → build specs, per 10,000 rows, in one process. */
import { performance } from "node:perf_hooks";
import { analysePlan } from "../../src/core/analyse";
import type { Grid } from "../../src/core/grid";
import { buildFormatSpec } from "../../src/core/specs/format-spec";
import { buildSummarySheet } from "../../src/core/specs/summary-sheet";
import { generatePlanRows, type Layout } from "./generate-plan";

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The whole pure pipeline once: what every command does before it writes. */
export function runEngine(grid: Grid): number {
  const analysis = analysePlan(grid, { sheet: "Plan", today: "2023-03-31" })!;
  buildFormatSpec(analysis.plan);
  buildSummarySheet(analysis, { name: "Summary", today: "2023-03-31" });
  return analysis.plan.items.length;
}

/**
 * Median milliseconds per 10,000 rows over `runs` runs, per layout; `fastest` keeps each
 * layout's quickest run, a steadier figure on a machine others are using.
 */
export function measureEngine(rows = 10_000, runs = 7, fastest?: Partial<Record<Layout, number>>): Record<Layout, number> {
  const result = {} as Record<Layout, number>;
  for (const layout of ["hounslow", "thurrock", "peterborough"] as const) {
    const grid: Grid = { values: generatePlanRows(layout, rows), origin: { row: 1, col: 1 } };
    runEngine(grid); // warm up the JIT
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const items = runEngine(grid);
      if (items !== rows) throw new Error(`${layout}: read ${items} items of ${rows}`);
      times.push(performance.now() - t0);
    }
    result[layout] = (median(times) * 10_000) / rows;
    if (fastest) fastest[layout] = (Math.min(...times) * 10_000) / rows;
  }
  return result;
}
