import { formatUkDate } from "../core/dates";
import { pointFigures } from "../core/compare";
import { planRecord } from "../review/record";
import { WorkbookError } from "../workbook/errors";
import { ExcelJsWorkbook } from "../workbook/exceljs";
import { describeParts, findUncarriedParts, type UncarriedPart } from "../workbook/exceljs/carry-over";
import { assertNotSameFile } from "../workbook/exceljs/save-file";
import type { CliArgs } from "./args";
import type { Io } from "./main";
import { localToday } from "./today";

export interface RecordResult {
  file: string;
  out: string;
  sheet: string;
  historySheet: string;
  asAt: string;
  items: number;
  replaced: boolean;
  /** Every round now recorded, oldest first, with its figures. */
  rounds: { asAt: string; total: number; complete: number; percentComplete: number; overdue: number }[];
  dropped: UncarriedPart[];
  exitCode: 0 | 1;
}

/** `wsoa record`, as a function: write a copy of `input` with this round on our history sheet. */
export async function recordFile(input: string, output: string, options: { asAt: string; sheet?: string; scheme?: CliArgs["scheme"]; force?: boolean }): Promise<RecordResult> {
  if (!/\.xlsx$/i.test(output)) throw new WorkbookError("write-failed", `${output}: the copy must be an .xlsx file (this tool writes no macros or old formats).`);
  const workbook = await ExcelJsWorkbook.open(input);
  await assertNotSameFile(input, output);
  const dropped = workbook.bytes ? await findUncarriedParts(workbook.bytes) : [];
  if (dropped.length && !options.force)
    throw new WorkbookError("carry-over", `${input} contains ${describeParts(dropped)}, which this tool cannot carry over; record would drop them. Use the Excel add-in instead, or pass --force.`);
  const planned = planRecord(await workbook.read(), { asAt: options.asAt, sheet: options.sheet, scheme: options.scheme });
  await workbook.write(planned.write);
  await workbook.save(output);
  const report = planned.resolved.report;
  return {
    file: input,
    out: output,
    sheet: report.sheet,
    historySheet: planned.historySheet,
    asAt: options.asAt,
    items: planned.round.items.length,
    replaced: planned.replaced,
    rounds: planned.rounds.map((r) => { const f = pointFigures(r); return { asAt: f.asAt, total: f.total, complete: f.complete, percentComplete: f.percentComplete, overdue: f.overdue }; }),
    dropped,
    exitCode: report.issues.some((i) => i.severity === "error") ? 1 : 0,
  };
}

export function formatRecordResult(r: RecordResult): string {
  return [
    `Wrote ${r.out} from ${r.file}: ${r.replaced ? "replaced the round" : "recorded a round"} as at ${formatUkDate(r.asAt)} (${r.items} items of sheet "${r.sheet}") on sheet "${r.historySheet}".`,
    `Rounds recorded: ${r.rounds.length}`,
    ...r.rounds.map((x) => `  ${formatUkDate(x.asAt).padEnd(12)} ${x.complete} of ${x.total} complete (${x.percentComplete.toFixed(1)}%), ${x.overdue} overdue`),
    ...(r.dropped.length ? [`Dropped (--force): ${describeParts(r.dropped)}.`] : []),
  ].join("\n");
}

export async function runRecord(args: CliArgs, io: Io): Promise<number> {
  const r = await recordFile(args.file!, args.out!, { asAt: args.asAt ?? args.today ?? localToday(), sheet: args.sheet, scheme: args.scheme, force: args.force });
  io.out(args.json ? JSON.stringify(r, null, 2) : formatRecordResult(r));
  return r.exitCode;
}
