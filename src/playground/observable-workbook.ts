import { parseA1 } from "../core/address";
import type { CellValue } from "../core/grid";
import type { MemoryWorkbook } from "../workbook/memory";
import { setCell } from "../workbook/memory/model";
import type { ReadOptions, Workbook, WorkbookSnapshot, WritePlan } from "../workbook/port";

export interface Selection {
  sheet: string;
  cell: string;
}

/**
 * The memory workbook as the playground shows it: every write and selection notifies the grid
 * view, and `select` moves the selection as Excel would (activating the sheet).
 */
export class ObservableWorkbook implements Workbook {
  private listeners = new Set<() => void>();
  /** Sheet edit listeners, as Excel's Worksheet.onChanged (the pane's re-check as leads type). */
  private editListeners = new Set<{ sheet: string; listener: (addresses: string[], remote: boolean) => void }>();
  /** Bumped on every change: the grid view's snapshot for useSyncExternalStore. */
  version = 0;
  selection: Selection | null = null;

  constructor(readonly memory: MemoryWorkbook) {}

  get state() {
    return this.memory.state;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }

  read(options?: ReadOptions): Promise<WorkbookSnapshot> {
    return this.memory.read(options);
  }

  async write(plan: WritePlan): Promise<void> {
    try {
      await this.memory.write(plan);
    } finally {
      this.changed();
    }
    // As in Excel, the add-in's own cell writes also raise the sheet's change event.
    for (const edit of plan.edits ?? []) for (const e of this.editListeners) if (e.sheet === edit.sheet) e.listener([edit.cell], false);
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.selection = { sheet, cell };
    this.memory.state.active = sheet;
    this.changed();
  }

  /** Listen for edits to one sheet, as the pane does in Excel. */
  watchSheet = (sheet: string, listener: (addresses: string[], remote: boolean) => void): (() => void) => {
    const entry = { sheet, listener };
    this.editListeners.add(entry);
    return () => this.editListeners.delete(entry);
  };

  /** A person types into a cell (the browser tests' stand-in for a lead editing the sheet). */
  userEdit(sheet: string, cell: string, value: CellValue, remote = false): void {
    const target = this.memory.sheet(sheet);
    if (!target) throw new Error(`No sheet "${sheet}"`);
    const { row, col } = parseA1(cell);
    setCell(target, row, col, value);
    this.changed();
    for (const e of this.editListeners) if (e.sheet === target.name) e.listener([cell], remote);
  }

  /** The user clicks a sheet tab. */
  activate(sheet: string): void {
    this.memory.state.active = sheet;
    this.changed();
  }
}
