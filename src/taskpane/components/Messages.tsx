import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { PaneMessage } from "../hooks/useTracker";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  body: { whiteSpace: "normal", overflowWrap: "anywhere" },
});

/** Results and errors, newest first, each dismissable. */
export function Messages({ messages, onDismiss }: { messages: PaneMessage[]; onDismiss(id: number): void }) {
  const styles = useStyles();
  if (messages.length === 0) return null;
  return (
    <div className={styles.list} aria-live="polite">
      {messages.map((m) => (
        <MessageBar key={m.id} intent={m.intent} layout="multiline">
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>{m.title}</MessageBarTitle>
            {m.body}
          </MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" aria-label={`Dismiss: ${m.title}`} icon={<DismissRegular />} onClick={() => onDismiss(m.id)} />} />
        </MessageBar>
      ))}
    </div>
  );
}
