/** KPI figures and judgements as people read them, shared by the CLI, the pane and the summary sheet. */
import type { KpiTotals } from "./types";

/** A figure with its unit: 85 "%" → "85%", 21 "months" → "21 months", 28.923 "number" → "28.92". */
export function formatKpiValue(value: number | null, unit: string): string {
  if (value === null) return "";
  const n = String(Math.round(value * 100) / 100);
  if (unit === "%") return `${n}%`;
  return unit === "number" ? n : `${n} ${unit}`;
}

/** Change from baseline as a word and an arrow (the arrow alone would be lost in greyscale print). */
export const DIRECTION_WORDS: Record<"improved" | "same" | "worse" | "unknown", { word: string; symbol: string }> = {
  improved: { word: "improved", symbol: "↑" },
  same: { word: "same", symbol: "→" },
  worse: { word: "worse", symbol: "↓" },
  unknown: { word: "not known", symbol: "–" },
};

/**
 * The board's KPI sentence.
 * kpiSentence(totals) → "17 of 24 KPIs with data (70.8%) improved on baseline, 2 the same, 5 worse; 4 met their target, 20 missed; 3 with no data yet."
 */
export function kpiSentence(t: KpiTotals): string {
  const noData = t.total - t.withData;
  return `${t.improved} of ${t.withData} KPIs with data (${t.percentImproved.toFixed(1)}%) improved on baseline, ${t.same} the same, ${t.worse} worse; ${t.met} met their target, ${t.missed} missed${noData ? `; ${noData} with no data yet` : ""}.`;
}
