import { Button, Field as FluentField, makeStyles, Select, Switch, Text, tokens } from "@fluentui/react-components";
import { columnNumber } from "../../core/address";
import { FIELD_LABELS, FIELDS, type Field } from "../../core/fields";
import { BUILT_IN_SCHEMES, type BuiltInSchemeId } from "../../core/ratings/scheme";
import type { PlanOverview } from "../../review/overview";
import type { SettingChange } from "../../review/settings";

const useStyles = makeStyles({
  grid: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  select: { minWidth: 0, width: "100%" },
  heading: { margin: `${tokens.spacingVerticalS} 0 0` },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground2 },
});

export type OnSettingChange = (change: SettingChange, title: string, from: string) => void;

const AUTO = "";

/** Fields in the order the pane lists them: found ones in sheet order, then the rest. */
function fieldsInOrder(columns: Partial<Record<Field, string>>): Field[] {
  const found = FIELDS.filter((f) => columns[f] !== undefined).sort((a, b) => columnNumber(columns[a]!) - columnNumber(columns[b]!));
  return [...found, ...FIELDS.filter((f) => columns[f] === undefined)];
}

/**
 * Every setting the tracker reads the plan with, visible and changeable: the plan sheet, header
 * row, rating scheme and each column, plus Detect again and Reset settings. Choosing a value
 * opens a preview; nothing is saved until it is confirmed.
 */
export function PlanSettings({ o, busy, onChange, onReset }: { o: PlanOverview; busy: boolean; onChange: OnSettingChange; onReset(from: string): void }) {
  const styles = useStyles();
  const heading = (letter: string) => {
    const h = o.headers.find((x) => x.letter === letter);
    return h ? `${letter}: ${h.text}` : letter;
  };
  const rows = Array.from({ length: Math.max(30, o.headerRow) }, (_, i) => i + 1);
  return (
    <div className={styles.grid}>
      <Text size={200} className={styles.note} block>Settings are saved in the workbook and apply to everyone who opens it. Each change is shown before it is saved.</Text>
      <FluentField label="Plan sheet">
        <Select id="wsoa-set-sheet" className={styles.select} disabled={busy} value={o.sheet} onChange={(_, d) => d.value !== o.sheet && onChange({ kind: "sheet", sheet: d.value }, "Follow another plan sheet?", "wsoa-set-sheet")}>
          {o.sheets.map((s) => <option key={s} value={s}>{o.otherPlans.includes(s) ? `${s} (another plan)` : s}</option>)}
        </Select>
      </FluentField>
      <FluentField label="Header row">
        <Select id="wsoa-set-header" className={styles.select} disabled={busy} value={o.headerRowSaved ? String(o.headerRow) : AUTO} onChange={(_, d) => onChange({ kind: "headerRow", row: d.value === AUTO ? null : Number(d.value) }, "Change the header row?", "wsoa-set-header")}>
          <option value={AUTO}>Found automatically (row {o.headerRow})</option>
          {rows.map((r) => <option key={r} value={String(r)}>Row {r}</option>)}
        </Select>
      </FluentField>
      <FluentField label="Rating scheme">
        <Select id="wsoa-set-scheme" className={styles.select} disabled={busy} value={o.schemeSaved ? o.schemeId : AUTO} onChange={(_, d) => onChange({ kind: "scheme", scheme: d.value === AUTO ? null : (d.value as BuiltInSchemeId) }, "Change the rating scheme?", "wsoa-set-scheme")}>
          <option value={AUTO}>Detected ({o.schemeName})</option>
          {(Object.keys(BUILT_IN_SCHEMES) as BuiltInSchemeId[]).map((id) => <option key={id} value={id}>{BUILT_IN_SCHEMES[id].name}</option>)}
          {o.schemeSaved && !(o.schemeId in BUILT_IN_SCHEMES) && <option value={o.schemeId}>{o.schemeName}</option>}
        </Select>
      </FluentField>
      <Text as="h4" size={300} weight="semibold" className={styles.heading}>Columns</Text>
      {fieldsInOrder(o.columns).map((field) => {
        const letter = o.columns[field];
        const saved = o.savedColumns.includes(field);
        const id = `wsoa-set-col-${field}`;
        return (
          <FluentField key={field} label={FIELD_LABELS[field]}>
            <Select id={id} className={styles.select} disabled={busy} value={saved && letter ? letter : AUTO} onChange={(_, d) => onChange({ kind: "column", field, letter: d.value === AUTO ? null : d.value }, `Change the ${FIELD_LABELS[field].toLowerCase()} column?`, id)}>
              <option value={AUTO}>{letter && !saved ? `Found: ${heading(letter)}` : "Not in this plan (found automatically)"}</option>
              {o.headers.map((h) => <option key={h.letter} value={h.letter}>{heading(h.letter)}</option>)}
            </Select>
          </FluentField>
        );
      })}
      {o.hasUpdatedColumn && (
        <Switch
          id="wsoa-set-stamp"
          disabled={busy}
          checked={o.stampUpdated}
          label={`Stamp today's date in "Last updated" when a lead changes a rating or progress update`}
          onChange={(_, d) => onChange({ kind: "stampUpdated", on: d.checked }, d.checked ? "Turn on Last updated stamping?" : "Turn off Last updated stamping?", "wsoa-set-stamp")}
        />
      )}
      <div className={styles.buttons}>
        <Button id="wsoa-detect" disabledFocusable={busy} onClick={() => onChange({ kind: "detect" }, "Detect the plan again?", "wsoa-detect")}>Detect again</Button>
        <Button id="wsoa-reset" disabledFocusable={busy} onClick={() => onReset("wsoa-reset")}>Reset settings</Button>
      </div>
    </div>
  );
}
