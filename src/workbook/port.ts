import type { Grid } from "../core/grid";

/** One sheet as read: its cells, and what an adapter must respect when writing. */
export interface SheetSnapshot {
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
  protected: boolean;
  grid: Grid;
}

/** Everything a command needs, read in one go (one round trip in Excel). */
export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

export interface ReadOptions {
  /** Only these sheets (others are listed with an empty grid). Default: all. */
  sheets?: string[];
}

/**
 * The port the use cases talk to. Adapters wrap a library (`office-js/`, `exceljs/`,
 * `memory/`) and must pass the shared contract suite in test/contract/.
 */
export interface Workbook {
  read(options?: ReadOptions): Promise<WorkbookSnapshot>;
}
