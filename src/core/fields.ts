/**
 * The canonical plan fields (contract: DESIGN.md) and the header wordings that mean them.
 * Matching is by meaning: case, punctuation, plurals and bracketed asides are ignored.
 */
export const FIELDS = [
  "ref", "workstream", "outcome", "action", "milestone", "measure", "lead", "forum",
  "resource", "deadline", "status", "initialStatus", "progress", "evidence", "updated",
] as const;
export type Field = (typeof FIELDS)[number];

/** Synonyms per field, already in normalised form (see normaliseHeader). */
export const FIELD_SYNONYMS: Record<Field, readonly string[]> = {
  ref: ["ref", "reference", "ref no", "no", "number", "action no", "action ref", "action number", "id", "item", "item no", "priority ref"],
  workstream: ["workstream", "work stream", "area", "improvement area", "area for improvement", "area of weakness", "significant weakness", "significant concern", "area of significant weakness", "weakness", "concern", "priority", "priority area", "theme", "strand", "key area", "area of focus", "focus area", "inspection finding"],
  outcome: ["outcome", "intended outcome", "outcomes what we intend to achieve", "what we intend to achieve", "what we want to achieve", "aim", "objective", "goal", "what good look like"],
  action: ["action", "key action", "actions", "implementation", "what are we going to do", "what we will do", "what will we do", "activity", "task", "intervention", "key task"],
  milestone: ["milestone", "key milestone", "action tracker", "key milestones action tracker", "step", "key step", "sub action", "deliverable"],
  measure: ["success measure", "measure of success", "measure", "impact", "kpi", "key performance indicator", "success criterion", "success criteria", "how will we know", "how we will measure", "target", "expected impact", "impact measure"],
  lead: ["lead", "lead officer", "owner", "action owner", "responsible officer", "responsible", "responsibility", "who", "lead person", "accountable officer", "lead partner", "lead agency", "named lead", "senior responsible officer", "accountable lead"],
  forum: ["governance forum", "governance", "forum", "reporting to", "report to", "accountable board", "board", "monitoring group", "oversight"],
  resource: ["resource required", "resource", "resourcing", "cost", "funding", "budget", "resource implication"],
  deadline: ["timescale", "deadline", "by when", "due date", "due", "target date", "completion date", "date due", "when", "target completion date", "end date", "timeframe", "time frame", "date", "by"],
  status: ["rag", "brag", "brag date", "rag status", "current rag", "status", "current status", "rag rating", "current rating", "rating", "progress rag", "rag current", "brag rating", "brag status", "delivery status", "rag now", "dca", "delivery confidence", "delivery confidence assessment", "delivery confidence rating", "progress status", "overall status", "progress rating", "overall rating", "rag brag"],
  initialStatus: ["initial rag", "rag initial", "baseline rag", "initial status", "starting rag", "original rag", "initial rating", "baseline rating", "baseline status", "initial brag", "previous rag", "rag at start"],
  progress: ["progress update", "update", "commentary", "progress", "comment", "progress to date", "progress note", "note", "latest update", "current position", "position statement", "progress commentary", "update on progress"],
  evidence: ["evidence", "evidence of impact", "evidence of progress", "evidence of completion", "source of evidence", "evidence location"],
  updated: ["last updated", "date updated", "updated", "date of update", "update date", "date last updated"],
};

const SINGULAR_EXCEPTIONS = new Set(["status", "progress", "process", "business", "focus", "criteria", "analysis", "this", "gas"]);

/** Lower-case words with punctuation dropped and plurals made singular: "Success Measure(s)" → "success measure". */
export function normaliseWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/\(s\)/g, "")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean)
    .map((w) => (w.length > 3 && w.endsWith("s") && !SINGULAR_EXCEPTIONS.has(w) && !w.endsWith("ss") ? w.slice(0, -1) : w))
    .join(" ");
}

/**
 * Split a header into the words that carry its meaning and the bracketed aside:
 * "Key milestones (Action tracker)" → { main: "key milestone", aside: "action tracker" }.
 */
export function normaliseHeader(text: string): { main: string; aside: string } {
  const asides: string[] = [];
  const main = text.replace(/\(([^)]*)\)/g, (_, inner: string) => {
    asides.push(inner);
    return " ";
  });
  return { main: normaliseWords(main), aside: normaliseWords(asides.join(" ")) };
}

/** Display names for the fields, for reports and the task pane. */
export const FIELD_LABELS: Record<Field, string> = {
  ref: "Ref", workstream: "Workstream", outcome: "Outcome", action: "Action", milestone: "Milestone",
  measure: "Success measure", lead: "Lead", forum: "Governance forum", resource: "Resource",
  deadline: "Deadline", status: "Rating", initialStatus: "Initial rating", progress: "Progress update",
  evidence: "Evidence", updated: "Last updated",
};
