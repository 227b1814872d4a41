import { Button, Checkbox, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { LabelTreatment, UnknownLabel } from "../../review/labels";
import { plural } from "../../review/words";

const useStyles = makeStyles({
  heading: { margin: `${tokens.spacingVerticalS} 0` },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  item: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere", gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  // Fluent's Select and Input take the width of their text by default: at 200% zoom (175 CSS px) that scrolls sideways.
  select: { minWidth: 0, width: "100%" },
  note: { color: tokens.colorNeutralForeground2 },
  button: { alignSelf: "flex-start", minWidth: "24px", minHeight: "24px" },
});

const NEW = "";

export type OnTreat = (label: string, treatment: LabelTreatment, from: string) => void;

function Offer({ u, n, ratings, busy, onTreat }: { u: UnknownLabel; n: number; ratings: { label: string; meaning: string }[]; busy: boolean; onTreat: OnTreat }) {
  const styles = useStyles();
  const [as, setAs] = useState(NEW);
  const [meaning, setMeaning] = useState("");
  const [complete, setComplete] = useState(false);
  const [missing, setMissing] = useState(false);
  const id = `wsoa-treat-${n}`;
  const save = () => {
    if (as !== NEW) return onTreat(u.label, { aliasOf: as }, id);
    if (!meaning.trim()) {
      setMissing(true);
      return document.getElementById(`${id}-meaning`)?.focus();
    }
    onTreat(u.label, { rating: { meaning: meaning.trim(), complete } }, id);
  };
  return (
    <li className={styles.item}>
      <Text>
        “{u.label}” is used in {plural(u.cells.length, "cell")} ({u.cells.slice(0, 4).join(", ")}{u.cells.length > 4 ? "…" : ""}) and is not a rating of this plan's scheme.
      </Text>
      <Field label={`Treat “${u.label}” as`}>
        <Select id={`${id}-as`} className={styles.select} disabled={busy} value={as} onChange={(_, d) => setAs(d.value)}>
          <option value={NEW}>A new rating of its own</option>
          {ratings.map((r) => <option key={r.label} value={r.label}>Another way of writing {r.label} ({r.meaning})</option>)}
        </Select>
      </Field>
      {as === NEW && (
        <>
          <Field label={`What “${u.label}” means`} required validationMessage={missing && !meaning.trim() ? "Say what this rating means, e.g. Carried over." : undefined}>
            <Input id={`${id}-meaning`} className={styles.select} disabled={busy} value={meaning} onChange={(_, d) => setMeaning(d.value)} />
          </Field>
          <Checkbox id={`${id}-complete`} disabled={busy} checked={complete} label={`Counts as complete`} onChange={(_, d) => setComplete(d.checked === true)} />
        </>
      )}
      <Button id={id} className={styles.button} disabledFocusable={busy} aria-label={`Save how to read “${u.label}”`} onClick={save}>
        Save…
      </Button>
    </li>
  );
}

/**
 * "Treat `Purple` as …": for each label the plan uses and its scheme does not know, read it as
 * another spelling of a rating or as a rating of its own. Saving opens the usual settings preview.
 */
export function TreatLabels({ labels, ratings, busy, onTreat }: { labels: UnknownLabel[]; ratings: { label: string; meaning: string }[]; busy: boolean; onTreat: OnTreat }) {
  const styles = useStyles();
  if (labels.length === 0) return null;
  return (
    <section aria-labelledby="wsoa-treat-heading">
      <Text as="h2" id="wsoa-treat-heading" size={400} weight="semibold" className={styles.heading} block>
        Labels the scheme does not know
      </Text>
      <Text size={200} className={styles.note} block>How a label is read is saved in the workbook, for everyone who opens it. Each choice is shown before it is saved.</Text>
      <ul className={styles.list}>
        {labels.map((u, n) => <Offer key={u.label} u={u} n={n} ratings={ratings} busy={busy} onTreat={onTreat} />)}
      </ul>
    </section>
  );
}
