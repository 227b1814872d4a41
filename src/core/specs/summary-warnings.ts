import type { Analysis } from "../analyse";
import type { SheetCell } from "./types";

const WARNING = { bold: true, font: "#C00000", wrap: false } as const;
const MAX_CELLS = 10;

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

function cellList(cells: string[]): string {
  const shown = cells.slice(0, MAX_CELLS).join(", ");
  return cells.length > MAX_CELLS ? `${shown} and ${cells.length - MAX_CELLS} more` : shown;
}

/**
 * Lines under the summary's title saying what makes its figures less than sure, so a board
 * paper is never silently wrong: ratings not recognised (counted as Not rated), items with no
 * rating, other errors. None when the plan is clean.
 *
 *   summaryWarnings(analysis) → [[{ value: "3 ratings not recognised are counted as Not rated: H12, H19, H40." }]]
 */
export function summaryWarnings(analysis: Analysis): SheetCell[][] {
  const lines: string[] = [];
  const unknown = analysis.issues.filter((i) => i.rule === "status.unknown" && i.cell).map((i) => i.cell!);
  if (unknown.length)
    lines.push(`${unknown.length} ${plural(unknown.length, "rating not recognised is", "ratings not recognised are")} counted as Not rated: ${cellList(unknown)}.`);
  const unrated = analysis.issues.filter((i) => i.rule === "status.missing" && i.cell).map((i) => i.cell!);
  if (unrated.length) lines.push(`${unrated.length} ${plural(unrated.length, "item has", "items have")} no rating yet and ${plural(unrated.length, "is", "are")} counted as Not rated: ${cellList(unrated)}.`);
  const errors = analysis.issues.filter((i) => i.severity === "error" && i.rule !== "status.unknown");
  if (errors.length)
    lines.push(`${errors.length} other ${plural(errors.length, "error", "errors")} in the plan may make these figures wrong${errors[0]!.cell ? ` (first: ${errors[0]!.cell})` : ""}: Validate in the task pane (or wsoa check) lists ${plural(errors.length, "it", "them")}.`);
  return lines.map((line) => [{ value: line, style: { ...WARNING } }]);
}
