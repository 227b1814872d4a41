import { Button, Field, Input, makeStyles, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { BUILT_IN_SCHEMES, type BuiltInSchemeId } from "../../core/ratings/scheme";

const useStyles = makeStyles({
  form: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
  },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

const CHOICES: { id: BuiltInSchemeId; title: string }[] = [
  { id: "brag", title: "BRAG" },
  { id: "rag5", title: "Five-level RAG" },
  { id: "rag", title: "RAG" },
];

interface Props {
  busy: boolean;
  onCreate(scheme: BuiltInSchemeId, name: string): void;
  onCancel(): void;
}

/** Choose a scheme and a sheet name for a blank plan sheet. */
export function NewPlanForm({ busy, onCreate, onCancel }: Props) {
  const styles = useStyles();
  const [scheme, setScheme] = useState<BuiltInSchemeId>("rag5");
  const [name, setName] = useState("Action plan");
  return (
    <form
      className={styles.form}
      aria-labelledby="new-plan-heading"
      onSubmit={(e) => {
        e.preventDefault();
        onCreate(scheme, name);
      }}
    >
      <Text as="h2" id="new-plan-heading" size={400} weight="semibold">
        New plan sheet
      </Text>
      <Field label="Rating scheme">
        <RadioGroup value={scheme} onChange={(_, d) => setScheme(d.value as BuiltInSchemeId)}>
          {CHOICES.map(({ id, title }) => (
            <Radio key={id} value={id} label={`${title}: ${BUILT_IN_SCHEMES[id].ratings.map((r) => r.label).join(", ")}`} />
          ))}
        </RadioGroup>
      </Field>
      <Field label="Sheet name" hint="A free name is chosen if a sheet already has this one.">
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={busy}>
          Create plan sheet
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
