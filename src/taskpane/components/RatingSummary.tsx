import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { NOT_RATED_LOOK, type PlanOverview } from "../model";
import { RatingBadge } from "./RatingBadge";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%" },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, textAlign: "left" },
  count: { textAlign: "right", fontVariantNumeric: "tabular-nums", padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}` },
  heading: { margin: `${tokens.spacingVerticalS} 0` },
});

/** Items per rating (word and colour), % complete and overdue, as the board will read them. */
export function RatingSummary({ overview }: { overview: PlanOverview }) {
  const styles = useStyles();
  const s = overview.summary;
  const looks = s.ratings.map((label) => overview.ratings.find((r) => r.label === label) ?? { ...NOT_RATED_LOOK, label });
  return (
    <section aria-labelledby="ratings-heading">
      <Text as="h2" id="ratings-heading" size={400} weight="semibold" className={styles.heading} block>
        Ratings
      </Text>
      <Text block>
        {s.complete} of {s.total} items complete ({s.percentComplete.toFixed(1)}%); {s.overdue} overdue.
      </Text>
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
              </th>
              <td className={styles.count}>{s.totals[r.label] ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
