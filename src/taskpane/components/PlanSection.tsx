import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Select, Spinner, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { movedNotice } from "../../review/load-plan";
import type { PlanState } from "../hooks/useTracker";
import { PlanSettings, type OnSettingChange } from "./PlanSettings";

const useStyles = makeStyles({
  facts: { display: "grid", gridTemplateColumns: "auto minmax(0, 1fr)", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  heading: { margin: `${tokens.spacingVerticalS} 0` },
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  select: { minWidth: 0, width: "100%" },
});

interface Props {
  plan: PlanState;
  busy: boolean;
  onChange: OnSettingChange;
  onReset(from: string): void;
  onNewPlan(): void;
}

/** Choose which sheet holds the plan, when the pane cannot tell (renamed, several candidates, none saved). */
function SheetPicker({ sheets, busy, onChange, label }: { sheets: string[]; busy: boolean; onChange: OnSettingChange; label: string }) {
  const styles = useStyles();
  const [chosen, setChosen] = useState(sheets[0] ?? "");
  if (sheets.length === 0) return null;
  return (
    <div className={styles.stack}>
      <Field label={label}>
        <Select id="wsoa-pick-sheet" className={styles.select} value={chosen} onChange={(_, d) => setChosen(d.value)}>
          {sheets.map((s) => <option key={s} value={s}>{s}</option>)}
        </Select>
      </Field>
      <div>
        <Button id="wsoa-pick-follow" disabledFocusable={busy || !chosen} onClick={() => onChange({ kind: "sheet", sheet: chosen }, `Follow the plan on "${chosen}"?`, "wsoa-pick-follow")}>
          Follow this sheet
        </Button>
      </div>
    </div>
  );
}

/** Which sheet, header row and columns the add-in understood, with every setting to correct; or why it cannot read a plan, and the way forward. */
export function PlanSection({ plan, busy, onChange, onReset, onNewPlan }: Props) {
  const styles = useStyles();
  const heading = (
    <Text as="h2" id="plan-heading" tabIndex={-1} size={400} weight="semibold" className={styles.heading} block>
      Plan
    </Text>
  );
  if (plan.kind === "loading") return <Spinner size="small" label="Reading the workbook…" />;
  if (plan.kind === "damaged")
    return (
      <section aria-labelledby="plan-heading">
        {heading}
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>WSOA Tracker's saved settings in this workbook are damaged</MessageBarTitle>
            <ul className={styles.list}>{plan.problems.map((p) => <li key={p}>{p}</li>)}</ul>
            Reset settings to start again from what WSOA Tracker detects. Your plan, the sheets WSOA Tracker made and the rating dropdowns stay as they are.
          </MessageBarBody>
        </MessageBar>
        <div className={styles.stack}>
          <div>
            <Button id="wsoa-reset-damaged" appearance="primary" disabledFocusable={busy} onClick={() => onReset("wsoa-reset-damaged")}>Reset settings</Button>
          </div>
        </div>
      </section>
    );
  if (plan.kind === "ask")
    return (
      <section aria-labelledby="plan-heading">
        {heading}
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Which sheet is your plan now?</MessageBarTitle>
            Your plan sheet "{plan.from}" is no longer in this workbook (renamed or deleted), and more than one sheet looks like a plan.
          </MessageBarBody>
        </MessageBar>
        <SheetPicker sheets={plan.candidates} busy={busy} onChange={onChange} label="Plan sheet" />
      </section>
    );
  if (plan.kind === "none")
    return (
      <section aria-labelledby="plan-heading">
        {heading}
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>No plan to read yet</MessageBarTitle>
            {plan.reason}
          </MessageBarBody>
        </MessageBar>
        <SheetPicker sheets={plan.sheets} busy={busy} onChange={onChange} label="Plan sheet, if it is one of these" />
        <div className={styles.stack}>
          <div>
            <Button disabledFocusable={busy} onClick={onNewPlan}>Start a new plan</Button>
          </div>
        </div>
      </section>
    );
  const o = plan.overview;
  return (
    <section aria-labelledby="plan-heading">
      {heading}
      {plan.moved && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Plan sheet found under a new name</MessageBarTitle>
            {movedNotice(plan.moved)}{" "}
            <Button id="wsoa-keep-moved" size="small" disabledFocusable={busy} onClick={() => onChange({ kind: "sheet", sheet: plan.moved!.to }, `Follow "${plan.moved!.to}" from now on?`, "wsoa-keep-moved")}>
              Keep following "{plan.moved.to}"
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      <dl className={styles.facts}>
        <dt className={styles.term}>Sheet</dt>
        <dd className={styles.value}>{o.sheet}</dd>
        <dt className={styles.term}>Headings in row</dt>
        <dd className={styles.value}>{o.headerRow}</dd>
        <dt className={styles.term}>Items</dt>
        <dd className={styles.value}>{o.items}</dd>
        <dt className={styles.term}>Ratings</dt>
        <dd className={styles.value}>{o.schemeName}</dd>
      </dl>
      <Accordion collapsible>
        <AccordionItem value="settings">
          <AccordionHeader as="h3" size="small">Plan settings ({Object.keys(o.columns).length} columns found)</AccordionHeader>
          <AccordionPanel>
            <PlanSettings o={o} busy={busy} onChange={onChange} onReset={onReset} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
