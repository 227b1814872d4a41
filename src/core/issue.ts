/** One problem found in a plan: plain data, formatted for people elsewhere. */
export type Severity = "error" | "warning" | "info";

export interface Issue {
  severity: Severity;
  /** Stable id, e.g. `date.unparseable`: scripts and the task pane group by it. */
  rule: string;
  /** A1 address of the cell concerned, or null for a whole-sheet issue. */
  cell: string | null;
  message: string;
  /** A one-click repair the user may ask for (only ever a rating label). */
  fix?: { cell: string; before: string; after: string };
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Row and column of an A1 address ("H49" → [49, 8]); [0, 0] for a whole-sheet issue. */
function position(cell: string | null): [number, number] {
  const m = cell ? /^([A-Z]+)(\d+)$/.exec(cell) : null;
  if (!m) return [0, 0];
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]), col];
}

/** Sort issues by severity, then by sheet position (row, then column), then rule. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  // Positions are parsed once per issue, not twice per comparison (a big plan has thousands).
  const keyed = issues.map((issue) => ({ issue, order: ORDER[issue.severity], pos: position(issue.cell) }));
  keyed.sort((a, b) => a.order - b.order || a.pos[0] - b.pos[0] || a.pos[1] - b.pos[1] || a.issue.rule.localeCompare(b.issue.rule));
  return keyed.map((k) => k.issue);
}

/** Counts by severity, for report headlines. */
export function countBySeverity(issues: readonly Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity] += 1;
  return counts;
}
