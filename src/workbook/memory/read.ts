import type { CellValue, Grid } from "../../core/grid";
import { proveOwnership } from "../../core/ownership-proof";
import { sameSheetName } from "../../core/sheet-names";
import type { ReadOptions, WorkbookSnapshot } from "../port";
import type { MemorySheet, MemoryState } from "./model";

const copyValue = (v: CellValue): CellValue => (v instanceof Date ? new Date(v.getTime()) : v);

/** A sheet's cells as the core reads them: a copy, so callers cannot change the workbook. */
export function sheetGrid(sheet: MemorySheet): Grid {
  return {
    values: sheet.values.map((r) => r.map(copyValue)),
    numberFormats: sheet.numberFormats.map((r) => [...r]),
    origin: { row: 1, col: 1 },
    merges: [...sheet.merges],
    ...(sheet.formulas?.size ? { formulaCells: [...sheet.formulas.keys()] } : {}),
  };
}

/** The snapshot a command works from. */
export function readMemory(state: MemoryState, options: ReadOptions = {}): WorkbookSnapshot {
  const wanted = (name: string) => !options.sheets || options.sheets.some((n) => sameSheetName(n, name));
  const sheets = state.sheets.map((s) => ({
    name: s.name,
    visibility: s.visibility,
    protected: s.protected,
    grid: wanted(s.name) ? sheetGrid(s) : { values: [], origin: { row: 1, col: 1 } },
  }));
  proveOwnership(sheets, [...state.names].map(([name, formula]) => ({ name, formula })));
  return { sheets, structureProtected: state.structureProtected ?? false };
}
