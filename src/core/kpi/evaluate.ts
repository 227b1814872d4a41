/**
 * One KPI row judged: its values read, its direction, the latest period with an actual against
 * that period's target (met or missed), the change from baseline, the board's RAG, and the
 * problems a lead can correct (unreadable values, mixed units, a missing actual or baseline).
 */
import { a1 } from "../address";
import type { IsoDate } from "../dates";
import { cellAt, formatAt, type Grid } from "../grid";
import type { Issue } from "../issue";
import type { KpiPeriod, KpiRowRef, KpiTable } from "./find-tables";
import { inferPolarity, type Polarity, type PolarityOverrides } from "./polarity";
import type { Direction, KpiLatest, KpiRating, KpiResult, KpiStatus } from "./types";
import { readKpiValue, type KpiValue } from "./value";

export interface EvaluateOptions {
  today: IsoDate;
  polarity?: PolarityOverrides;
}

type NumberValue = Extract<KpiValue, { kind: "number" }>;
type Read = { col: number; value: KpiValue };

/** An address with its sheet, as Excel writes it: `KPIs!B5`, `'KPI measures'!B5`. */
export function sheetCell(sheet: string, row: number, col: number): string {
  const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${a1(row, col)}`;
}

const short = (name: string) => (name.length <= 60 ? name : `${name.slice(0, 57)}…`);
const isNumber = (v: KpiValue | undefined): v is NumberValue => v?.kind === "number";
/** Equal within floating-point noise (85% read from 0.85 is 85.00000000000001). */
const same = (a: number, b: number) => Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The figure an actual is judged against: its period's target, else the latest earlier target, else the final target. */
function targetFor(period: KpiPeriod, targets: Map<IsoDate, NumberValue>, periods: KpiPeriod[], finalTarget: NumberValue | null): { value: number; period: string } | null {
  const own = targets.get(period.due);
  if (own) return { value: own.value, period: period.label };
  const earlier = periods.filter((p) => p.due < period.due && targets.has(p.due)).pop();
  if (earlier) return { value: targets.get(earlier.due)!.value, period: earlier.label };
  return finalTarget ? { value: finalTarget.value, period: "final target" } : null;
}

function direction(baseline: number, actual: number, polarity: Polarity): Direction {
  if (same(baseline, actual)) return "same";
  return (actual > baseline) === (polarity === "higher") ? "improved" : "worse";
}

/** The board's RAG: met = Green, missed but improved on baseline = Amber, other misses = Red. */
export function kpiRating(status: KpiStatus, vsBaseline: Direction | null): KpiRating {
  if (status === "no-data") return "No data";
  if (status === "met") return "Green";
  return vsBaseline === "improved" ? "Amber" : "Red";
}

/** The unit shown for a KPI: the latest actual's, else the commonest among its figures. */
function unitOf(numbers: NumberValue[], latest: NumberValue | null): string {
  if (latest) return latest.unit;
  const counts = new Map<string, number>();
  for (const n of numbers) counts.set(n.unit, (counts.get(n.unit) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "number";
}

/** One KPI row's figures, read: baseline, final target, and each period's target and actual. */
interface Figures {
  baseline: Read | null;
  finalTarget: Read | null;
  targets: Map<IsoDate, NumberValue>;
  actuals: Map<IsoDate, NumberValue>;
  /** Every cell read, for unreadable values and units. */
  all: Read[];
}

function readFigures(table: KpiTable, row: number, grid: Grid): Figures {
  const read = (col: number | undefined): Read | null => (col === undefined ? null : { col, value: readKpiValue(cellAt(grid, row, col), formatAt(grid, row, col)) });
  const figures: Figures = { baseline: read(table.baseline?.col), finalTarget: read(table.finalTarget?.col), targets: new Map(), actuals: new Map(), all: [] };
  figures.all.push(...[figures.baseline, figures.finalTarget].filter((r): r is Read => r !== null));
  for (const p of table.periods) {
    const t = read(p.targetCol);
    const a = read(p.actualCol);
    if (t) figures.all.push(t);
    if (a) figures.all.push(a);
    if (isNumber(t?.value)) figures.targets.set(p.due, t.value);
    if (isNumber(a?.value)) figures.actuals.set(p.due, a.value);
  }
  return figures;
}

/** What a lead can correct: unreadable figures, mixed units, a missing baseline, a past period's missing actual. */
function figureIssues(table: KpiTable, ref: KpiRowRef, f: Figures, today: IsoDate): Issue[] {
  const issues: Issue[] = [];
  const at = (col: number) => sheetCell(table.sheet, ref.row, col);
  const kpi = `KPI "${short(ref.name)}"`;
  for (const p of table.periods) {
    const actual = f.all.find((r) => r.col === p.actualCol);
    if (actual?.value.kind === "none" && p.due < today && f.targets.has(p.due))
      issues.push({ severity: "warning", rule: "kpi.missing-actual", cell: at(actual.col), message: `${kpi} has a target for ${p.label} (past) but no actual.` });
  }
  for (const r of f.all)
    if (r.value.kind === "unreadable")
      issues.push({ severity: "error", rule: "kpi.unreadable", cell: at(r.col), message: `"${r.value.text}" in ${kpi} is not a number, percentage or rate (write e.g. 45%, 28.9 or 21 months; TBC or blank means no figure yet).` });
  const units = [...new Set(f.all.map((r) => r.value).filter(isNumber).map((n) => n.unit))];
  if (units.length > 1)
    issues.push({ severity: "warning", rule: "kpi.mixed-units", cell: at(table.indicatorCol), message: `${kpi} mixes units (${units.map((u) => (u === "number" ? "plain numbers" : u)).join(", ")}): its figures may not compare.` });
  if (f.baseline?.value.kind === "none")
    issues.push({ severity: "warning", rule: "kpi.missing-baseline", cell: at(f.baseline.col), message: `${kpi} has no baseline figure: whether it improved cannot be judged.` });
  return issues;
}

/** The latest period with an actual, judged against its target (met/missed) and the baseline. */
function judge(table: KpiTable, f: Figures, polarity: Polarity): { latest: KpiLatest | null; status: KpiStatus; vsBaseline: Direction | null; period: KpiPeriod | null } {
  const period = table.periods.filter((p) => f.actuals.has(p.due)).pop() ?? null;
  if (!period) return { latest: null, status: "no-data", vsBaseline: null, period };
  const actual = f.actuals.get(period.due)!;
  const target = targetFor(period, f.targets, table.periods, isNumber(f.finalTarget?.value) ? f.finalTarget.value : null);
  const latest = { period: period.label, due: period.due, actual: actual.value, actualNote: actual.note, target: target?.value ?? null, targetPeriod: target?.period ?? null };
  const status: KpiStatus = !target ? "no-data" : same(actual.value, target.value) || (actual.value > target.value) === (polarity === "higher") ? "met" : "missed";
  const vsBaseline = isNumber(f.baseline?.value) ? direction(f.baseline.value.value, actual.value, polarity) : null;
  return { latest, status, vsBaseline, period };
}

/** Judge one KPI row of a table: its figures, direction, latest period, rating, and what to correct. */
export function evaluateKpi(table: KpiTable, ref: KpiRowRef, grid: Grid, options: EvaluateOptions): { result: KpiResult; issues: Issue[] } {
  const f = readFigures(table, ref.row, grid);
  const issues = figureIssues(table, ref, f, options.today);
  const at = (col: number) => sheetCell(table.sheet, ref.row, col);
  const baseline = isNumber(f.baseline?.value) ? f.baseline.value : null;
  const targets = [...table.periods.map((p) => f.targets.get(p.due)?.value), isNumber(f.finalTarget?.value) ? f.finalTarget.value.value : undefined].filter((v): v is number => v !== undefined);
  const { polarity, source } = inferPolarity(ref.name, { baseline: baseline?.value ?? null, targets }, options.polarity);
  if (source === "words" || source === "default")
    issues.push({
      severity: "info",
      rule: "kpi.polarity-guessed",
      cell: at(table.indicatorCol),
      message: `KPI "${short(ref.name)}": ${polarity} is better ${source === "words" ? "going by its wording" : "assumed (its targets do not rise or fall)"}; set kpis.polarity in the settings if that is wrong.`,
    });
  const { latest, status, vsBaseline, period } = judge(table, f, polarity);
  if (period && latest?.target === null)
    issues.push({ severity: "info", rule: "kpi.no-target", cell: at(period.actualCol!), message: `KPI "${short(ref.name)}" has an actual for ${period.label} but no target to judge it by: counted as no data.` });
  const result: KpiResult = {
    name: ref.name,
    sheet: table.sheet,
    row: ref.row,
    cell: at(table.indicatorCol),
    section: ref.section,
    unit: unitOf(f.all.map((r) => r.value).filter(isNumber), period ? f.actuals.get(period.due)! : null),
    polarity,
    polaritySource: source,
    baseline: baseline?.value ?? null,
    baselineNote: baseline?.note ?? null,
    latest,
    status,
    vsBaseline,
    rating: kpiRating(status, vsBaseline),
  };
  return { result, issues };
}
