import { a1 } from "./address";
import { daysBetween, formatUkDate, type IsoDate } from "./dates";
import { FIELD_LABELS, type Field } from "./fields";
import { headerCell } from "./header";
import type { Issue } from "./issue";
import type { Plan, PlanItem } from "./plan/types";
import { ratingKey, type RatingRead } from "./ratings/match-rating";

/** Fields a plan cannot be tracked without, and how much their absence matters. */
const REQUIRED: { field: Field; severity: Issue["severity"]; why: string }[] = [
  { field: "deadline", severity: "warning", why: "nothing can be reported as overdue" },
  { field: "status", severity: "warning", why: "every item will count as Not rated" },
  { field: "lead", severity: "info", why: "exceptions will show no lead" },
];

/** True when an item is past due and not rated complete. */
export function isOverdue(item: PlanItem, today: IsoDate): boolean {
  if (item.deadline.kind !== "date") return false;
  if (isComplete(item.status)) return false;
  return item.deadline.due < today;
}

/** Days past due (0 when not overdue). */
export function daysOverdue(item: PlanItem, today: IsoDate): number {
  return isOverdue(item, today) && item.deadline.kind === "date" ? daysBetween(item.deadline.due, today) : 0;
}

export function isComplete(status: RatingRead): boolean {
  return (status.kind === "exact" || status.kind === "normalised") && status.rating.complete;
}

function structureIssues(plan: Plan): Issue[] {
  const issues: Issue[] = [];
  const header = { row: plan.headerRow, columns: plan.columns };
  if (plan.columns.action === undefined && plan.columns.milestone === undefined)
    issues.push({ severity: "error", rule: "structure.missing-column", cell: null, message: `No action or milestone column was found in row ${plan.headerRow}: no row can be read as an item.` });
  for (const { field, severity, why } of REQUIRED) {
    if (plan.columns[field] === undefined)
      issues.push({ severity, rule: "structure.missing-column", cell: null, message: `No ${FIELD_LABELS[field].toLowerCase()} column was found in the header (row ${plan.headerRow}): ${why}.` });
  }
  for (const d of plan.duplicateColumns)
    issues.push({ severity: "warning", rule: "structure.duplicate-column", cell: a1(plan.headerRow, d.col), message: `"${d.text}" is a second ${FIELD_LABELS[d.field].toLowerCase()} column; ${headerCell({ ...header, columns: { [d.field]: d.keptCol } }, d.field)} is used and this one is ignored.` });
  for (const range of plan.mergedCells)
    issues.push({ severity: "warning", rule: "structure.merged-cells", cell: range.split(":")[0] ?? null, message: `${range} is merged across rows: its value counts for every item it covers, but a lead cannot rate those items separately. Unmerge it to rate each row.` });
  for (const p of plan.cellProblems)
    issues.push({ severity: "error", rule: "cell.error", cell: p.cell, message: `${p.cell} shows the error ${p.value} (${FIELD_LABELS[p.field].toLowerCase()} column); it is read as blank until the formula is fixed or a value is typed.` });
  for (const n of plan.notes ?? []) issues.push({ ...n, severity: n.severity ?? "info" });
  if (plan.items.length === 0)
    issues.push({ severity: "warning", rule: "structure.no-items", cell: null, message: `No rows below the header (row ${plan.headerRow}) have action or milestone text.` });
  return issues;
}

/** What a rating cell's fill says beside (or instead of) its word. */
function fillIssues(cell: string, status: RatingRead, schemeName: string): Issue[] {
  if (status.kind === "normalised" && status.byColour) {
    const { fill, deltaE } = status.byColour;
    return [{ severity: "info", rule: "status.colour-only", cell, message: `${cell}: no word, but its fill ${fill} reads as ${status.rating.label} (ΔE ${deltaE}); fix writes "${status.rating.label}" so the rating does not depend on colour.`, fix: { cell, before: "", after: status.rating.label } }];
  }
  if (status.kind === "blank" && status.unmatchedFill) {
    const { fill, nearest, deltaE } = status.unmatchedFill;
    const near = nearest ? ` (nearest ${nearest.label}, ΔE ${deltaE})` : "";
    return [{ severity: "warning", rule: "status.colour-unmatched", cell, message: `${cell}: no word, and its fill ${fill} is near no rating of the ${schemeName} scheme${near}: counted as Not rated. Type the rating.` }];
  }
  if ((status.kind === "exact" || status.kind === "normalised") && status.contradictingFill) {
    const { fill, nearest } = status.contradictingFill;
    return [{ severity: "warning", rule: "status.colour-contradicts", cell, message: `${cell}: says "${status.text.trim()}" but its fill ${fill} shows ${nearest?.label ?? "another rating"}; the word counts. Change the word or the fill so they agree.` }];
  }
  return [];
}

/** How often each unknown label is used: a label used again and again is meant, not a typo. */
function unknownUses(plan: Plan): Map<string, number> {
  const uses = new Map<string, number>();
  for (const item of plan.items)
    for (const s of [item.status, item.initialStatus])
      if (s?.kind === "unknown") uses.set(ratingKey(s.text), (uses.get(ratingKey(s.text)) ?? 0) + 1);
  return uses;
}

