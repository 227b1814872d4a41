/**
 * The task pane's entry point inside Excel: the only place that touches Office and the clock.
 * It checks the host and requirement sets, then gives the pane its Workbook port and today().
 */
import "./zod-jitless";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { Notice } from "./components/Notice";
import { officeHost } from "./office/office-host";

Office.onReady((info) => {
  const root = createRoot(document.getElementById("container")!);
  const render = (node: ReactNode) => root.render(<FluentProvider theme={webLightTheme} style={{ height: "100%" }}>{node}</FluentProvider>);
  if (info.host !== Office.HostType.Excel) {
    render(<Notice intent="info" title="Open WSOA Tracker from Excel" body="This page is the WSOA Tracker task pane: it works inside Excel (desktop, Mac or the web). Open your plan in Excel and choose WSOA Tracker on the Home tab. To try it without Excel, run npm run playground." />);
    return;
  }
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.8")) {
    render(<Notice intent="warning" title="This version of Excel is too old for WSOA Tracker" body="WSOA Tracker needs Excel 2019 or later, Microsoft 365, or Excel on the web (ExcelApi 1.8): older versions cannot add rating dropdowns or formatting from an add-in. Nothing in your workbook has been changed." />);
    return;
  }
  render(<App host={officeHost()} />);
});
