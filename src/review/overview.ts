import { columnLetter } from "../core/address";
import { formatUkDate, type IsoDate } from "../core/dates";
import type { Field } from "../core/fields";
import { cellAt, cellText } from "../core/grid";
import type { PlanItem } from "../core/plan/types";
import { NOT_RATED } from "../core/ratings/scheme";
import { isOverdue } from "../core/validate";
import type { ResolvedPlan } from "./check";
import { kpiView } from "./kpis";
import { userSheets } from "./locate";
import { figuresLine, plural } from "./words";

export interface RatingLook {
  label: string;
  meaning: string;
  fill: string;
  font: string;
}

/** The look of "Not rated": plain, so it never passes for a rating. */
export const NOT_RATED_LOOK: RatingLook = { label: NOT_RATED, meaning: "No rating entered yet", fill: "#FFFFFF", font: "#242424" };

/**
 * A review-level view another use case adds to the pane, below My actions: "Changes since last
 * round" (branch compare, from the history sheet) and KPIs (branch kpi). The pane renders the
 * heading, the one-line summary and the lines; the use case decides what they say.
 */
export interface ReviewSection {
  id: "changes" | "kpis";
  heading: string;
  summary: string;
  lines: string[];
}

/** What the pane shows about the followed plan: plain data, sentences included. */
export interface PlanOverview {
  sheet: string;
  headerRow: number;
  /** "rag5", "brag", "rag" or a custom scheme's id. */
  schemeId: string;
  schemeName: string;
  /** True when the scheme is saved in the settings (else detected from the labels in use). */
  schemeSaved: boolean;
  headerRowSaved: boolean;
  ratings: RatingLook[];
  items: number;
  /** Field → column letter as understood (config overrides included). */
  columns: Partial<Record<Field, string>>;
  /** Fields whose column is saved in the settings (not detected). */
  savedColumns: Field[];
  /** The header row's columns, for the mapping dropdowns: letter and heading text. */
  headers: { letter: string; text: string }[];
  /** The workbook's own sheets (not ours), for the plan sheet picker. */
  sheets: string[];
  /** Other plans whose settings are kept in this workbook. */
  otherPlans: string[];
  /** The plan's leads, as written, in order of first appearance. */
  leads: string[];
  /** True when the plan has a "Last updated" column. */
  hasUpdatedColumn: boolean;
  stampUpdated: boolean;
  summary: ResolvedPlan["analysis"]["summary"];
  /** "3 of 12 items complete (25.0%), 4 overdue". */
  figures: string;
  /** Why the sheet highlights fewer overdue deadlines than the count, or null when they agree. */
  overdueNote: string | null;
  /** Hooks for review-level views (changes since last round, KPIs): empty until those use cases fill them. */
  sections: ReviewSection[];
}

const KPI_LINES = 12;

/** The workbook's KPIs (branch kpi's view) as a section of the pane: the sentence, then each KPI in words. */
function kpiSection(resolved: ResolvedPlan): ReviewSection[] {
  const view = kpiView(resolved.kpis);
  if (!view) return [];
  const lines = view.items.map((k) => `${k.name}: ${k.actual || "no figure"}${k.target ? ` against a target of ${k.target}` : ""}${k.period ? ` (${k.period})` : ""}; ${k.status === "met" ? "met" : k.status === "missed" ? "missed" : "no data"}, ${k.direction.word} on baseline.`);
  const more = lines.length > KPI_LINES ? [`…and ${lines.length - KPI_LINES} more (run wsoa check for all).`] : [];
  return [{ id: "kpis", heading: "KPIs", summary: view.sentence, lines: [...lines.slice(0, KPI_LINES), ...more] }];
}

/** Items counted overdue whose deadline is written in words: Excel's overdue rule cannot colour them. */
export function overdueInWords(items: readonly PlanItem[], today: IsoDate): PlanItem[] {
  return items.filter((i) => isOverdue(i, today) && i.deadline.kind === "date" && i.deadline.source === "text");
}

function overdueNoteOf(resolved: ResolvedPlan, today: IsoDate): string | null {
  const { plan } = resolved.analysis;
  const words = overdueInWords(plan.items, today);
  if (words.length === 0 || plan.columns.deadline === undefined) return null;
  const col = columnLetter(plan.columns.deadline);
  const shown = words.slice(0, 3).map((i) => `${col}${i.row} "${i.deadline.kind === "date" ? i.deadline.text : ""}" (due ${i.deadline.kind === "date" ? formatUkDate(i.deadline.due) : ""})`);
  const more = words.length > 3 ? ` and ${words.length - 3} more` : "";
  return `${plural(words.length, "overdue deadline is", "overdue deadlines are")} written in words (${shown.join(", ")}${more}), so the sheet does not highlight ${words.length === 1 ? "it" : "them"}: Excel's overdue colour works only on real dates.`;
}

/** The overview of a resolved plan, with the header texts for the column dropdowns. */
export function overviewOf(resolved: ResolvedPlan, snapshotSheets: string[], today: IsoDate): PlanOverview {
  const { plan, summary } = resolved.analysis;
  const { config } = resolved.state;
  const grid = resolved.sheet.grid;
  const headers: PlanOverview["headers"] = [];
  for (let col = 1; col <= plan.lastCol; col++) {
    const text = cellText(cellAt(grid, plan.headerRow, col));
    if (text) headers.push({ letter: columnLetter(col), text });
  }
  const leads = [...new Set(plan.items.map((i) => i.lead?.trim()).filter((l): l is string => Boolean(l)))];
  return {
    sheet: plan.sheet,
    headerRow: plan.headerRow,
    schemeId: plan.scheme.id,
    schemeName: plan.scheme.name,
    schemeSaved: config.scheme !== undefined,
    headerRowSaved: config.headerRow !== undefined,
    ratings: plan.scheme.ratings.map((r) => ({ label: r.label, meaning: r.meaning, fill: r.fill, font: r.font })),
    items: plan.items.length,
    columns: resolved.report.columns,
    savedColumns: Object.keys(config.columns ?? {}) as Field[],
    headers,
    sheets: snapshotSheets,
    otherPlans: Object.keys(config.plans ?? {}).filter((p) => snapshotSheets.includes(p)),
    leads,
    hasUpdatedColumn: plan.columns.updated !== undefined,
    stampUpdated: config.stampUpdated === true,
    summary,
    figures: figuresLine(summary),
    overdueNote: overdueNoteOf(resolved, today),
    // Hook: compare (changes since last round) adds its ReviewSection here too.
    sections: kpiSection(resolved),
  };
}

export { userSheets };
