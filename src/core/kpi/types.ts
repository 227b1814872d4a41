/** What the KPI reader reports (the `kpis` key of `wsoa check --json` is built from these). */
import type { IsoDate } from "../dates";
import type { Polarity, PolaritySource } from "./polarity";

export type KpiStatus = "met" | "missed" | "no-data";
export type Direction = "improved" | "same" | "worse";
/** The board's RAG for a KPI: met = Green, missed but improved = Amber, missed otherwise = Red. */
export type KpiRating = "Green" | "Amber" | "Red" | "No data";

/** The latest period with an actual, and the target it is judged against. */
export interface KpiLatest {
  /** The period's label, e.g. "Q2 2024/25". */
  period: string;
  due: IsoDate;
  actual: number;
  actualNote: string | null;
  /** The period's own target, else the latest earlier one, else the final target; null when none. */
  target: number | null;
  /** The label of the period the target is for ("final target" for that column). */
  targetPeriod: string | null;
}

export interface KpiResult {
  name: string;
  sheet: string;
  row: number;
  /** The indicator's cell, with its sheet: `KPIs!A5`. */
  cell: string;
  section: string | null;
  /** "%", "number", or a word ("months", "per 1,000"). */
  unit: string;
  polarity: Polarity;
  polaritySource: PolaritySource;
  baseline: number | null;
  baselineNote: string | null;
  latest: KpiLatest | null;
  status: KpiStatus;
  vsBaseline: Direction | null;
  rating: KpiRating;
}

/** The board's figures: `percentImproved` is improved ÷ with data, one decimal (Hounslow's "71%"). */
export interface KpiTotals {
  total: number;
  withData: number;
  met: number;
  missed: number;
  improved: number;
  same: number;
  worse: number;
  percentImproved: number;
}
