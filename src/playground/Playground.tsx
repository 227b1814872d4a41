import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { App } from "../taskpane/components/App";
import type { PaneHost } from "../taskpane/host";
import { GridView } from "./GridView";
import type { ObservableWorkbook } from "./observable-workbook";

const useStyles = makeStyles({
  page: { display: "grid", gridTemplateRows: "auto 1fr", height: "100vh", backgroundColor: tokens.colorNeutralBackground3 },
  bar: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`, backgroundColor: "#107C41", color: "#FFFFFF" },
  body: { display: "grid", minHeight: 0 },
  pane: { overflowY: "auto", borderLeft: `1px solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground1 },
  grid: { minHeight: 0, minWidth: 0 },
});

/** The example workbook as a grid (left) and the real task pane (right), as in Excel. */
export function Playground({ workbook, host, paneWidth }: { workbook: ObservableWorkbook; host: PaneHost; paneWidth: number }) {
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <header className={styles.bar}>
        <Text as="h1" size={300} weight="semibold">WSOA Tracker playground: the task pane beside an example workbook held in memory (no Excel, no network)</Text>
      </header>
      {/* Excel's pane is 300–500 px wide (350 by default on the web). */}
      <div className={styles.body} style={{ gridTemplateColumns: `minmax(0, 1fr) ${paneWidth}px` }}>
        {/* The pane's own <main> is the page's only main landmark, as in Excel. */}
        <section className={styles.grid} aria-label="Workbook">
          <GridView workbook={workbook} today={host.today()} />
        </section>
        <div className={styles.pane} data-pane="">
          <App host={host} />
        </div>
      </div>
    </div>
  );
}
