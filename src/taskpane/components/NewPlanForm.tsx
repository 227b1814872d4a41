import { Button, Field, Input, makeStyles, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { BUILT_IN_SCHEMES, type BuiltInSchemeId } from "../../core/ratings/scheme";

const useStyles = makeStyles({
  form: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minWidth: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: 0 },
  input: { minWidth: 0, width: "100%" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const CHOICES: { id: BuiltInSchemeId; title: string }[] = [
  { id: "brag", title: "BRAG" },
  { id: "rag5", title: "Five-level RAG" },
  { id: "rag", title: "RAG" },
];

interface Props {
  busy: boolean;
  /** The plan followed now: it stays as it is. */
  current: string | null;
  onCreate(scheme: BuiltInSchemeId, name: string): void;
  onCancel(): void;
}

/** Choose a scheme and a sheet name for a blank plan sheet. Escape or Cancel closes it. */
export function NewPlanForm({ busy, current, onCreate, onCancel }: Props) {
  const styles = useStyles();
  const [scheme, setScheme] = useState<BuiltInSchemeId>("rag5");
  const [name, setName] = useState("New action plan");
  const first = useRef<HTMLHeadingElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <form
      className={styles.form}
      aria-labelledby="new-plan-heading"
      aria-describedby="new-plan-note"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onCancel();
        }
      }}
      onSubmit={(e) => {
        e.preventDefault();
        onCreate(scheme, name);
      }}
    >
      <Text as="h2" id="new-plan-heading" ref={first} tabIndex={-1} size={400} weight="semibold" className={styles.heading}>
        New plan sheet
      </Text>
      <Text id="new-plan-note" block>
        WSOA Tracker will create a blank plan sheet and follow it.{" "}
        {current ? `Your current plan "${current}" stays exactly as it is, dropdowns included; switch back to it under Plan settings.` : ""}
      </Text>
      <Field label="Rating scheme">
        <RadioGroup value={scheme} onChange={(_, d) => setScheme(d.value as BuiltInSchemeId)}>
          {CHOICES.map(({ id, title }) => (
            <Radio key={id} value={id} label={`${title}: ${BUILT_IN_SCHEMES[id].ratings.map((r) => r.label).join(", ")}`} />
          ))}
        </RadioGroup>
      </Field>
      <Field label="Sheet name" hint="If a sheet already has this name, a free one is chosen.">
        <Input id="wsoa-new-plan-name" className={styles.input} value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          Create plan sheet
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
