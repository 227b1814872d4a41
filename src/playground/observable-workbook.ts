import type { ReadOptions, Workbook, WorkbookSnapshot, WritePlan } from "../workbook/port";
import type { MemoryWorkbook } from "../workbook/memory";

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
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.selection = { sheet, cell };
    this.memory.state.active = sheet;
    this.changed();
  }

  /** The user clicks a sheet tab. */
  activate(sheet: string): void {
    this.memory.state.active = sheet;
    this.changed();
  }
}
