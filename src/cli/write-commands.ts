import { FIELD_LABELS, type Field } from "../core/fields";
import { countBySeverity } from "../core/issue";
import type { SchemeChoice } from "../review/check";
import type { CellEdit } from "../core/specs/types";
import { planApply, rowList, type SummaryEdits } from "../review/apply";
import type { CheckReport } from "../review/check";
import { planFix } from "../review/fix";
import { WorkbookError } from "../workbook/errors";
import { assertNotSameFile } from "../workbook/exceljs/save-file";
import { XlsxWorkbook } from "../workbook/xlsx/patching-workbook";
import type { CliArgs } from "./args";
import type { Io } from "./main";
import { localToday } from "./today";
import { plural } from "../review/words";

export interface WriteOptions {
  /** "Today" for overdue arithmetic, YYYY-MM-DD. */
  today: string;
  sheet?: string;
  scheme?: SchemeChoice;
  /** Accepted for old scripts; nothing needs forcing now that every part is kept. */
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
  /** Ranges of the user's own dropdowns on the rating columns that ours replaced (a cell holds one). */
  replacedDropdowns: string[];
  /** Always empty: the copy keeps every part of the file (kept in the JSON for old scripts). */
  dropped: never[];
  exitCode: 0 | 1;
}

export interface FixResult {
  file: string;
  out: string;
  report: CheckReport;
  changes: { cell: string; before: string; after: string }[];
  skipped: { cell: string; before: string; after: string; reason: string }[];
  dropped: never[];
  exitCode: 0 | 1;
}

const exitCodeOf = (report: CheckReport): 0 | 1 => (countBySeverity(report.issues).error > 0 ? 1 : 0);

/** Checks shared by apply and fix before anything is written; the copy keeps the input's kind (.xlsx or .xlsm). */
export async function openForWrite(input: string, output: string) {
  const workbook = await XlsxWorkbook.open(input);
  const ext = workbook.macroEnabled ? ".xlsm" : ".xlsx";
  if (!output.toLowerCase().endsWith(ext))
    throw new WorkbookError("write-failed", workbook.macroEnabled
      ? `${output}: ${input} holds macros, so the copy must be an .xlsm file too (its macros are kept).`
      : `${output}: the copy must be an .xlsx file, like ${input}.`);
  await assertNotSameFile(input, output);
  return { workbook, dropped: [] as never[] };
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
  const { workbook, dropped } = await openForWrite(input, output);
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
    replacedDropdowns: workbook.replacedValidations,
    dropped,
    exitCode: exitCodeOf(report),
  };
}

/** `wsoa fix`, as a function: write a copy with canonical rating labels; return every change. */
export async function fixFile(input: string, output: string, options: WriteOptions): Promise<FixResult> {
  const { workbook, dropped } = await openForWrite(input, output);
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

/** `--force` once let a copy drop what ExcelJS could not keep; nothing is dropped now. */
function forceNote(force: boolean | undefined): string[] {
  return force ? ["(--force is no longer needed: every part of the workbook is kept, so it changes nothing.)"] : [];
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
    ...(r.replacedDropdowns.length ? [`Your own dropdowns on ${r.replacedDropdowns.join(", ")} gave way to the rating dropdown there (a cell holds one dropdown); elsewhere they are as they were.`] : []),
    r.summarySheet ? `Summary sheet: "${r.summarySheet}".` : "No summary sheet.",
    ...(r.summaryEdited ? [`Replaced edits made by hand on "${r.summaryEdited.sheet}" since WSOA Tracker last wrote it (${rowList(r.summaryEdited.rows)}): the input file still has them.`] : []),
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
    `Figures: ${figures(r.report)}.`,
  ].join("\n");
}

export async function runApply(args: CliArgs, io: Io): Promise<number> {
  const r = await applyFile(args.file!, args.out!, optionsOf(args));
  if (args.json)
    io.out(JSON.stringify({ file: r.file, out: r.out, ...r.report, applied: { rules: r.rules, dropdowns: r.dropdowns, namedLists: r.namedLists, summarySheet: r.summarySheet, replacedDropdowns: r.replacedDropdowns, dropped: r.dropped } }, null, 2));
  else io.out([formatApplyResult(r), ...forceNote(args.force)].join("\n"));
  return r.exitCode;
}

export async function runFix(args: CliArgs, io: Io): Promise<number> {
  const r = await fixFile(args.file!, args.out!, optionsOf(args));
  if (args.json) io.out(JSON.stringify({ file: r.file, out: r.out, sheet: r.report.sheet, changes: r.changes, skipped: r.skipped, dropped: r.dropped, issues: r.report.issues }, null, 2));
  else io.out([formatFixResult(r), ...forceNote(args.force)].join("\n"));
  return r.exitCode;
}
