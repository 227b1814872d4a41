import type { Analysis } from "../analyse";
import type { KpiAnalysis } from "../kpi";
import { formatUkDate, type IsoDate } from "../dates";
import type { Plan, PlanItem } from "../plan/types";
import { NOT_RATED, type RatingScheme } from "../ratings/scheme";
import { ratingLabel, type Summary } from "../summarise";
import { daysOverdue } from "../validate";
import { KPI_TABLE_HEAD_ROW, kpiSummaryRows } from "./kpi-section";
import type { HistoryView } from "../history/trend";
import { historySection } from "./summary-history";
import { summaryWarnings } from "./summary-warnings";
import type { CellStyle, SheetCell, SheetSpec } from "./types";

const HEADING: CellStyle = { bold: true, size: 12 };
const TABLE_HEAD: CellStyle = { bold: true, fill: "#D9D9D9", font: "#000000", border: true, wrap: true, align: "center" };
const BORDERED: CellStyle = { border: true, wrap: true };
const NUMBER: CellStyle = { border: true, align: "right" };
const PERCENT: CellStyle = { border: true, align: "right", numberFormat: "0.0%" };
const NOT_RATED_STYLE = { fill: "#FFFFFF", font: "#000000" };

/** Share complete as a fraction, shown by the cell's "0.0%" format (no rounding in the value). */
const fraction = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

const text = (value: string | number | null, style?: CellStyle): SheetCell => (style ? { value, style } : { value });

/** A rating shown as its label on its colours: readable in greyscale and by the colour-blind. */
function ratingCell(label: string, scheme: RatingScheme, extra: CellStyle = {}): SheetCell {
  const r = scheme.ratings.find((x) => x.label === label);
  const colours = r ? { fill: r.fill, font: r.font } : NOT_RATED_STYLE;
  return { value: label, style: { ...colours, border: true, align: "center", bold: true, ...extra } };
}

export interface Exception {
  item: PlanItem;
  rating: string;
  daysOverdue: number;
}

/** Overdue and Red items, most overdue first: the board's exceptions list. */
export function exceptions(plan: Plan, today: IsoDate): Exception[] {
  const worst = plan.scheme.ratings.reduce((a, b) => (b.rank < a.rank ? b : a));
  return plan.items
    .map((item) => ({ item, rating: ratingLabel(item.status), daysOverdue: daysOverdue(item, today) }))
    .filter((e) => e.daysOverdue > 0 || e.rating === worst.label)
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.item.row - b.item.row);
}

function workstreamTable(summary: Summary, scheme: RatingScheme): SheetCell[][] {
  const head = [text("Workstream", TABLE_HEAD), ...summary.ratings.map((l) => ratingCell(l, scheme)), text("Total", TABLE_HEAD), text("% complete", TABLE_HEAD), text("Overdue", TABLE_HEAD)];
  const body = summary.byWorkstream.map((w) => [
    text(w.workstream, BORDERED), ...summary.ratings.map((l) => text(w.counts[l] ?? 0, NUMBER)),
    text(w.total, NUMBER), text(fraction(w.complete, w.total), PERCENT), text(w.overdue, NUMBER),
  ]);
  const bold = { bold: true };
  const totals = [
    text("Total", { ...BORDERED, ...bold }), ...summary.ratings.map((l) => text(summary.totals[l] ?? 0, { ...NUMBER, ...bold })),
    text(summary.total, { ...NUMBER, ...bold }), text(fraction(summary.complete, summary.total), { ...PERCENT, ...bold }), text(summary.overdue, { ...NUMBER, ...bold }),
  ];
  return [head, ...body, totals];
}

function initialTable(summary: Summary, scheme: RatingScheme): SheetCell[][] {
  const initial = summary.initial!;
  return [
    [text("Initial vs current rating", HEADING)],
    [text("", TABLE_HEAD), ...summary.ratings.map((l) => ratingCell(l, scheme)), text("Total", TABLE_HEAD)],
    [text("Initial", BORDERED), ...summary.ratings.map((l) => text(initial.totals[l] ?? 0, NUMBER)), text(summary.total, NUMBER)],
    [text("Current", BORDERED), ...summary.ratings.map((l) => text(summary.totals[l] ?? 0, NUMBER)), text(summary.total, NUMBER)],
    [text(`Direction of travel: ${initial.improved} improved, ${initial.same} the same, ${initial.worse} worse${initial.unrated ? ` (${initial.unrated} not rated at both points)` : ""}.`)],
  ];
}

/**
 * A long workstream name as the exceptions' narrow column can show it: "Significant weakness 1:
 * Inaccurate and incomplete records…" → "Significant weakness 1" (the full name is in the table
 * above). In full, a 200-character name made each exception row fill a printed page.
 */
