import { MemoryWorkbook } from "../../src/workbook/memory";
import { exampleSheets, EXAMPLE_TODAY } from "../../src/playground/example";
import type { PaneHost } from "../../src/taskpane/host";
import type { Workbook } from "../../src/workbook/port";
import { ObservableWorkbook } from "../../src/playground/observable-workbook";

/** The playground's example in a memory workbook, with select recorded. */
export function exampleWorkbook(memory = MemoryWorkbook.fromRows(exampleSheets())): { memory: MemoryWorkbook; workbook: Workbook; selected: { sheet: string; cell: string }[]; observable: ObservableWorkbook } {
  const selected: { sheet: string; cell: string }[] = [];
  const observable = new ObservableWorkbook(memory);
  const workbook: Workbook = {
    read: (o) => observable.read(o),
    write: (p) => observable.write(p),
    select: async (sheet, cell) => void selected.push({ sheet, cell }),
  };
  return { memory, workbook, selected, observable };
}

/** Browser storage as a map, so a test can see what the pane remembers. */
export function memoryStorage(): NonNullable<PaneHost["storage"]> & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, get: (k) => map.get(k) ?? null, set: (k, v) => void map.set(k, v) };
}

export function hostFor(workbook: Workbook, chart?: Extract<PaneHost["chart"], { kind: "available" }>["run"], extra: Partial<PaneHost> = {}): PaneHost {
  return {
    workbook,
    today: () => EXAMPLE_TODAY,
    chart: chart ? { kind: "available", run: chart } : { kind: "unavailable", reason: "no Excel here." },
    limitations: [],
    ...extra,
  };
}
