import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { PaneHost } from "../host";
import { useTracker } from "../hooks/useTracker";
import { ActivityBar } from "./ActivityBar";
import { IssueList } from "./IssueList";
import { Messages } from "./Messages";
import { NewPlanForm } from "./NewPlanForm";
import { PlanSection } from "./PlanSection";
import { RatingSummary } from "./RatingSummary";

const useStyles = makeStyles({
  root: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL, boxSizing: "border-box", minHeight: "100%",
    backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1,
  },
  title: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The WSOA Tracker task pane. Everything it does to the workbook goes through `host.workbook`. */
export function App({ host }: { host: PaneHost }) {
  const styles = useStyles();
  const t = useTracker(host);
  const [newPlanOpen, setNewPlanOpen] = useState(false);
  const busy = t.activity.kind === "working";
  const ready = t.plan.kind === "ready";
  return (
    <main className={styles.root} aria-busy={busy}>
      <header>
        <Text as="h1" size={500} weight="semibold" className={styles.title} block>
          WSOA Tracker
        </Text>
        {host.context && <Text size={200}>{host.context}</Text>}
      </header>
      {host.limitations.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>This version of Excel cannot do everything</MessageBarTitle>
            {host.limitations.join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
      <ActivityBar activity={t.activity} />
      <Messages messages={t.messages} onDismiss={t.dismiss} />
      <PlanSection plan={t.plan} busy={busy} onSetColumn={(f, l) => void t.setColumn(f, l)} />
      <div className={styles.actions} role="group" aria-label="Plan actions">
        <Button appearance="primary" disabled={busy || !ready} onClick={() => void t.validate()}>
          Validate
        </Button>
        <Button disabled={busy || !ready} onClick={() => void t.applyFormatting()}>
          Apply formatting
        </Button>
        <Button disabled={busy || !ready} onClick={() => void t.buildSummary()}>
          Build summary
        </Button>
        <Button disabled={busy} aria-expanded={newPlanOpen} onClick={() => setNewPlanOpen((o) => !o)}>
          New plan
        </Button>
      </div>
      {newPlanOpen && (
        <NewPlanForm
          busy={busy}
          onCancel={() => setNewPlanOpen(false)}
          onCreate={(scheme, name) => void t.newPlan(scheme, name).then(() => setNewPlanOpen(false))}
        />
      )}
      {t.issues && <IssueList issues={t.issues} busy={busy} canSelect={Boolean(host.workbook.select)} onSelect={(c) => void t.select(c)} onFix={(c) => void t.fix(c)} />}
      {t.plan.kind === "ready" && <RatingSummary overview={t.plan.overview} />}
    </main>
  );
}
