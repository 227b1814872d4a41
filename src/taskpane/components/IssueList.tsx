import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Issue, Severity } from "../../core/issue";
import { groupIssues, issueHeadline, SEVERITY_TITLES } from "../model";

const SHOWN = 25;
const BADGE: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };

const useStyles = makeStyles({
  heading: { margin: `${tokens.spacingVerticalS} 0` },
  ruleTitle: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}` },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  cell: { fontFamily: tokens.fontFamilyMonospace, minWidth: "40px", flexShrink: 0 },
  message: { flexGrow: 1, overflowWrap: "anywhere" },
  toolbar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

interface Props {
  issues: Issue[];
  canSelect: boolean;
  busy: boolean;
  onSelect(cell: string): void;
  onFix(cell?: string): void;
}

function IssueRow({ issue, canSelect, busy, onSelect, onFix }: Omit<Props, "issues"> & { issue: Issue }) {
  const styles = useStyles();
  const cell = issue.cell;
  return (
    <li className={styles.item}>
      {cell && canSelect ? (
        <Link as="button" className={styles.cell} aria-label={`Go to ${cell}`} onClick={() => onSelect(cell)}>
          {cell}
        </Link>
      ) : (
        <span className={styles.cell}>{cell ?? "Sheet"}</span>
      )}
      <Text size={200} className={styles.message}>{issue.message}</Text>
      {issue.fix && !issue.fix.choices && (
        <Button size="small" disabled={busy} aria-label={`Fix ${issue.fix.cell}: write ${issue.fix.after}`} onClick={() => onFix(issue.fix!.cell)}>
          Fix
        </Button>
      )}
    </li>
  );
}

function RuleGroup({ title, issues, ...rest }: Omit<Props, "issues"> & { title: string; issues: Issue[] }) {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  const shown = all ? issues : issues.slice(0, SHOWN);
  return (
    <div>
      <Text as="h4" weight="semibold" size={300} className={styles.ruleTitle} block>
        {title} ({issues.length})
      </Text>
      <ul className={styles.list}>
        {shown.map((i, n) => <IssueRow key={`${i.cell}-${n}`} issue={i} {...rest} />)}
      </ul>
      {issues.length > shown.length && (
        <Button appearance="subtle" size="small" onClick={() => setAll(true)}>
          Show all {issues.length}
        </Button>
      )}
    </div>
  );
}

/** Issues grouped by severity and rule, each with its cell (a link to it) and a fix where one exists. */
export function IssueList(props: Props) {
  const styles = useStyles();
  const groups = groupIssues(props.issues);
  // A fix with choices is a question (Green: Light or Dark?), never applied without an answer.
  const fixable = props.issues.filter((i) => i.fix && !i.fix.choices).length;
  return (
    <section aria-labelledby="issues-heading">
      <Text as="h2" id="issues-heading" size={400} weight="semibold" className={styles.heading} block>
        Issues
      </Text>
      <div className={styles.toolbar}>
        <Text>{issueHeadline(props.issues)}.</Text>
        {fixable > 0 && (
          <Button size="small" appearance="primary" disabled={props.busy} onClick={() => props.onFix()}>
            Fix all {fixable} ratings
          </Button>
        )}
      </div>
      <Accordion multiple collapsible defaultOpenItems={groups.filter((g) => g.severity !== "info").map((g) => g.severity)}>
        {groups.map((g) => (
          <AccordionItem key={g.severity} value={g.severity}>
            <AccordionHeader size="small">
              <Badge appearance="filled" color={BADGE[g.severity]} shape="rounded">{g.count}</Badge>&nbsp;{SEVERITY_TITLES[g.severity]}
            </AccordionHeader>
            <AccordionPanel>
              {g.rules.map((r) => <RuleGroup key={r.rule} title={r.title} issues={r.issues} canSelect={props.canSelect} busy={props.busy} onSelect={props.onSelect} onFix={props.onFix} />)}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}
