import { makeStyles, ProgressBar, Spinner, tokens } from "@fluentui/react-components";
import type { Activity } from "../hooks/useTracker";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minHeight: "4px" },
});

/** Progress while a use case runs; the live region announces it to screen readers. */
export function ActivityBar({ activity }: { activity: Activity }) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="status" aria-live="polite">
      {activity.kind === "working" && (
        <>
          <ProgressBar thickness="medium" aria-label={activity.label} />
          <Spinner size="tiny" labelPosition="after" label={activity.label} />
        </>
      )}
    </div>
  );
}
