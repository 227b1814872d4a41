import type { Grid } from "../core/grid";
import type { OwnedRole } from "../core/ownership";
import type { CellEdit, FormatSpec, SheetSpec } from "../core/specs/types";

/** One sheet as read: its cells, and what an adapter must respect when writing. */
export interface SheetSnapshot {
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
  protected: boolean;
  grid: Grid;
  /**
   * Set only when ownership is proved: a marker name (src/core/ownership.ts), or, for a workbook
   * written before markers, the legacy rule of src/core/ownership-proof.ts. Adapters call
   * proveOwnership on every snapshot they build.
   */
  ownedAs?: OwnedRole;
}

/** Everything a command needs, read in one go (one round trip in Excel). */
export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** Review › Protect Workbook is on: no sheet may be added, deleted, hidden or renamed. */
  structureProtected?: boolean;
}

export interface ReadOptions {
  /** Only these sheets' cells (others are listed with an empty grid; names compare without case). Default: all. */
  sheets?: string[];
}

/**
 * One write, executed as a unit (one round trip in Excel). Adapters must:
 * - check everything first with checkWritePlan (src/workbook/preflight.ts: the one place that
 *   decides what may be written), so a refused write changes nothing;
 * - write in this order: `sheets`, `format`, `edits`, and the `stateSheet`'s content last —
 *   so `format.sheet` may name a sheet that `sheets` creates in the same write (a new plan
 *   sheet is created and formatted at once), and a batch Excel stops part-way never leaves the
 *   settings naming a sheet that was not made. (A missing state sheet may be created empty
 *   first: the rating list's name must point at a sheet that exists.)
 * - replace only rules whose formula carries OUR_TAG (never the user's rules), and only the
 *   validations on the ranges they are given;
 * - update a sheet of ours in place (same sheet, same position: references to it survive),
 *   create new sheets with their ownership marker (`SheetSpec.role`, default "summary"; none
 *   for "user"), and mark the state sheet "settings";
 * - write text as text (never parsed as a number, date or formula) and numbers as numbers;
 * - write `edits` only where the cell holds no formula and still holds `before`.
 */
export interface WritePlan {
  /** Formatting of one sheet: an existing one, or one that `sheets` creates in this write. */
  format?: FormatSpec;
  /** Sheets to create, or to replace when ours; written before `format`. */
  sheets?: SheetSpec[];
  edits?: CellEdit[];
  /** Our own very hidden sheet (config + state): rows of [key, value] from A1, replaced whole. */
  stateSheet?: { name: string; rows: (string | number | null)[][] };
  /** Make this sheet the active one afterwards (Excel only). */
  activate?: string;
}

/**
 * The port the use cases talk to. Adapters wrap a library (`office-js/`, `exceljs/`,
 * `memory/`) and must pass the shared contract suite in test/contract/.
 */
export interface Workbook {
  read(options?: ReadOptions): Promise<WorkbookSnapshot>;
  write(plan: WritePlan): Promise<void>;
  /**
   * Optional: select a cell and show its sheet (the task pane's "go to cell"). Adapters with no
   * user looking at them (ExcelJS) leave it out; callers feature-detect it.
   */
  select?(sheet: string, cell: string): Promise<void>;
}
