/** One problem found in a plan: plain data, formatted for people elsewhere. */
export type Severity = "error" | "warning" | "info";

export interface Issue {
  severity: Severity;
  /** Stable id, e.g. `date.unparseable`: scripts and the task pane group by it. */
  rule: string;
  /** A1 address of the cell concerned, or null for a whole-sheet issue. */
  cell: string | null;
  message: string;
  /**
   * A one-click repair the user may ask for (only ever a rating label). With `choices` it is a
   * question: the cell could mean any of them, `after` is what it counts as until answered,
   * and nothing writes it (not `wsoa fix`, not "fix all") until the user picks one.
   */
  fix?: { cell: string; before: string; after: string; choices?: string[] };
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sort issues by severity, then by sheet position (row, then column), then rule. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  const pos = (cell: string | null): [number, number] => {
    const m = cell ? /^([A-Z]+)(\d+)$/.exec(cell) : null;
    if (!m) return [0, 0];
    const letters = m[1]!;
    let col = 0;
    for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
    return [Number(m[2]), col];
  };
  return [...issues].sort((a, b) => {
    const s = ORDER[a.severity] - ORDER[b.severity];
    if (s !== 0) return s;
    const [ar, ac] = pos(a.cell);
    const [br, bc] = pos(b.cell);
    return ar - br || ac - bc || a.rule.localeCompare(b.rule);
  });
}

/** Counts by severity, for report headlines. */
export function countBySeverity(issues: readonly Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity] += 1;
  return counts;
}
