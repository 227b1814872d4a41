import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, tokens } from "@fluentui/react-components";
import type { Field } from "../../core/fields";
import type { PlanState } from "../hooks/useTracker";
import { ColumnMapping } from "./ColumnMapping";

const useStyles = makeStyles({
  facts: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  heading: { margin: `${tokens.spacingVerticalS} 0` },
});

interface Props {
  plan: PlanState;
  busy: boolean;
  onSetColumn(field: Field, letter: string): void;
}

/** Which sheet, header row and columns the add-in understood, with the column mapping to correct. */
export function PlanSection({ plan, busy, onSetColumn }: Props) {
  const styles = useStyles();
  if (plan.kind === "loading") return <Spinner size="small" label="Reading the workbook…" />;
  if (plan.kind === "none")
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>No plan sheet yet</MessageBarTitle>
          {plan.reason} Choose New plan to start one.
        </MessageBarBody>
      </MessageBar>
    );
  const o = plan.overview;
  const found = Object.keys(o.columns).length;
  return (
    <section aria-labelledby="plan-heading">
      <Text as="h2" id="plan-heading" size={400} weight="semibold" className={styles.heading} block>
        Plan
      </Text>
      <dl className={styles.facts}>
        <dt className={styles.term}>Sheet</dt>
        <dd className={styles.value}>{o.sheet}</dd>
        <dt className={styles.term}>Header row</dt>
        <dd className={styles.value}>{o.headerRow}</dd>
        <dt className={styles.term}>Items</dt>
        <dd className={styles.value}>{o.items}</dd>
        <dt className={styles.term}>Ratings</dt>
        <dd className={styles.value}>{o.schemeName}</dd>
      </dl>
      <Accordion collapsible>
        <AccordionItem value="columns">
          <AccordionHeader size="small">Columns understood ({found})</AccordionHeader>
          <AccordionPanel>
            <ColumnMapping overview={o} disabled={busy} onChange={onSetColumn} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
