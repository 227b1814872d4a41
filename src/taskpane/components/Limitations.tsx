import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

/** What this Excel cannot do, said once and briefly. */
export function Limitations({ limitations }: { limitations: string[] }) {
  if (limitations.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>This version of Excel cannot do everything</MessageBarTitle>
        {limitations.join(" ")}
      </MessageBarBody>
    </MessageBar>
  );
}
