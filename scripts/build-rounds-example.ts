/**
 * Builds `examples/hounslow-rounds.xlsx`: Hounslow's plan kept in one workbook through three
 * reporting rounds, each recorded as `wsoa record` records it, so the summary's trend and
 * "since the last report" have something to show.
 *
 *   examples/sources/hounslow-rounds/rounds.json   the rounds: a date, the example whose plan
 *                                                  sheet stood then, and cells changed from it
 *
 * Each round's plan is read as `check` reads it; the workbook shipped is the last round's, with
 * the earlier rounds carried onto its history sheet and the last recorded through `planRecord`.
 */
import { access, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { buildHistorySheet, HISTORY_SHEET, type Round } from "../src/core/history";
import { stateSheetRows, STATE_SHEET } from "../src/core/state";
import { checkSnapshot } from "../src/review/check";
import { planRecord, roundOf } from "../src/review/record";
import { ExcelJsWorkbook } from "../src/workbook/exceljs";
import { buildExample, SourceError, toXlsxBytes } from "./build-examples";

const RoundsSchema = z.strictObject({
  title: z.string(),
  sheet: z.string(),
  rounds: z.array(z.strictObject({
    asAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** An example folder under examples/sources whose plan sheet stood at this date. */
    plan: z.string(),
    /** Cells of the plan sheet that differed then, e.g. a rating not yet Complete. */
    changes: z.array(z.strictObject({ cell: z.string().regex(/^[A-Z]{1,2}\d+$/), value: z.string() })).optional(),
  })).min(2),
});

export const ROUNDS_EXAMPLE = "hounslow-rounds";

/** True when `sourcesDir` holds the rounds example's source. */
export async function hasRoundsExample(sourcesDir: string): Promise<boolean> {
  return access(path.join(sourcesDir, ROUNDS_EXAMPLE, "rounds.json")).then(() => true, () => false);
}

/** The example as .xlsx bytes (deterministic: the last round's fixed document dates). */
export async function roundsExampleBytes(sourcesDir: string): Promise<Uint8Array> {
  return toXlsxBytes(await buildRoundsWorkbook(sourcesDir));
}

/** Builds the example into `outDir/hounslow-rounds.xlsx`; returns the file written. */
export async function buildRoundsExample(outDir: string, sourcesDir: string): Promise<string> {
  const out = path.join(outDir, `${ROUNDS_EXAMPLE}.xlsx`);
  await writeFile(out, await roundsExampleBytes(sourcesDir));
  return out;
}

async function buildRoundsWorkbook(sourcesDir: string) {
  const file = path.join(sourcesDir, ROUNDS_EXAMPLE, "rounds.json");
  let spec: z.infer<typeof RoundsSchema>;
  try {
    spec = RoundsSchema.parse(JSON.parse(await readFile(file, "utf8")));
  } catch (e) {
    throw new SourceError(`${file}: ${(e as Error).message}`);
  }
  const rounds: Round[] = [];
  let last: { book: ExcelJsWorkbook; wb: Awaited<ReturnType<typeof buildExample>> } | null = null;
  for (const r of spec.rounds) {
    const wb = await buildExample(path.join(sourcesDir, r.plan));
    const ws = wb.getWorksheet(spec.sheet);
    if (!ws) throw new SourceError(`${file}: ${r.plan} has no sheet "${spec.sheet}"`);
    for (const c of r.changes ?? []) ws.getCell(c.cell).value = c.value;
    const book = ExcelJsWorkbook.fromWorkbook(wb);
    rounds.push(roundOf(checkSnapshot(await book.read(), { today: r.asAt, sheet: spec.sheet }), r.asAt));
    last = { book, wb };
  }
  const { book, wb } = last!;
  const final = spec.rounds[spec.rounds.length - 1]!.asAt;
  // The earlier rounds as this workbook would hold them had it been recorded at each; then the
  // latest through the real use case, which reads them back and adds its own.
  const resolved = checkSnapshot(await book.read(), { today: final, sheet: spec.sheet });
  const labels = resolved.analysis.plan.scheme.ratings.map((x) => x.label);
  await book.write({
    sheets: [buildHistorySheet(rounds.slice(0, -1), HISTORY_SHEET)],
    stateSheet: { name: STATE_SHEET, rows: stateSheetRows({ config: resolved.state.config, ownedSheets: [HISTORY_SHEET] }, labels).rows },
  });
  await book.write(planRecord(await book.read(), { asAt: final, sheet: spec.sheet }).write);
  wb.title = spec.title;
  return wb;
}
