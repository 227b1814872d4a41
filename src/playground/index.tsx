import "../taskpane/zod-jitless";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { formatUkDate, isIsoDate } from "../core/dates";
import { browserStorage, type PaneHost } from "../taskpane/host";
import { MemoryWorkbook } from "../workbook/memory";
import { EXAMPLE_TODAY, exampleSheets } from "./example";
import { dressMoreExample, MORE_EXAMPLES, moreExampleSheets, type MoreExample } from "./more-examples";
import { ObservableWorkbook } from "./observable-workbook";
import { Playground } from "./Playground";

declare global {
  interface Window {
    /** For the browser tests: the workbook the playground holds. */
    __wsoa?: { workbook: ObservableWorkbook; memory: MemoryWorkbook; today: string };
  }
}

// "Today" is fixed so the example's deadlines read the same on every run (?today=YYYY-MM-DD to change it).
const params = new URLSearchParams(window.location.search);
const wanted = params.get("today");
// ?theme=dark shows the pane as in Excel's Dark Grey and Black themes; ?pane=300 sets the pane's width.
const dark = params.get("theme") === "dark";
const paneWidth = Number(params.get("pane")) || 350;
const today = wanted && isIsoDate(wanted) ? wanted : EXAMPLE_TODAY;

// ?example=colour (ratings shown only as fill colours) or ?example=status (status words).
const chosen = params.get("example");
const more = chosen !== null && chosen in MORE_EXAMPLES ? (chosen as MoreExample) : null;
const memory = MemoryWorkbook.fromRows(more ? moreExampleSheets(more) : exampleSheets());
if (more) dressMoreExample(memory, more);
else {
  // Column widths (characters) as the council's sheet would have them, so the grid reads like Excel.
  memory.sheet("Action plan")!.columnWidths = [7, 34, 32, 24, 14, 11, 11, 40, 12];
  memory.sheet("RAG key")!.columnWidths = [14, 60];
}
const workbook = new ObservableWorkbook(memory);
window.__wsoa = { workbook, memory, today };

const host: PaneHost = {
  workbook,
  today: () => today,
  chart: { kind: "unavailable", reason: "charts are drawn by Excel, and the playground has no Excel. The summary sheet has the same figures as a table." },
  limitations: [],
  watchSheet: workbook.watchSheet,
  storage: browserStorage(),
  context: `Playground: example workbook in memory; today is taken as ${formatUkDate(today)}.`,
};

createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ height: "100%" }}>
    <Playground workbook={workbook} host={host} paneWidth={paneWidth} />
  </FluentProvider>,
);
