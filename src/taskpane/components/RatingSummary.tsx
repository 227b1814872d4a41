import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { NOT_RATED_LOOK, type PlanOverview } from "../../review/overview";
import { RatingBadge } from "./RatingBadge";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%" },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, textAlign: "left", verticalAlign: "top" },
  count: { textAlign: "right", whiteSpace: "nowrap", width: "1%", fontVariantNumeric: "tabular-nums", padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, verticalAlign: "top" },
  meaning: { display: "block", fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  heading: { margin: `${tokens.spacingVerticalS} 0` },
  note: { color: tokens.colorNeutralForeground2 },
});

/** Items per rating (word, colour and meaning), % complete and overdue, as the board will read them. */
export function RatingSummary({ overview }: { overview: PlanOverview }) {
  const styles = useStyles();
  const s = overview.summary;
  const looks = s.ratings.map((label) => overview.ratings.find((r) => r.label === label) ?? { ...NOT_RATED_LOOK, label });
  return (
    <section aria-labelledby="ratings-heading">
      <Text as="h2" id="ratings-heading" size={400} weight="semibold" className={styles.heading} block>
        Ratings
      </Text>
      <Text block>{overview.figures}.</Text>
      {overview.overdueNote && <Text block size={200} className={styles.note}>{overview.overdueNote}</Text>}
      <table className={styles.table} aria-label="Items by rating">
        <thead>
          <tr>
            <th scope="col" className={styles.cell}>Rating</th>
            <th scope="col" className={styles.count}>Items</th>
          </tr>
        </thead>
        <tbody>
          {looks.map((r) => (
            <tr key={r.label}>
              <th scope="row" className={styles.cell}>
                <RatingBadge rating={r} />
                {/* The meaning as text, not only a tooltip: keyboard, touch and screen readers get it too. */}
                <span className={styles.meaning}>{r.meaning}</span>
              </th>
              <td className={styles.count}>{s.totals[r.label] ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
