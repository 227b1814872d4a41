import { Button, Field, Link, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { arrangeIssues, shorten, type IssueRow, type IssueSort } from "../../review/issue-rows";
import { issueHeadline, plural, ruleTitle, SEVERITY_ORDER, SEVERITY_WORDS } from "../../review/words";

/** Rows shown per group before "Show more": keeps a 250-item plan to a few dozen tab stops. */
export const PAGE = 10;

const useStyles = makeStyles({
  heading: { margin: `${tokens.spacingVerticalS} 0` },
  group: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}` },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  link: {
    fontFamily: tokens.fontFamilyMonospace, minWidth: "24px", minHeight: "24px", display: "inline-flex", alignItems: "center", textDecorationLine: "underline",
    "@media (forced-colors: active)": { color: "LinkText", ":focus-visible": { outline: "2px solid Highlight", outlineOffset: "2px" } },
  },
  cell: { fontFamily: tokens.fontFamilyMonospace },
  about: { fontWeight: tokens.fontWeightSemibold, minWidth: 0 },
  quiet: { color: tokens.colorNeutralForeground2 },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  select: { minWidth: 0, width: "100%" },
  field: { flexGrow: 1, flexBasis: "120px", minWidth: 0 },
  target: { minWidth: "24px", minHeight: "24px" },
});

interface Props {
  rows: IssueRow[];
  canSelect: boolean;
  busy: boolean;
  onSelect(cell: string): void;
  /** `answer`: the meaning chosen for a fix that asks (one of `fix.choices`). */
  onFix(cell: string | undefined, from: string, answer?: string): void;
  focusOn(id: string): void;
}

const linkId = (group: string, n: number) => `wsoa-issue-${group.replace(/[^A-Za-z0-9]/g, "-")}-${n}`;

function Row({ row, id, canSelect, busy, onSelect, onFix }: Omit<Props, "rows" | "focusOn"> & { row: IssueRow; id: string }) {
  const styles = useStyles();
  const { issue } = row;
  const cell = issue.cell;
  const about = [row.ref, row.text ? shorten(row.text) : null].filter(Boolean).join(" ");
  return (
    <li className={styles.item}>
      <span className={styles.line}>
        {cell && canSelect ? (
          <Link as="button" id={id} className={styles.link} aria-label={row.linkName} aria-describedby={`${id}-msg`} onClick={() => onSelect(cell)}>
            {cell}
          </Link>
        ) : (
          <span className={styles.cell} id={id}>{cell ?? "Whole sheet"}</span>
        )}
        {about && <span className={styles.about}>{about}</span>}
      </span>
      <Text size={300} id={`${id}-msg`}>{issue.message}</Text>
      <span className={styles.line}>
        <Text size={200} className={styles.quiet}>{ruleTitle(issue.rule)}{row.lead ? ` · ${row.lead}` : ""}</Text>
        {issue.fix && !issue.fix.choices && (
          <Button size="small" id={`wsoa-fix-${issue.fix.cell}`} disabledFocusable={busy} aria-label={`Fix ${issue.fix.cell}: write ${issue.fix.after}`} onClick={() => onFix(issue.fix!.cell, `wsoa-fix-${issue.fix!.cell}`)}>
            Fix
          </Button>
        )}
        {/* A fix that asks: one button per meaning, each naming the cell and what it writes. */}
        {issue.fix?.choices?.map((choice, n) => {
          const fixId = `wsoa-fix-${issue.fix!.cell}-${n}`;
          return (
            <Button key={choice} size="small" id={fixId} className={styles.target} disabledFocusable={busy} aria-label={`${issue.fix!.cell}: write ${choice}`} onClick={() => onFix(issue.fix!.cell, fixId, choice)}>
              {choice}
            </Button>
          );
        })}
      </span>
    </li>
  );
}

function Group({ title, rows, ...rest }: Omit<Props, "rows"> & { title: string; rows: IssueRow[] }) {
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE);
  const more = Math.min(PAGE, rows.length - shown);
  return (
    <div>
      <Text as="h3" size={300} weight="semibold" className={styles.group} block>
        {title} ({rows.length})
      </Text>
      <ul className={styles.list}>
        {rows.slice(0, shown).map((r, n) => <Row key={`${r.issue.rule}-${r.issue.cell}-${n}`} row={r} id={linkId(title, n)} {...rest} />)}
      </ul>
      {more > 0 && (
        <Button
          appearance="subtle"
          onClick={() => {
            // Focus the first newly shown row, so keyboard users carry on where the list grew.
            rest.focusOn(linkId(title, shown));
            setShown(shown + PAGE);
          }}
        >
          Show {more} more of {rows.length - shown}
        </Button>
      )}
    </div>
  );
}

function groupsOf(rows: IssueRow[], sort: IssueSort): { title: string; rows: IssueRow[] }[] {
  if (sort === "overdue") return [{ title: "Most overdue first", rows }];
  if (sort === "workstream") return [...new Set(rows.map((r) => r.workstream ?? "Whole sheet"))].map((w) => ({ title: w, rows: rows.filter((r) => (r.workstream ?? "Whole sheet") === w) }));
  return SEVERITY_ORDER.map((s) => ({ title: SEVERITY_WORDS[s].heading, rows: rows.filter((r) => r.issue.severity === s) })).filter((g) => g.rows.length > 0);
}

/** The plan's issues with their row's ref, text and lead; grouped or sorted, filtered by lead, paged. */
export function IssueList(props: Props) {
  const styles = useStyles();
  const [sort, setSort] = useState<IssueSort>("severity");
  const [lead, setLead] = useState<string>("");
  const leads = [...new Set(props.rows.map((r) => r.lead).filter((l): l is string => Boolean(l)))].sort();
  const rows = arrangeIssues(props.rows, sort, lead || null);
  // A fix with choices is a question (Green: Light or Dark?), never applied without an answer.
  const fixable = props.rows.filter((r) => r.issue.fix && !r.issue.fix.choices).length;
  return (
    <section aria-labelledby="issues-heading">
      <Text as="h2" id="issues-heading" tabIndex={-1} size={400} weight="semibold" className={styles.heading} block>
        Issues
      </Text>
      <Text block>{issueHeadline(rows.map((r) => r.issue))}{lead ? ` for ${lead}` : ""}.</Text>
      <div className={styles.toolbar}>
        <Field label="Order" className={styles.field}>
          <Select className={styles.select} value={sort} onChange={(_, d) => setSort(d.value as IssueSort)}>
            <option value="severity">By severity</option>
            <option value="overdue">Most overdue first</option>
            <option value="workstream">By workstream</option>
          </Select>
        </Field>
        {leads.length > 0 && (
          <Field label="Lead" className={styles.field}>
            <Select className={styles.select} value={lead} onChange={(_, d) => setLead(d.value)}>
              <option value="">Everyone</option>
              {leads.map((l) => <option key={l} value={l}>{l}</option>)}
            </Select>
          </Field>
        )}
      </div>
      {fixable > 0 && (
        <div>
          <Button id="wsoa-fix-all" appearance="primary" disabledFocusable={props.busy} onClick={() => props.onFix(undefined, "wsoa-fix-all")}>
            Fix {fixable === 1 ? "the rating" : `all ${plural(fixable, "rating")}`} written differently
          </Button>
        </div>
      )}
      {groupsOf(rows, sort).map((g) => <Group key={`${sort}-${lead}-${g.title}`} title={g.title} rows={g.rows} canSelect={props.canSelect} busy={props.busy} onSelect={props.onSelect} onFix={props.onFix} focusOn={props.focusOn} />)}
    </section>
  );
}
