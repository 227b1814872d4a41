import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import type { Activity } from "../hooks/useTracker";

// Always rendered (never display: none), so screen readers keep the status region and announce what arrives in it.
const useStyles = makeStyles({ root: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS } });

/** What the pane is doing, in one status region that is always present (so it is announced). */
export function ActivityBar({ activity }: { activity: Activity }) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="status" aria-live="polite" id="wsoa-activity">
      {activity.kind === "working" && <Spinner size="extra-tiny" labelPosition="after" label={activity.label} />}
    </div>
  );
}
