import { formatUkDate } from "../core/dates";
import type { ItemChange } from "../core/compare";
import { compareVersions, type CompareReport } from "../review/compare";
import { ExcelJsWorkbook } from "../workbook/exceljs";
import type { CliArgs } from "./args";
import { documentDate } from "./document-date";
import type { Io } from "./main";
import { alignTable } from "./report-text";
import { localToday } from "./today";

const clip = (text: string, max: number) => (text.length <= max ? text : text.slice(0, max - 1) + "…");
const rating = (r: string | null) => r ?? "Not rated";
const day = (d: string | null) => (d ? formatUkDate(d) : "no readable date");
const days = (n: number) => `${n > 0 ? "+" : ""}${n} day${Math.abs(n) === 1 ? "" : "s"}`;

function line(c: ItemChange, detail: string): string {
  const cell = c.cellAfter ?? c.cellBefore ?? "";
  return `  ${(c.ref ?? "").padEnd(7)} ${clip(c.text, 70).padEnd(70)}  ${detail}${cell ? `  (${cell})` : ""}`;
}

function group(title: string, items: ItemChange[], detail: (c: ItemChange) => string): string[] {
  return items.length ? ["", `${title} (${items.length})`, ...items.map((c) => line(c, detail(c)))] : [];
}

/**
 * The board-ready text of `wsoa compare`: the whole-plan figures side by side, then the items
 * grouped as a monitoring report lists them (completed this period, worse, slipped, not updated).
 */
export function formatCompareReport(r: CompareReport): string {
  const { before: a, after: b, counts: n, items } = r;
  const pct = (s: typeof a) => `${s.complete} (${s.percentComplete.toFixed(1)}%)`;
  const both = items.filter((c) => c.presence === "both");
  return [
    `Before: ${a.file}, sheet "${a.sheet}", as at ${formatUkDate(a.asAt)}`,
    `After:  ${b.file}, sheet "${b.sheet}", as at ${formatUkDate(b.asAt)}`,
    "",
    ...alignTable([
      ["", formatUkDate(a.asAt), formatUkDate(b.asAt)],
      ["Items", String(a.total), String(b.total)],
      ["Complete", pct(a), pct(b)],
      ["Overdue", String(a.overdue), String(b.overdue)],
    ]),
    "",
    `Changes: ${n.completed} completed · ${n.improved} improved · ${n.worse} worse · ${n.same} same · ${n.slipped} slipped · ${n.broughtForward} brought forward · ${n.notUpdated} not updated · ${n.added} added · ${n.removed} removed`,
    ...group("Completed this period", both.filter((c) => c.completed), (c) => `${rating(c.ratingBefore)} → ${rating(c.ratingAfter)}`),
    ...group("Worse", both.filter((c) => c.direction === "worse"), (c) => `${rating(c.ratingBefore)} → ${rating(c.ratingAfter)}`),
    ...group("Slipped (deadline later)", both.filter((c) => (c.slippedDays ?? 0) > 0), (c) => `${day(c.deadlineBefore)} → ${day(c.deadlineAfter)} (${days(c.slippedDays!)})`),
    ...group("Brought forward", both.filter((c) => (c.slippedDays ?? 0) < 0), (c) => `${day(c.deadlineBefore)} → ${day(c.deadlineAfter)} (${days(c.slippedDays!)})`),
    ...group("Not updated (progress text unchanged, not complete)", both.filter((c) => c.notUpdated), (c) => rating(c.ratingAfter)),
    ...group("Added", items.filter((c) => c.presence === "added"), (c) => rating(c.ratingAfter)),
    ...group("Removed", items.filter((c) => c.presence === "removed"), (c) => `was ${rating(c.ratingBefore)}`),
  ].join("\n");
}

/** `wsoa compare BEFORE AFTER`: each version as at its file's save date (the later one: --today). */
export async function runCompare(args: CliArgs, io: Io): Promise<number> {
  const [first, second] = [args.file!, args.file2!];
  const [wa, wb] = [await ExcelJsWorkbook.open(first), await ExcelJsWorkbook.open(second)];
  const afterAsAt = args.today ?? (await documentDate(second)) ?? localToday();
  const saved = await documentDate(first);
  const beforeAsAt = saved && saved <= afterAsAt ? saved : afterAsAt;
  const { report, exitCode } = compareVersions(
    { file: first, snapshot: await wa.read(), asAt: beforeAsAt },
    { file: second, snapshot: await wb.read(), asAt: afterAsAt },
    { sheet: args.sheet, scheme: args.scheme },
  );
  io.out(args.json ? JSON.stringify(report, null, 2) : formatCompareReport(report));
  return exitCode;
}
