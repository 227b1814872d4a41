/**
 * A CPU profile of the engine, for finding hot spots (not a benchmark):
 *   node --cpu-prof --cpu-prof-dir=prof --import tsx scripts/bench/profile-engine.ts [layout] [rows]
 * then open prof/*.cpuprofile in Chrome DevTools (Performance → Load profile).
 */
import type { Grid } from "../../src/core/grid";
import { runEngine } from "./engine";
import { generatePlanRows, type Layout } from "./generate-plan";

const layout = (process.argv[2] ?? "hounslow") as Layout;
const rows = Number(process.argv[3] ?? 10_000);
const grid: Grid = { values: generatePlanRows(layout, rows), origin: { row: 1, col: 1 } };
for (let i = 0; i < 10; i++) runEngine(grid);
