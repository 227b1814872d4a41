import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { PaneHost } from "../host";
import { useTracker } from "../hooks/useTracker";
import { ActivityBar } from "./ActivityBar";
import { IssueList } from "./IssueList";
import { Limitations } from "./Limitations";
import { MyActions } from "./MyActions";
import { NewPlanForm } from "./NewPlanForm";
import { PlanSection } from "./PlanSection";
import { PreviewPanel } from "./PreviewPanel";
import { RatingSummary } from "./RatingSummary";
import { ResultArea } from "./ResultArea";
import { ReviewSections } from "./ReviewSections";

const useStyles = makeStyles({
  root: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM, boxSizing: "border-box", minHeight: "100%", minWidth: 0, maxWidth: "100%",
    backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1, overflowWrap: "anywhere",
  },
  title: { margin: 0, ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The WSOA Tracker task pane. Everything it does to the workbook goes through `host.workbook`. */
export function App({ host }: { host: PaneHost }) {
  const styles = useStyles();
  const t = useTracker(host);
  const [newPlanOpen, setNewPlanOpen] = useState(false);
  const busy = t.activity.kind === "working" || t.pending !== null;
  const ready = t.plan.kind === "ready";

  // Focus goes where the last action asked (the result, the preview, the control acted on).
  useEffect(() => {
    if (!t.focus) return;
    const el = document.getElementById(t.focus.id) ?? document.getElementById("wsoa-title");
    el?.focus();
  }, [t.focus]);

  const closeNewPlan = () => {
    setNewPlanOpen(false);
    t.focusOn("wsoa-new-plan");
  };
  // Buttons stay focusable while busy (disabledFocusable), so keyboard focus never drops to the page.
  const action = (id: string, label: string, onClick: () => void, primary = false) => (
    <Button id={id} appearance={primary ? "primary" : "secondary"} disabledFocusable={busy || !ready} onClick={onClick}>
      {label}
    </Button>
  );
  return (
    <main className={styles.root} aria-busy={t.activity.kind === "working"}>
      <header>
        <Text as="h1" id="wsoa-title" tabIndex={-1} size={500} weight="semibold" className={styles.title} block>
          WSOA Tracker
        </Text>
        {host.context && <Text size={200}>{host.context}</Text>}
      </header>
      <Limitations limitations={host.limitations} />
      <div className={styles.actions} role="group" aria-label="Plan actions">
        {action("wsoa-validate", "Check plan", () => void t.validate(), true)}
        {action("wsoa-apply", "Apply formatting", () => void t.applyFormatting("wsoa-apply"))}
        {action("wsoa-summary", "Build summary", () => void t.buildSummary("wsoa-summary"))}
        <Button id="wsoa-new-plan" disabledFocusable={busy} aria-expanded={newPlanOpen} onClick={() => setNewPlanOpen((o) => !o)}>
          New plan
        </Button>
      </div>
      <ActivityBar activity={t.activity} />
      <ResultArea result={t.result} onDismiss={t.dismiss} />
      {t.pending && <PreviewPanel preview={t.pending.preview} busy={t.activity.kind === "working"} onConfirm={() => void t.confirm()} onCancel={t.cancel} />}
      {newPlanOpen && (
        <NewPlanForm
          busy={busy}
          current={t.plan.kind === "ready" ? t.plan.overview.sheet : null}
          onCancel={closeNewPlan}
          onCreate={(scheme, name) => void t.newPlan(scheme, name).then(() => setNewPlanOpen(false))}
        />
      )}
      <PlanSection plan={t.plan} busy={busy} onChange={(c, title, from) => void t.changeSetting(c, title, from)} onReset={(from) => void t.resetSettings(from)} onNewPlan={() => setNewPlanOpen(true)} />
      {t.issues && (
        <IssueList rows={t.issues} busy={busy} canSelect={Boolean(host.workbook.select)} onSelect={(c) => void t.select(c)} onFix={(c, from) => void t.fix(c, from)} focusOn={t.focusOn} />
      )}
      {t.plan.kind === "ready" && (
        <>
          <MyActions leads={t.plan.overview.leads} name={t.myName} mine={t.mine} remembered={Boolean(host.storage)} canSelect={Boolean(host.workbook.select)} onName={t.setMyName} onSelect={(c) => void t.select(c)} />
          <ReviewSections sections={t.plan.overview.sections} />
          <RatingSummary overview={t.plan.overview} />
        </>
      )}
    </main>
  );
}
