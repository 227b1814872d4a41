/**
 * The KPI sheets' own colours: conditional formats over each period's actual column that rate
 * every actual as the board does (met = Green; missed but improved on baseline = Amber; other
 * misses = Red), live in Excel without the add-in: the formulas compare the actual cell with its
 * target cell and the baseline cell in the KPI's direction. Figures typed as text are read live
 * up to their first space ("12.1% (academic year 22/23)" → 12.1%); a cell with no figure there
 * ("TBC", ">85%", "approx. 40%") stays uncoloured, and the summary's KPI section rates it in words.
 */
import { a1Range, columnLetter } from "../address";
import { BUILT_IN_SCHEMES } from "../ratings/scheme";
import { sameSheetName } from "../sheet-names";
import { OUR_TAG, type ConditionalRule, type FormatSpec } from "../specs/types";
import type { KpiPeriod, KpiTable } from "./find-tables";
import type { Polarity } from "./polarity";
import type { KpiResult } from "./types";

type Board = "Green" | "Amber" | "Red";

/** The rag scheme's colours, as the summary's KPI section uses them. */
function styleOf(label: Board): ConditionalRule["style"] {
  const r = BUILT_IN_SCHEMES.rag.ratings.find((x) => x.label === label);
  return { fill: r?.fill ?? "#FFFFFF", font: r?.font ?? "#000000" };
}

/**
 * A KPI cell's figure in Excel, as the KPI reader takes it: a number as it is; text up to its
 * first space read as Excel reads typed text ("96% (national average)" → 0.96, "21 months" → 21);
 * "" when there is none ("Baseline established", blank). Numbers shown as % and "85%" typed as
 * text are both 0.85 here, so they compare.
 * figure("$G7") → `IFERROR(--LEFT($G7,FIND(" ",$G7&" ")-1),"")`
 */
export function figure(ref: string): string {
  return `IFERROR(--LEFT(${ref},FIND(" ",${ref}&" ")-1),"")`;
}

/**
 * The target an actual is judged by, as an Excel expression on row `row`: the period's own
 * target cell, else the latest earlier period's, else the final target (as evaluate.ts does).
 * targetExpression([5, 3], 7) → `IF(ISNUMBER(figure($E7)),figure($E7),figure($C7))`; null when the table has no target column.
 */
export function targetExpression(cols: readonly number[], row: number): string | null {
  const refs = cols.map((c) => figure(`$${columnLetter(c)}${row}`));
  if (refs.length === 0) return null;
  return refs.slice(0, -1).reduceRight((rest, ref) => `IF(ISNUMBER(${ref}),${ref},${rest})`, refs[refs.length - 1]!);
}

/** Target columns for a period, in the order they are tried. */
function targetCols(table: KpiTable, period: KpiPeriod): number[] {
  const earlier = table.periods.filter((p) => p.due < period.due).reverse();
  const cols = [period.targetCol, ...earlier.map((p) => p.targetCol), table.finalTarget?.col].filter((c): c is number => c !== undefined);
  return [...new Set(cols)];
}

/** The three rules for one actual column over rows `top`..`bottom` of one direction. */
export function actualRules(actualCol: number, tcols: readonly number[], baselineCol: number | undefined, polarity: Polarity, top: number, bottom: number): ConditionalRule[] {
  const t = targetExpression(tcols, top);
  if (!t) return [];
  const a = figure(`$${columnLetter(actualCol)}${top}`);
  const [atOrBeyond, short, better] = polarity === "higher" ? [">=", "<", ">"] : ["<=", ">", "<"];
  const b = baselineCol === undefined ? null : figure(`$${columnLetter(baselineCol)}${top}`);
  const comparable = `ISNUMBER(${a}),ISNUMBER(${t})`;
  const improved = b ? `AND(ISNUMBER(${b}),${a}${better}${b})` : "FALSE";
  const range = a1Range(top, actualCol, bottom, actualCol);
  const rule = (label: Board, condition: string): ConditionalRule => ({ purpose: "kpi", label, range, formula: `AND(${OUR_TAG},${comparable},${condition})`, style: styleOf(label) });
  const rules = [rule("Green", `${a}${atOrBeyond}${t}`), rule("Red", b ? `${a}${short}${t},NOT(${improved})` : `${a}${short}${t}`)];
  if (b) rules.splice(1, 0, rule("Amber", `${a}${short}${t},${improved}`));
  return rules;
}

/** Runs of consecutive KPI rows sharing a direction: one range per run keeps the rules few. */
function runs(table: KpiTable, polarityOf: (row: number) => Polarity): { top: number; bottom: number; polarity: Polarity }[] {
  const out: { top: number; bottom: number; polarity: Polarity }[] = [];
  for (const { row } of table.rows) {
    const polarity = polarityOf(row);
    const last = out[out.length - 1];
    if (last && last.polarity === polarity) last.bottom = row;
    else out.push({ top: row, bottom: row, polarity });
  }
  return out;
}

/** The rules for one KPI table: each period's actual column, per run of rows of one direction. */
export function kpiTableRules(table: KpiTable, items: readonly KpiResult[]): ConditionalRule[] {
  const polarityOf = (row: number) => items.find((k) => k.row === row && sameSheetName(k.sheet, table.sheet))?.polarity ?? "higher";
  const rules: ConditionalRule[] = [];
  for (const run of runs(table, polarityOf))
    for (const period of table.periods)
      if (period.actualCol !== undefined) rules.push(...actualRules(period.actualCol, targetCols(table, period), table.baseline?.col, run.polarity, run.top, run.bottom));
  return rules;
}

/**
 * One FormatSpec per sheet holding KPI tables, rules only (no dropdowns, no lists). A sheet
 * listed in `skip` (protected, say) gets none.
 * Example: a table `KPI | Baseline | Target Nov 23 | Actual Nov 23` with rows 2–3, higher better
 * → on D2:D3: Green `AND(N("WSOA Tracker")=0,ISNUMBER(figure($D2)),ISNUMBER(figure($C2)),figure($D2)>=figure($C2))`, Amber, Red.
 */
export function buildKpiFormats(analysis: { tables: readonly KpiTable[]; items: readonly KpiResult[] }, skip: readonly string[] = []): FormatSpec[] {
  const specs: FormatSpec[] = [];
  for (const table of analysis.tables) {
    if (skip.some((s) => sameSheetName(s, table.sheet))) continue;
    const rules = kpiTableRules(table, analysis.items);
    if (rules.length === 0) continue;
    const spec = specs.find((s) => sameSheetName(s.sheet, table.sheet));
    if (spec) spec.rules.push(...rules);
    else specs.push({ sheet: table.sheet, rules, validations: [], lists: [] });
  }
  return specs;
}
