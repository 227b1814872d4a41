import { FIELD_LABELS, type Field } from "../core/fields";
import { countBySeverity, type Issue } from "../core/issue";
import { BUILT_IN_SCHEMES, type BuiltInSchemeId } from "../core/ratings/scheme";
import type { CheckReport } from "../review/check";
import { kpiLines } from "./report-kpis";
import { plural } from "../review/words";

/** Pad a table of strings into aligned columns: first column left, the rest right. */
export function alignTable(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ").trimEnd());
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + "…";
}

/** Without --all, a terminal shows this many issues per rule (info only as counts). */
const PER_RULE = 20;

function issueLines(issues: Issue[], all: boolean): string[] {
  const line = (i: Issue) => `  ${i.severity.padEnd(7)} ${(i.cell ?? "").padEnd(6)} ${i.rule.padEnd(26)} ${i.message}`;
  if (all) return issues.map(line);
  const lines: string[] = [];
  const shown = new Map<string, number>();
  const hidden = new Map<string, { severity: string; count: number }>();
  for (const i of issues) {
    const n = shown.get(i.rule) ?? 0;
    if (i.severity !== "info" && n < PER_RULE) {
      lines.push(line(i));
      shown.set(i.rule, n + 1);
    } else {
      const h = hidden.get(i.rule) ?? { severity: i.severity, count: 0 };
      hidden.set(i.rule, { ...h, count: h.count + 1 });
    }
  }
  for (const [rule, { severity, count }] of hidden)
    lines.push(`  ${severity.padEnd(7)} ${"".padEnd(6)} ${rule.padEnd(26)} ${shown.has(rule) ? "… and " : ""}${count}${shown.has(rule) ? " more" : ""} cell${count === 1 ? "" : "s"} (--all lists them)`);
  return lines;
}

/** The terminal report of `wsoa check`: what was understood, the board table, then the issues. */
export function formatCheckReport(file: string, report: CheckReport, all = false): string {
  const scheme = BUILT_IN_SCHEMES[report.scheme as BuiltInSchemeId];
  const counts = countBySeverity(report.issues);
  const s = report.summary;
  const columns = Object.entries(report.columns).map(([f, l]) => `${FIELD_LABELS[f as Field]} ${l}`).join(" · ");
  const table = [
    ["Workstream", ...s.ratings, "Total", "% complete", "Overdue"],
    ...s.byWorkstream.map((w) => [truncate(w.workstream, 48), ...s.ratings.map((r) => String(w.counts[r] ?? 0)), String(w.total), `${w.percentComplete.toFixed(1)}%`, String(w.overdue)]),
    ["Total", ...s.ratings.map((r) => String(s.totals[r] ?? 0)), String(s.total), `${s.percentComplete.toFixed(1)}%`, String(s.overdue)],
  ];
  const lines = [
    `${file}: sheet "${report.sheet}", header row ${report.headerRow}, scheme ${scheme?.name ?? report.scheme}`,
    `Columns: ${columns}`,
    `${report.items} items · ${s.complete} of ${s.total} complete (${s.percentComplete.toFixed(1)}%) · ${s.overdue} overdue · ${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${counts.info} info`,
    "",
    ...alignTable(table),
  ];
  if (s.initial) {
    lines.push("", "Initial vs current rating:");
    lines.push(...alignTable([["", ...s.ratings], ["Initial", ...s.ratings.map((r) => String(s.initial!.totals[r] ?? 0))], ["Current", ...s.ratings.map((r) => String(s.totals[r] ?? 0))]]).map((l) => "  " + l));
    lines.push(`  Direction of travel: ${s.initial.improved} improved, ${s.initial.same} same, ${s.initial.worse} worse${s.initial.unrated ? `, ${s.initial.unrated} not rated at both points` : ""}`);
  }
  lines.push(...kpiLines(report.kpis));
  lines.push("", report.issues.length ? "Issues:" : "No issues.", ...issueLines(report.issues, all));
  return lines.join("\n");
}
