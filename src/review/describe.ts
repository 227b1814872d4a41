/**
 * The results of the pane's actions as people read them: an intent, a short title, one line,
 * and details that the pane shows collapsed. The CLI may print the same lines.
 */
import { formatUkDate } from "../core/dates";
import type { CellEdit } from "../core/specs/types";
import type { Summary } from "../core/summarise";
import type { WritePlan } from "../workbook/port";
import type { CheckReport } from "./check";
import { figuresLine, issueHeadline, listing, plural } from "./words";

export type Intent = "success" | "error" | "warning" | "info";

export interface Outcome {
  intent: Intent;
  title: string;
  body: string;
  /** Longer lists (every cell changed…), shown collapsed. */
  details?: string[];
}

/** Validation is a report, not a failure: neutral when clean, a warning when there is something to do. */
export function describeValidation(report: CheckReport): Outcome {
  const errors = report.issues.filter((i) => i.severity === "error").length;
  const warnings = report.issues.filter((i) => i.severity === "warning").length;
  const body = `${plural(report.items, "item")} on "${report.sheet}": ${report.issues.length === 0 ? "no issues" : issueHeadline(report.issues)}.`;
  return { intent: errors + warnings > 0 ? "warning" : "success", title: "Checked", body };
}

export const editLine = (e: CellEdit): string => `${e.cell}: "${e.before}" → "${e.after}"`;

export function describeFix(written: CellEdit[], skipped: CellEdit[]): Outcome {
  const skippedLine = skipped.length ? ` ${plural(skipped.length, "rating is", "ratings are")} worked out by a formula and ${skipped.length === 1 ? "was" : "were"} left alone (${skipped.map((e) => e.cell).join(", ")}).` : "";
  if (written.length === 0) return { intent: "info", title: "Nothing to fix", body: `The ratings already use the scheme's words.${skippedLine}` };
  return { intent: "success", title: "Fixed", body: `${plural(written.length, "rating")} rewritten.${skippedLine}`, details: written.map(editLine) };
}

/** What a formatting write did: the columns that got colours and dropdowns, named. */
export function describeFormatting(sheet: string, format: NonNullable<WritePlan["format"]>): Outcome {
  const ratingRanges = [...new Set(format.rules.filter((r) => r.purpose === "rating").map((r) => r.range))];
  const overdue = format.rules.find((r) => r.purpose === "overdue");
  const parts = [
    ratingRanges.length ? `rating colours and dropdowns on ${listing(ratingRanges)}` : null,
    overdue ? `overdue deadlines highlighted on ${overdue.range}` : null,
  ].filter((p): p is string => p !== null);
  return { intent: "success", title: "Formatting applied", body: `"${sheet}": ${parts.length ? listing(parts) : "nothing to format (no rating or deadline column)"}. They stay live in Excel without the add-in.` };
}

/** What Build summary did, with the figures and the chart's fate. */
export function describeSummary(summarySheet: string, replaced: boolean, summary: Summary, chart: { kind: "added"; trend?: boolean } | { kind: "none"; why: string } | { kind: "failed"; why: string }): Outcome {
  const verb = replaced ? "updated" : "created";
  const figures = `${figuresLine(summary)}.`;
  if (chart.kind === "added") return { intent: "success", title: "Summary " + verb, body: `"${summarySheet}" ${verb} with ${chart.trend ? "charts of ratings by workstream and by reporting round" : "a chart of ratings by workstream"}: ${figures}` };
  if (chart.kind === "failed") return { intent: "warning", title: "Summary " + verb, body: `"${summarySheet}" ${verb}: ${figures} The chart could not be added: ${chart.why}` };
  return { intent: "success", title: "Summary " + verb, body: `"${summarySheet}" ${verb}: ${figures}`, details: [`No chart: ${chart.why}`] };
}

export function describeNewPlan(sheet: string, previous: string | null): Outcome {
  return {
    intent: "success",
    title: "New plan created",
    body: `"${sheet}" is ready for leads, and WSOA Tracker now follows it.${previous ? ` "${previous}" is unchanged; choose it under Plan sheet to go back.` : ""}`,
    details: ["Headings in row 5, frozen; the rating key above them; rating dropdowns and colours on the first 200 rows."],
  };
}

/** A failure, in plain words with what to do; an unexpected error never shows a stack or API name. */
export function describeFailure(title: string, error: unknown, known: (e: unknown) => e is Error): Outcome {
  if (known(error)) return { intent: "error", title, body: error.message };
  return {
    intent: "error",
    title,
    body: "Excel reported a problem, so this did not finish. Check the workbook is not being edited in a cell (press Enter or Esc there), then try again; if it keeps happening, close and reopen the workbook.",
    details: [`Technical detail: ${error instanceof Error ? error.message : String(error)}`],
  };
}

export const asAt = (today: string): string => `as at ${formatUkDate(today)}`;
