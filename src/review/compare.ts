import { comparePoints, planPoint, type ChangeCounts, type ItemChange, type PointFigures } from "../core/compare";
import type { IsoDate } from "../core/dates";
import { countBySeverity } from "../core/issue";
import type { BuiltInSchemeId } from "../core/ratings/scheme";
import type { WorkbookSnapshot } from "../workbook/port";
import { checkSnapshot, type CheckReport } from "./check";

/** One version to compare: the workbook as read, where it came from, and the date it stood at. */
export interface CompareInput {
  file: string;
  snapshot: WorkbookSnapshot;
  /** The date this version reports (overdue is counted at it). */
  asAt: IsoDate;
}

export interface CompareOptions {
  sheet?: string;
  scheme?: BuiltInSchemeId;
}

/** One side of the report: the contract's `{ file, sheet, asAt }` and the whole-plan figures. */
export type CompareSide = { file: string; sheet: string } & PointFigures;

/** `wsoa compare --json` (contract: DESIGN.md "Command line"); `scheme` is an addition. */
export interface CompareReport {
  before: CompareSide;
  after: CompareSide;
  scheme: string;
  counts: ChangeCounts;
  items: ItemChange[];
}

export interface CompareResult {
  report: CompareReport;
  /** The check reports of both versions (for the exit code and any message about them). */
  checks: { before: CheckReport; after: CheckReport };
  /** 1 when either version has errors (as `check`), else 0. */
  exitCode: 0 | 1;
}

/**
 * What changed between two versions of a plan: each is found and read as `check` reads it,
 * items are paired by ref and words, and ratings compared by the later version's scheme.
 */
export function compareVersions(before: CompareInput, after: CompareInput, options: CompareOptions = {}): CompareResult {
  const a = checkSnapshot(before.snapshot, { today: before.asAt, sheet: options.sheet, scheme: options.scheme });
  const b = checkSnapshot(after.snapshot, { today: after.asAt, sheet: options.sheet, scheme: options.scheme });
  const scheme = b.analysis.plan.scheme;
  const comparison = comparePoints(planPoint(a.analysis.plan, a.sheet.grid, before.asAt), planPoint(b.analysis.plan, b.sheet.grid, after.asAt), scheme);
  const errors = countBySeverity(a.report.issues).error + countBySeverity(b.report.issues).error;
  return {
    report: {
      before: { file: before.file, sheet: a.report.sheet, ...comparison.before },
      after: { file: after.file, sheet: b.report.sheet, ...comparison.after },
      scheme: scheme.id,
      counts: comparison.counts,
      items: comparison.items,
    },
    checks: { before: a.report, after: b.report },
    exitCode: errors > 0 ? 1 : 0,
  };
}