export function shortWorkstream(name: string): string {
  if (name.length <= 40) return name;
  const colon = name.indexOf(":");
  if (colon > 0 && colon <= 40) return name.slice(0, colon).trim();
  const cut = name.slice(0, 40);
  const space = cut.lastIndexOf(" ");
  return `${(space > 20 ? cut.slice(0, space) : cut).trim()}…`;
}

/**
 * A board paper lists the worst exceptions, not thousands: beyond this many, one line says how
 * many more there are (the task pane and `wsoa check` list them all).
 */
export const MAX_EXCEPTIONS = 200;

function exceptionTable(all: Exception[], scheme: RatingScheme): SheetCell[][] {
  const list = all.slice(0, MAX_EXCEPTIONS);
  const more = all.length - list.length;
  const head = ["Action / milestone", "Ref", "Lead", "Due", "Rating", "Days overdue", "Workstream"].map((h) => text(h, TABLE_HEAD));
  if (list.length === 0) return [[text("Exceptions: overdue and Red items", HEADING)], [text("None: no item is overdue or rated at the lowest level.")]];
  return [
    [text("Exceptions: overdue and Red items", HEADING)],
    head,
    ...list.map((e) => [
      text(e.item.milestone ?? e.item.action ?? "", BORDERED),
      text(e.item.ref ?? "", BORDERED),
      text(e.item.lead ?? "", BORDERED),
      text(e.item.deadline.kind === "date" ? formatUkDate(e.item.deadline.due) : e.item.deadline.text, BORDERED),
      e.rating === NOT_RATED ? ratingCell(NOT_RATED, scheme, { bold: false }) : ratingCell(e.rating, scheme),
      text(e.daysOverdue, NUMBER),
      text(shortWorkstream(e.item.workstream), BORDERED),
    ]),
    ...(more > 0 ? [[text(`… and ${more} more overdue or Red item${more === 1 ? "" : "s"}, less overdue than those above: Validate in the task pane (or wsoa check) lists them all.`, { italic: true })]] : []),
  ];
}

export interface SummarySheetOptions {
  name: string;
  today: IsoDate;
  /** Title line, e.g. "Hounslow WSOA: progress summary". */
  title?: string;
  /** The workbook's KPIs: a KPI section after the workstream tables. */
  kpis?: KpiAnalysis | null;
  /** Recorded reporting rounds, as the summary shows them (src/core/specs/summary-history.ts). */
  history?: HistoryView | null;
}

/**
 * The board paper sheet: title and as-at date, the rating key, workstream × rating counts
 * with totals and % complete, initial vs current when recorded, and the exceptions list.
 * Landscape, one page wide, table headings repeated, page numbers in the footer.
 */
export function buildSummarySheet(analysis: Analysis, options: SummarySheetOptions): SheetSpec {
  const { plan, summary } = analysis;
  const scheme = plan.scheme;
  const title = options.title ?? `${plan.sheet}: progress summary`;
  const rows: SheetCell[][] = [
    [text(title, { bold: true, size: 16 })],
    [text(`As at ${formatUkDate(options.today)}. ${summary.complete} of ${summary.total} items complete (${summary.percentComplete.toFixed(1)}%); ${summary.overdue} overdue.`)],
    ...summaryWarnings(analysis),
    [],
    [text("Rating key", HEADING)],
    ...scheme.ratings.map((r) => [ratingCell(r.label, scheme), text(r.meaning + (r.complete ? " (counts as complete)" : ""))]),
    [ratingCell(NOT_RATED, scheme, { bold: false }), text("No rating entered yet")],
    [],
    [text("Items by workstream and rating", HEADING)],
  ];
  const tableHeadRow = rows.length + 1;
  rows.push(...workstreamTable(summary, scheme), []);
  if (summary.initial) rows.push(...initialTable(summary, scheme), []);
  const kpiHeadRow = options.kpis ? rows.length + KPI_TABLE_HEAD_ROW : null;
  if (options.kpis) rows.push(...kpiSummaryRows(options.kpis));
  rows.push(...historySection(options.history, scheme));
  const list = exceptions(plan, options.today);
  // The exceptions list is the table that runs onto further pages: repeat its headings, not
  // the workstream table's (which, repeated above exceptions, mislabelled their columns); else the KPI table's.
  const repeatRow = list.length ? rows.length + 2 : kpiHeadRow ?? tableHeadRow;
  rows.push(...exceptionTable(list, scheme));
  const width = Math.max(...rows.map((r) => r.length));
  return {
    name: options.name,
    rows,
    columnWidths: [60, ...Array.from({ length: width - 1 }, () => 13)],
    merges: [],
    print: { orientation: "landscape", fitToWidth: 1, fitToHeight: 0, repeatRows: `${repeatRow}:${repeatRow}`, footer: `&L${title.replace(/&/g, "&&")}&RPage &P of &N` },
  };
}
