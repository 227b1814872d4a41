import type { CellValue, Grid } from "../../src/core/grid";

/**
 * A grid from rows written as a person would type them. A string row is split on "|"
 * (cells trimmed; "" is blank), so fixtures read like the sheet.
 */
export function grid(rows: (string | CellValue[])[], extra: Partial<Grid> = {}): Grid {
  return {
    values: rows.map((r) => (typeof r === "string" ? r.split("|").map((c) => (c.trim() === "" ? null : c.trim())) : r)),
    origin: { row: 1, col: 1 },
    ...extra,
  };
}