function unknownMessage(cell: string, text: string, which: string, plan: Plan, uses: number): string {
  const labels = plan.scheme.ratings.map((r) => r.label);
  // "RAG (Red, Amber, Green, Complete)" already lists them; "Status words" does not.
  const scheme = labels.every((l) => plan.scheme.name.includes(l)) ? plan.scheme.name : `${plan.scheme.name} (${labels.join(", ")})`;
  const label = text.trim();
  const often = uses > 1 ? ` It is used in ${uses} cells: if the plan means it, add it` : " If the plan means it, add it";
  return `${cell}: "${label}" is not a ${which} in the ${scheme} scheme.${often} in the task pane ("Treat ${label} as…"), or in the settings: "aliases": { "${label}": "${plan.scheme.ratings[0]?.label ?? "Red"}" } to read it as a rating, or "addRatings": [{ "label": "${label}", "meaning": "…", "complete": false }] for a rating of its own.`;
}

function ratingIssues(cell: string, status: RatingRead, which: string, plan: Plan, uses: Map<string, number>): Issue[] {
  switch (status.kind) {
    case "normalised":
      if (status.byColour) return [];
      if (status.choices) {
        const meanings = status.choices.map((c) => plan.scheme.ratings.find((r) => c.startsWith(r.label))).map((r) => (r ? `${r.label} (${r.meaning.toLowerCase()})` : "")).filter(Boolean).join(" or ");
        return [{ severity: "warning", rule: "status.ambiguous", cell, message: `${cell}: "${status.text.trim()}" could mean ${meanings}; counted as ${status.rating.label} until you choose which to write.`, fix: { cell, before: status.text, after: status.canonical, choices: status.choices } }];
      }
      return [{ severity: "warning", rule: "status.normalised", cell, message: `${cell}: "${status.text}" read as ${status.rating.label}; fix writes "${status.canonical}".`, fix: { cell, before: status.text, after: status.canonical } }];
    case "unknown":
      return [{ severity: "error", rule: "status.unknown", cell, message: unknownMessage(cell, status.text, which, plan, uses.get(ratingKey(status.text)) ?? 1) }];
    default:
      return [];
  }
}

function deadlineIssues(cell: string, item: PlanItem): Issue[] {
  const d = item.deadline;
  switch (d.kind) {
    case "missing":
      return [{ severity: "warning", rule: "date.missing", cell, message: d.text ? `${cell}: "${d.text}" means no deadline has been set yet.` : `${cell}: no deadline.` }];
    case "unparsed":
      return [{ severity: "warning", rule: "date.unparseable", cell, message: `${cell}: "${d.text}" cannot be read as a deadline, so it is never counted as overdue.` }];
    case "implausible":
      return [{ severity: "error", rule: "date.implausible", cell, message: `${cell}: "${d.text}" has the year ${d.year}, which looks like a typo.` }];
    case "date":
      return d.ambiguity ? [{ severity: "info", rule: "date.ambiguous", cell, message: `${cell}: ${d.ambiguity}` }] : [];
    default:
      return [];
  }
}

/**
 * Check a plan as read: its structure, every item's deadline and ratings, and, against
 * `today`, what is overdue and which ratings claim on-track for overdue work.
 */
export function validatePlan(plan: Plan, today: IsoDate): Issue[] {
  const issues = structureIssues(plan);
  const cols = plan.columns;
  const seenRefs = new Map<string, number>();
  const uses = unknownUses(plan);
  for (const item of plan.items) {
    if (cols.ref !== undefined && item.ref && item.refIsOwn) {
      const first = seenRefs.get(item.ref);
      if (first !== undefined)
        issues.push({ severity: "warning", rule: "ref.duplicate", cell: a1(item.row, cols.ref), message: `${a1(item.row, cols.ref)}: reference "${item.ref}" is also used in row ${first}.` });
      else seenRefs.set(item.ref, item.row);
    }

    if (cols.deadline !== undefined) issues.push(...deadlineIssues(a1(item.row, cols.deadline), item));
    if (cols.status !== undefined) {
      const cell = a1(item.row, cols.status);
      if (item.status.kind === "blank" && !item.status.unmatchedFill) issues.push({ severity: "info", rule: "status.missing", cell, message: `${cell}: not rated yet.` });
      issues.push(...ratingIssues(cell, item.status, "rating", plan, uses), ...fillIssues(cell, item.status, plan.scheme.name));
    }
    if (cols.initialStatus !== undefined && item.initialStatus)
      issues.push(...ratingIssues(a1(item.row, cols.initialStatus), item.initialStatus, "initial rating", plan, uses));

    if (isOverdue(item, today) && item.deadline.kind === "date") {
      const cell = a1(item.row, cols.deadline ?? cols.status ?? 1);
      const days = daysOverdue(item, today);
      const rated = item.status.kind === "exact" || item.status.kind === "normalised" ? `rated ${item.status.rating.label}` : "not rated";
      // Quote what the lead typed; a real date cell is shown as the date alone.
      const written = item.deadline.source === "text" ? ` ("${item.deadline.text}")` : "";
      issues.push({ severity: "warning", rule: "item.overdue", cell, message: `${cell}: due ${formatUkDate(item.deadline.due)}${written}, ${days} day${days === 1 ? "" : "s"} overdue, ${rated}.` });
      if ((item.status.kind === "exact" || item.status.kind === "normalised") && item.status.rating.onTrack && cols.status !== undefined) {
        const sc = a1(item.row, cols.status);
        issues.push({ severity: "warning", rule: "rating.mismatch", cell: sc, message: `${sc}: rated ${item.status.rating.label} (${item.status.rating.meaning.toLowerCase()}) but the deadline passed ${days} day${days === 1 ? "" : "s"} ago.` });
      }
    }
  }
  return issues;
}
