import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Preview } from "../../review/preview";

const useStyles = makeStyles({
  panel: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: 0, ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  cells: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "10em", overflowY: "auto", fontFamily: tokens.fontFamilyMonospace },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** What a write will change, before it happens: confirm once, or cancel (Escape) and nothing is written. */
export function PreviewPanel({ preview, busy, onConfirm, onCancel }: { preview: Preview; busy: boolean; onConfirm(): void; onCancel(): void }) {
  const styles = useStyles();
  return (
    <section
      className={styles.panel}
      aria-labelledby="wsoa-preview-heading"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <Text as="h2" id="wsoa-preview-heading" tabIndex={-1} size={400} weight="semibold" className={styles.heading}>
        {preview.title}
      </Text>
      <ul className={styles.list}>
        {preview.lines.map((l) => <li key={l}>{l}</li>)}
      </ul>
      {preview.cells.length > 0 && (
        <ul className={styles.cells} aria-label="Cells that will change" tabIndex={preview.cells.length > 6 ? 0 : undefined}>
          {preview.cells.map((c) => <li key={c}>{c}</li>)}
        </ul>
      )}
      {preview.warnings.map((w) => <Text key={w} className={styles.warning} block>{w}</Text>)}
      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={busy} onClick={onConfirm}>
          {preview.confirmLabel}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </section>
  );
}
