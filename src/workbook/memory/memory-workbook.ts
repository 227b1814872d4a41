import type { CellValue } from "../../core/grid";
import { WorkbookError } from "../errors";
import type { ReadOptions, Workbook, WorkbookSnapshot, WritePlan } from "../port";
import { emptySheet, findSheet, setCell, type MemorySheet, type MemoryState, type StoredRule } from "./model";
import { readMemory } from "./read";
import { writeMemory } from "./write";

/** A sheet as a person would describe it for a test or the playground. */
export interface SheetRows {
  name: string;
  rows: CellValue[][];
  /** Number formats, same shape as rows where given (e.g. "dd/mm/yyyy" for date serials). */
  numberFormats?: (string | null)[][];
  protected?: boolean;
  visibility?: MemorySheet["visibility"];
  merges?: string[];
  /** The user's own conditional formats (never ours). */
  rules?: StoredRule[];
  /** Cells holding formulas, A1 → formula; `rows` holds their results. */
  formulas?: Record<string, string>;
}

/**
 * The Workbook port held in memory: for tests, the browser playground and the demo. Its
 * `state` is public so a view can draw it and a test can inspect what a write did.
 *
 *   const wb = MemoryWorkbook.fromRows([{ name: "Plan", rows: [["Ref", "Action", "RAG"], ["1.1", "Hire", "Red"]] }]);
 */
export class MemoryWorkbook implements Workbook {
  constructor(readonly state: MemoryState = { sheets: [], names: new Map() }) {}

  static fromRows(sheets: SheetRows[], options: { structureProtected?: boolean } = {}): MemoryWorkbook {
    const state: MemoryState = { sheets: [], names: new Map(), structureProtected: options.structureProtected ?? false };
    for (const s of sheets) {
      const sheet = emptySheet(s.name);
      s.rows.forEach((row, r) => row.forEach((v, c) => setCell(sheet, r + 1, c + 1, v, s.numberFormats?.[r]?.[c] ?? null)));
      sheet.protected = s.protected ?? false;
      sheet.visibility = s.visibility ?? "visible";
      sheet.merges = [...(s.merges ?? [])];
      sheet.rules = (s.rules ?? []).map((r) => ({ ...r }));
      if (s.formulas) sheet.formulas = new Map(Object.entries(s.formulas));
      state.sheets.push(sheet);
    }
    state.active = sheets[0]?.name;
    return new MemoryWorkbook(state);
  }

  sheet(name: string): MemorySheet | undefined {
    return findSheet(this.state, name);
  }

  async read(options?: ReadOptions): Promise<WorkbookSnapshot> {
    return readMemory(this.state, options);
  }

  async write(plan: WritePlan): Promise<void> {
    writeMemory(this.state, plan);
  }

  async select(sheet: string, cell: string): Promise<void> {
    if (!findSheet(this.state, sheet)) throw new WorkbookError("no-sheet", `There is no sheet called "${sheet}".`);
    this.state.active = sheet;
    this.state.selection = { sheet, cell };
  }
}
