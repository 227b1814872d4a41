import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ReviewSection } from "../../review/overview";

const useStyles = makeStyles({ heading: { margin: `${tokens.spacingVerticalS} 0` }, list: { margin: 0, paddingLeft: tokens.spacingHorizontalL } });

/**
 * Review-level views that other use cases provide (changes since last round, KPIs). The pane
 * only renders them; until those use cases fill `overview.sections`, nothing shows.
 */
export function ReviewSections({ sections }: { sections: ReviewSection[] }) {
  const styles = useStyles();
  return (
    <>
      {sections.map((s) => (
        <section key={s.id} aria-labelledby={`wsoa-${s.id}-heading`}>
          <Text as="h2" id={`wsoa-${s.id}-heading`} size={400} weight="semibold" className={styles.heading} block>
            {s.heading}
          </Text>
          <Text block>{s.summary}</Text>
          {s.lines.length > 0 && (
            <ul className={styles.list}>
              {s.lines.map((l) => <li key={l}>{l}</li>)}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}
