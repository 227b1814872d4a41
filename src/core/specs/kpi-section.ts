/**
 * The summary sheet's KPI section: the board's totals sentence, then one row per KPI with its
 * baseline, latest target and actual, met or missed, change from baseline as a word and an arrow,
 * and the board's rating as text on its colour (readable in greyscale print).
 */
import { DIRECTION_WORDS, formatKpiValue, kpiSentence, type KpiAnalysis, type KpiRating, type KpiResult } from "../kpi";
import { BUILT_IN_SCHEMES } from "../ratings/scheme";
import type { CellStyle, SheetCell } from "./types";

const HEADING: CellStyle = { bold: true, size: 12 };
const TABLE_HEAD: CellStyle = { bold: true, fill: "#D9D9D9", font: "#000000", border: true, wrap: true, align: "center" };
// "@": figures such as "45%" or "Jul 23" stay the text we wrote, never re-read as numbers or dates.
const TEXT: CellStyle = { border: true, wrap: true, numberFormat: "@" };
const FIGURE: CellStyle = { border: true, align: "right", numberFormat: "@" };

/** The board's RAG colours are the rag scheme's; "No data" is plain. */
function ratingStyle(rating: KpiRating): CellStyle {
  const r = BUILT_IN_SCHEMES.rag.ratings.find((x) => x.label === rating);
  return { fill: r?.fill ?? "#FFFFFF", font: r?.font ?? "#000000", bold: r !== undefined, border: true, align: "center", numberFormat: "@" };
}

const STATUS_WORDS = { met: "Met", missed: "Missed", "no-data": "No data" } as const;

/** The target as compared: "90% (March 2024)" when it is an earlier period's, or the final target. */
function targetText(k: KpiResult): string {
  if (!k.latest || k.latest.target === null) return "";
  const figure = formatKpiValue(k.latest.target, k.unit);
  return k.latest.targetPeriod && k.latest.targetPeriod !== k.latest.period ? `${figure} (${k.latest.targetPeriod})` : figure;
}

function kpiRow(k: KpiResult): SheetCell[] {
  const d = DIRECTION_WORDS[k.vsBaseline ?? "unknown"];
  return [
    { value: k.name, style: TEXT },
    { value: formatKpiValue(k.baseline, k.unit), style: FIGURE },
    { value: k.latest?.period ?? "", style: FIGURE },
    { value: targetText(k), style: { ...FIGURE, wrap: true } },
    { value: formatKpiValue(k.latest?.actual ?? null, k.unit), style: FIGURE },
    { value: STATUS_WORDS[k.status], style: { ...FIGURE, align: "center" } },
    { value: `${d.symbol} ${d.word}`, style: { ...FIGURE, align: "center" } },
    { value: k.rating, style: ratingStyle(k.rating) },
  ];
}

/** The KPI table's heading row, counted from the section's first row (1 = its title). */
export const KPI_TABLE_HEAD_ROW = 4;

/**
 * The KPI section's rows, to sit below the workstream tables.
 * kpiSummaryRows(analysis)[1] → "17 of 24 KPIs with data (70.8%) improved on baseline, …".
 */
export function kpiSummaryRows(kpis: KpiAnalysis): SheetCell[][] {
  const head = ["Key performance indicator", "Baseline", "Latest period", "Target", "Actual", "Met / missed", "vs baseline", "Rating"].map((h) => ({ value: h, style: TABLE_HEAD }));
  return [
    [{ value: "Key performance indicators", style: HEADING }],
    [{ value: kpiSentence(kpis.totals) }],
    [{ value: "Rating: Green = target met; Amber = missed but improved on baseline; Red = missed and not improved; No data = no actual reported.", style: { italic: true } }],
    head,
    ...kpis.items.map(kpiRow),
    [],
  ];
}
