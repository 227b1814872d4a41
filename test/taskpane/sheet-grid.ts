import type { Grid } from "../../src/core/grid";
import type { MemorySheet } from "../../src/workbook/memory";

/** A memory sheet's cells as a Grid from A1. */
export function sheetGridForTest(sheet: MemorySheet): Grid {
  return { values: sheet.values, origin: { row: 1, col: 1 } };
}
