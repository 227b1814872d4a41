// The floor for the task pane's bundle: React + Fluent UI v9 with one button, nothing of ours.
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={webLightTheme}>
    <Button appearance="primary">Validate</Button>
  </FluentProvider>,
);
