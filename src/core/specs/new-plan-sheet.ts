import type { Field } from "../fields";
import type { Plan } from "../plan/types";
import type { RatingScheme } from "../ratings/scheme";
import { buildFormatSpec } from "./format-spec";
import type { CellStyle, FormatSpec, SheetCell, SheetSpec } from "./types";

/** The columns of a new plan, in order, with headings the header detection knows. */
export const NEW_PLAN_COLUMNS: readonly { field: Field; header: string; width: number }[] = [
  { field: "ref", header: "Ref", width: 8 },
  { field: "workstream", header: "Workstream", width: 24 },
  { field: "outcome", header: "Outcome", width: 30 },
  { field: "action", header: "Action", width: 40 },
  { field: "milestone", header: "Milestone", width: 34 },
  { field: "measure", header: "Success measure", width: 30 },
  { field: "lead", header: "Lead", width: 18 },
  { field: "deadline", header: "Deadline", width: 14 },
  { field: "initialStatus", header: "Initial RAG", width: 14 },
  { field: "status", header: "RAG status", width: 14 },
  { field: "progress", header: "Progress update", width: 40 },
  { field: "evidence", header: "Evidence", width: 24 },
  { field: "updated", header: "Last updated", width: 14 },
];

/** Title, key (labels on their colours, meanings below), a blank row, then the header. */
export const NEW_PLAN_HEADER_ROW = 5;
/** Empty rows below the header that the dropdowns and rating colours cover from the start. */
export const NEW_PLAN_ROWS = 200;

const HEAD: CellStyle = { bold: true, fill: "#D9D9D9", font: "#000000", border: true, wrap: true, align: "center" };

export interface NewPlanSheetOptions {
  name: string;
  scheme: RatingScheme;
  title?: string;
  /** The named rating list its dropdowns use (each plan its own). Default WSOA_Ratings. */
  listName?: string;
}

/** The plan a new sheet will hold: headers only, no items; what buildFormatSpec needs. */
function blankPlan(options: NewPlanSheetOptions): Plan {
  const columns = Object.fromEntries(NEW_PLAN_COLUMNS.map((c, i) => [c.field, i + 1]));
  return {
    sheet: options.name, headerRow: NEW_PLAN_HEADER_ROW, columns, duplicateColumns: [], scheme: options.scheme, schemeChosen: true,
    items: [], workstreams: [],
    // buildFormatSpec adds 100 rows of headroom below the last row.
    lastRow: NEW_PLAN_HEADER_ROW + NEW_PLAN_ROWS - 100,
    lastCol: NEW_PLAN_COLUMNS.length, repeatedHeaderRows: [], cellProblems: [], mergedCells: [],
  };
}

/**
 * A blank plan sheet for a rating scheme: a title, the rating key (each label on its own colours,
 * its meaning beneath, so it reads in greyscale), the header row frozen, rating dropdowns and
 * rating colours over the first rows, and the overdue rule on the deadline column.
 *
 *   newPlanSheet({ name: "Action plan", scheme: RAG5 }).sheet.rows[4][9].value → "RAG status"
 */
export function newPlanSheet(options: NewPlanSheetOptions): { sheet: SheetSpec; format: FormatSpec } {
  const { scheme } = options;
  const cell = (value: string, style?: CellStyle): SheetCell => (style ? { value, style } : { value });
  const rows: SheetCell[][] = [
    [cell(options.title ?? "SEND improvement plan", { bold: true, size: 16 })],
    [cell("Rating key", { bold: true }), ...scheme.ratings.map((r) => cell(r.label, { fill: r.fill, font: r.font, bold: true, border: true, align: "center" }))],
    [cell(""), ...scheme.ratings.map((r) => cell(r.meaning + (r.complete ? " (complete)" : ""), { italic: true, wrap: true, size: 9 }))],
    [],
    NEW_PLAN_COLUMNS.map((c) => cell(c.header, HEAD)),
  ];
  const sheet: SheetSpec = {
    name: options.name,
    rows,
    columnWidths: NEW_PLAN_COLUMNS.map((c) => c.width),
    merges: [],
    freezeRows: NEW_PLAN_HEADER_ROW,
    print: { orientation: "landscape", fitToWidth: 1, fitToHeight: 0, repeatRows: `${NEW_PLAN_HEADER_ROW}:${NEW_PLAN_HEADER_ROW}`, footer: "&L&A&RPage &P of &N" },
  };
  return { sheet, format: buildFormatSpec(blankPlan(options), options.listName) };
}
