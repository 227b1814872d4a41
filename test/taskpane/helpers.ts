import { MemoryWorkbook } from "../../src/workbook/memory";
import { exampleSheets, EXAMPLE_TODAY } from "../../src/playground/example";
import type { PaneHost, RatingsChartSpec } from "../../src/taskpane/host";
import type { Workbook } from "../../src/workbook/port";

/** The playground's example in a memory workbook, with select recorded. */
export function exampleWorkbook(): { memory: MemoryWorkbook; workbook: Workbook; selected: { sheet: string; cell: string }[] } {
  const memory = MemoryWorkbook.fromRows(exampleSheets());
  const selected: { sheet: string; cell: string }[] = [];
  const workbook: Workbook = {
    read: (o) => memory.read(o),
    write: (p) => memory.write(p),
    select: async (sheet, cell) => void selected.push({ sheet, cell }),
  };
  return { memory, workbook, selected };
}

export function hostFor(workbook: Workbook, chart?: (spec: RatingsChartSpec) => Promise<void>): PaneHost {
  return {
    workbook,
    today: () => EXAMPLE_TODAY,
    chart: chart ? { kind: "available", run: chart } : { kind: "unavailable", reason: "no Excel here." },
    limitations: [],
  };
}
