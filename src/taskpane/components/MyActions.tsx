import { Button, Field, Link, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { shorten } from "../../review/issue-rows";
import type { MyAction } from "../../review/leads";
import { plural } from "../../review/words";
import { PAGE } from "./IssueList";

const useStyles = makeStyles({
  heading: { margin: `${tokens.spacingVerticalS} 0` },
  select: { minWidth: 0, width: "100%" },
  list: { listStyleType: "none", margin: `${tokens.spacingVerticalS} 0 0`, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  link: {
    fontFamily: tokens.fontFamilyMonospace, minWidth: "24px", minHeight: "24px", display: "inline-flex", alignItems: "center", textDecorationLine: "underline",
    "@media (forced-colors: active)": { color: "LinkText" },
  },
  about: { fontWeight: tokens.fontWeightSemibold },
  quiet: { color: tokens.colorNeutralForeground2 },
  late: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

interface Props {
  leads: string[];
  name: string | null;
  mine: MyAction[] | null;
  /** False when this browser cannot remember the choice. */
  remembered: boolean;
  canSelect: boolean;
  onName(name: string | null): void;
  onSelect(cell: string): void;
}

/** A lead's own rows: choose your name once (remembered in this browser, never in the workbook). */
export function MyActions({ leads, name, mine, remembered, canSelect, onName, onSelect }: Props) {
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE);
  if (leads.length === 0) return null;
  const known = name && leads.includes(name) ? name : "";
  const overdue = mine?.filter((m) => m.daysOverdue > 0).length ?? 0;
  const flagged = mine?.filter((m) => m.issues.some((i) => i.severity !== "info")).length ?? 0;
  return (
    <section aria-labelledby="mine-heading">
      <Text as="h2" id="mine-heading" size={400} weight="semibold" className={styles.heading} block>
        My actions
      </Text>
      <Field label="Your name, as the plan writes it" hint={remembered ? "Remembered in this browser only; nothing is saved in the workbook." : undefined}>
        <Select id="wsoa-my-name" className={styles.select} value={known} onChange={(_, d) => onName(d.value || null)}>
          <option value="">Choose your name</option>
          {leads.map((l) => <option key={l} value={l}>{l}</option>)}
        </Select>
      </Field>
      {known && mine && (
        <>
          <Text block>
            You lead {plural(mine.length, "row")}: {overdue} overdue, {plural(flagged, "row")} with something to look at.
          </Text>
          <ul className={styles.list} aria-label={`Rows led by ${known}`}>
            {mine.slice(0, shown).map((m) => (
              <li key={m.row} className={styles.item}>
                <span className={styles.line}>
                  {canSelect ? (
                    <Link as="button" className={styles.link} aria-label={`Go to ${m.cell}: ${[m.ref, shorten(m.text, 40)].filter(Boolean).join(" ")}`} onClick={() => onSelect(m.cell)}>
                      {m.cell}
                    </Link>
                  ) : (
                    <span>{m.cell}</span>
                  )}
                  <span className={styles.about}>{[m.ref, shorten(m.text)].filter(Boolean).join(" ")}</span>
                </span>
                <Text size={300}>
                  Rating: {m.rating} · Due {m.deadline}
                  {m.daysOverdue > 0 && <span className={styles.late}> · {plural(m.daysOverdue, "day")} overdue</span>}
                </Text>
                {m.updated && <Text size={200} className={styles.quiet}>{m.updated}</Text>}
                {m.issues.filter((i) => i.severity !== "info").map((i) => <Text key={i.rule + i.cell} size={200}>{i.message}</Text>)}
              </li>
            ))}
          </ul>
          {mine.length > shown && <Button appearance="subtle" onClick={() => setShown(shown + PAGE)}>Show {Math.min(PAGE, mine.length - shown)} more</Button>}
        </>
      )}
    </section>
  );
}
