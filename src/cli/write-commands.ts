import { FIELD_LABELS, type Field } from "../core/fields";
import { countBySeverity } from "../core/issue";
import type { BuiltInSchemeId } from "../core/ratings/scheme";
import type { CellEdit } from "../core/specs/types";
import { planApply, rowList, type SummaryEdits } from "../review/apply";
import type { CheckReport } from "../review/check";
import { planFix } from "../review/fix";
import { WorkbookError } from "../workbook/errors";
import { ExcelJsWorkbook } from "../workbook/exceljs";
import { checkCarryOver, describeParts, type UncarriedPart } from "../workbook/exceljs/carry-over";
import { assertNotSameFile } from "../workbook/exceljs/save-file";
import type { CliArgs } from "./args";
import type { Io } from "./main";
import { localToday } from "./today";
import { plural } from "../review/words";

export interface WriteOptions {
  /** "Today" for overdue arithmetic, YYYY-MM-DD. */
  today: string;
  sheet?: string;
  scheme?: BuiltInSchemeId;
  /** Write even though parts of the file will be lost (see carry-over.ts). */
  force?: boolean;
}

/** Our rules on one column of the plan sheet. */
export interface ColumnRules {
  column: string;
  field: Field | null;
  range: string;
  ratingRules: number;
  overdueRule: boolean;
}

export interface ApplyResult {
  file: string;
  out: string;
  report: CheckReport;
  rules: ColumnRules[];
  dropdowns: string[];
  /** Where the dropdowns' list lives, e.g. `WSOA_Ratings = 'WSOA Tracker'!$D$2:$D$6`. */
  namedLists: { name: string; ref: string }[];
  summarySheet: string | null;
  /** The summary's rows a person had changed since WSOA Tracker last wrote it (now replaced). */
  summaryEdited: SummaryEdits | null;
  /** What was dropped because of --force. */
  dropped: UncarriedPart[];
  exitCode: 0 | 1;
}

export interface FixResult {
  file: string;
  out: string;
  report: CheckReport;
  changes: { cell: string; before: string; after: string }[];
  skipped: { cell: string; before: string; after: string; reason: string }[];
  dropped: UncarriedPart[];
  exitCode: 0 | 1;
}

const exitCodeOf = (report: CheckReport): 0 | 1 => (countBySeverity(report.issues).error > 0 ? 1 : 0);

/** Checks shared by apply and fix before anything is read into memory or written. */
async function openForWrite(input: string, output: string, command: "apply" | "fix", force: boolean) {
  if (!/\.xlsx$/i.test(output)) throw new WorkbookError("write-failed", `${output}: the copy must be an .xlsx file (this tool writes no macros or old formats).`);
  const workbook = await ExcelJsWorkbook.open(input);
  await assertNotSameFile(input, output);
  const dropped = await checkCarryOver(input, command, force, workbook.bytes);
  return { workbook, dropped };
}

function columnRules(report: CheckReport, rules: { range: string; purpose: string }[]): ColumnRules[] {
  const fieldOf = new Map(Object.entries(report.columns).map(([f, letter]) => [letter, f as Field]));
  const out = new Map<string, ColumnRules>();
  for (const r of rules) {
    const column = /^[A-Z]+/.exec(r.range)?.[0] ?? r.range;
    const entry = out.get(r.range) ?? { column, field: fieldOf.get(column) ?? null, range: r.range, ratingRules: 0, overdueRule: false };
    if (r.purpose === "overdue") entry.overdueRule = true;
    else entry.ratingRules++;
    out.set(r.range, entry);
  }
  return [...out.values()];
}

/**
 * `wsoa apply`, as a function (the demo and tests call it): write a copy of `input` at
 * `output` with our rating formatting, dropdowns and summary sheet; return what was done.
 */
export async function applyFile(input: string, output: string, options: WriteOptions): Promise<ApplyResult> {
  const { workbook, dropped } = await openForWrite(input, output, "apply", options.force ?? false);
  const planned = planApply(await workbook.read(), { today: options.today, sheet: options.sheet, scheme: options.scheme });
  await workbook.write(planned.write);
  await workbook.save(output);
  const report = planned.resolved.report;
  const format = planned.write.format;
  return {
    file: input,
    out: output,
    report,
    rules: columnRules(report, format?.rules ?? []),
    dropdowns: format?.validations.map((v) => v.range) ?? [],
    namedLists: format?.lists.map((l) => ({ name: l.name, ref: `'${l.sheet}'!${l.range}` })) ?? [],
    summarySheet: planned.summarySheet,
    summaryEdited: planned.summaryEdited,
    dropped,
    exitCode: exitCodeOf(report),
  };
}

