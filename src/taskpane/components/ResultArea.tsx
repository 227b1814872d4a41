import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { RESULT_ID, type Result } from "../hooks/useTracker";

const useStyles = makeStyles({
  body: { whiteSpace: "normal", overflowWrap: "anywhere" },
  box: { ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" } },
  details: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

/** A long body keeps its first sentence in view; the rest moves under Details (narrow panes, 200% zoom). */
export function splitBody(body: string, max = 160): [string, string | null] {
  if (body.length <= max) return [body, null];
  const cut = body.indexOf(". ", 40);
  return cut > 0 && cut < body.length - 2 ? [body.slice(0, cut + 1), body.slice(cut + 2)] : [body, null];
}

/**
 * The one place results appear: the newest replaces the last. Two live regions are always
 * present (a polite one for results, an assertive one for failures), so screen readers announce
 * each result when it arrives. Long lists (every cell changed) are collapsed under Details.
 */
export function ResultArea({ result, onDismiss }: { result: Result | null; onDismiss(): void }) {
  const styles = useStyles();
  const [open, setOpen] = useState<number | null>(null);
  const error = result?.intent === "error";
  const [lead, rest] = result ? splitBody(result.body) : ["", null];
  const more = result ? [...(rest ? [rest] : []), ...(result.details ?? [])] : [];
  const bar = result && (
    <MessageBar key={result.id} id={RESULT_ID} tabIndex={-1} className={styles.box} intent={result.intent} layout="multiline" aria-labelledby={`${RESULT_ID}-title`}>
      <MessageBarBody className={styles.body}>
        <MessageBarTitle id={`${RESULT_ID}-title`}>{result.title}</MessageBarTitle>
        {lead}
        {more.length > 0 && (
          <>
            {" "}
            <Button appearance="transparent" size="small" aria-expanded={open === result.id} onClick={() => setOpen(open === result.id ? null : result.id)}>
              {open === result.id ? "Hide details" : "Details"}
            </Button>
            {open === result.id && (
              <ul className={styles.details}>
                {more.map((d) => <li key={d}>{d}</li>)}
              </ul>
            )}
          </>
        )}
      </MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" aria-label={`Dismiss: ${result.title}`} icon={<DismissRegular />} onClick={onDismiss} />} />
    </MessageBar>
  );
  return (
    <div>
      <div aria-live="polite" aria-atomic="true" id="wsoa-live">
        {!error && bar}
      </div>
      <div role="alert" aria-atomic="true" id="wsoa-alert">
        {error && bar}
      </div>
    </div>
  );
}
