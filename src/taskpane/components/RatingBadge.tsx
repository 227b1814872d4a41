import { makeStyles, tokens } from "@fluentui/react-components";
import type { RatingLook } from "../../review/overview";

const useStyles = makeStyles({
  badge: {
    display: "inline-block",
    minWidth: "88px",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "center",
  },
});

/** A rating as its word on its colour: readable without colour, in greyscale and by screen readers. */
export function RatingBadge({ rating }: { rating: RatingLook }) {
  const styles = useStyles();
  return (
    <span className={styles.badge} style={{ backgroundColor: rating.fill, color: rating.font }}>
      {rating.label}
    </span>
  );
}