/** `wsoa fix`, as a function: write a copy with canonical rating labels; return every change. */
export async function fixFile(input: string, output: string, options: WriteOptions): Promise<FixResult> {
  const { workbook, dropped } = await openForWrite(input, output, "fix", options.force ?? false);
  const planned = planFix(await workbook.read(), { today: options.today, sheet: options.sheet, scheme: options.scheme });
  await workbook.write(planned.write);
  await workbook.save(output);
  const change = (e: CellEdit) => ({ cell: e.cell, before: e.before, after: e.after });
  return {
    file: input,
    out: output,
    report: planned.resolved.report,
    changes: planned.edits.map(change),
    skipped: planned.skipped.map((e) => ({ ...change(e), reason: "the cell holds a formula" })),
    dropped,
    exitCode: exitCodeOf(planned.resolved.report),
  };
}

const optionsOf = (args: CliArgs): WriteOptions => ({ today: args.today ?? localToday(), sheet: args.sheet, scheme: args.scheme, force: args.force });

function figures(report: CheckReport): string {
  const s = report.summary;
  const c = countBySeverity(report.issues);
  return `${plural(report.items, "item")} · ${s.complete} of ${s.total} complete (${s.percentComplete.toFixed(1)}%) · ${s.overdue} overdue · ${plural(c.error, "error")}, ${plural(c.warning, "warning")}`;
}

function droppedLine(dropped: UncarriedPart[]): string[] {
  return dropped.length ? [`Dropped (--force): ${describeParts(dropped)}.`] : [];
}

/** The terminal report of `wsoa apply`. */
export function formatApplyResult(r: ApplyResult): string {
  const ruleLines = r.rules.map((c) => {
    const what = [c.ratingRules ? plural(c.ratingRules, "rating rule") : "", c.overdueRule ? "an overdue rule" : ""].filter(Boolean).join(" and ");
    return `  ${c.column} ${c.field ? `(${FIELD_LABELS[c.field]})` : ""}: ${what} over ${c.range}`;
  });
  return [
    `Wrote ${r.out} from ${r.file}: sheet "${r.report.sheet}", header row ${r.report.headerRow}, scheme ${r.report.scheme}.`,
    ruleLines.length ? "Conditional formatting (replacing any earlier WSOA Tracker rules):" : "No conditional formatting: no rating or deadline column.",
    ...ruleLines,
    r.dropdowns.length ? `Rating dropdowns: ${r.dropdowns.join(", ")} (list ${r.namedLists.map((l) => `${l.name} = ${l.ref}`).join(", ")}).` : "No rating dropdowns: no rating column.",
    r.summarySheet ? `Summary sheet: "${r.summarySheet}".` : "No summary sheet.",
    ...(r.summaryEdited ? [`Replaced edits made by hand on "${r.summaryEdited.sheet}" since WSOA Tracker last wrote it (${rowList(r.summaryEdited.rows)}): the input file still has them.`] : []),
    ...droppedLine(r.dropped),
    `Figures: ${figures(r.report)}.`,
  ].join("\n");
}

/** The terminal report of `wsoa fix`. */
export function formatFixResult(r: FixResult): string {
  return [
    `Wrote ${r.out} from ${r.file}: sheet "${r.report.sheet}".`,
    r.changes.length ? `${plural(r.changes.length, "rating")} corrected:` : "No rating needed correcting: the copy is unchanged.",
    ...r.changes.map((c) => `  ${c.cell}: ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}`),
    ...(r.skipped.length ? ["Not corrected (the cell holds a formula: correct its source instead):", ...r.skipped.map((c) => `  ${c.cell}: ${JSON.stringify(c.before)}`)] : []),
    ...droppedLine(r.dropped),
    `Figures: ${figures(r.report)}.`,
  ].join("\n");
}

export async function runApply(args: CliArgs, io: Io): Promise<number> {
  const r = await applyFile(args.file!, args.out!, optionsOf(args));
  if (args.json)
    io.out(JSON.stringify({ file: r.file, out: r.out, ...r.report, applied: { rules: r.rules, dropdowns: r.dropdowns, namedLists: r.namedLists, summarySheet: r.summarySheet, dropped: r.dropped } }, null, 2));
  else io.out(formatApplyResult(r));
  return r.exitCode;
}

export async function runFix(args: CliArgs, io: Io): Promise<number> {
  const r = await fixFile(args.file!, args.out!, optionsOf(args));
  if (args.json) io.out(JSON.stringify({ file: r.file, out: r.out, sheet: r.report.sheet, changes: r.changes, skipped: r.skipped, dropped: r.dropped, issues: r.report.issues }, null, 2));
  else io.out(formatFixResult(r));
  return r.exitCode;
}
