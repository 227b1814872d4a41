import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL } });

/** A plain page instead of the pane, when it cannot run here (outside Excel, or Excel too old). */
export function Notice({ intent, title, body }: { intent: "info" | "warning"; title: string; body: string }) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Text as="h1" size={500} weight="semibold">WSOA Tracker</Text>
      <MessageBar intent={intent} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {body}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
