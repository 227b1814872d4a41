/**
 * The task pane's entry point inside Excel: the only place that touches Office and the clock.
 * It checks the host and requirement sets, then gives the pane its Workbook port and today().
 * When Office.js did not load (offline, a council proxy) or never starts, it says so in words.
 */
import "./zod-jitless";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { Notice } from "./components/Notice";
import { officeHost } from "./office/office-host";
import { isDarkTheme } from "./theme";

declare global {
  interface Window {
    /** Read by the page's own fallback script: the bundle ran. */
    __wsoaStarted?: boolean;
  }
}
window.__wsoaStarted = true;

/** How long Office.js may take to say it is ready before the pane says something is wrong. */
const OFFICE_TIMEOUT_MS = 8000;

const root = createRoot(document.getElementById("container")!);
const render = (node: ReactNode, dark = false) =>
  root.render(<FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ height: "100%" }}>{node}</FluentProvider>);

const OFFLINE = "WSOA Tracker could not load the part of Microsoft Office it needs (office.js from appsforoffice.microsoft.com). Check your internet connection; if you are on a council network, ask IT to allow appsforoffice.microsoft.com. Nothing in your workbook has been changed.";

function officeDark(): boolean {
  try {
    return isDarkTheme(Office.context.officeTheme);
  } catch {
    return false; // officeTheme is missing in some hosts: light it is.
  }
}

if (typeof Office === "undefined") {
  render(<Notice intent="warning" title="Office did not load" body={OFFLINE} />);
} else {
  let ready = false;
  const timer = setTimeout(() => {
    if (!ready) render(<Notice intent="warning" title="Office has not started" body={`${OFFLINE.replace("could not load", "is still waiting for")} If this page is open in a browser rather than in Excel, open your workbook in Excel and choose WSOA Tracker on the Home tab.`} />);
  }, OFFICE_TIMEOUT_MS);
  void Office.onReady((info) => {
    ready = true;
    clearTimeout(timer);
    if (info.host !== Office.HostType.Excel) {
      render(<Notice intent="info" title="Open WSOA Tracker from Excel" body="This page is the WSOA Tracker task pane: it works inside Excel (desktop, Mac or the web). Open your plan in Excel and choose WSOA Tracker on the Home tab." />);
      return;
    }
    if (!Office.context.requirements.isSetSupported("ExcelApi", "1.8")) {
      render(<Notice intent="warning" title="This version of Excel is too old for WSOA Tracker" body="WSOA Tracker needs Excel 2019 or later, Microsoft 365, or Excel on the web (ExcelApi 1.8): older versions cannot add rating dropdowns or formatting from an add-in. Nothing in your workbook has been changed." />);
      return;
    }
    const dark = officeDark();
    render(<App host={officeHost()} />, dark);
  });
}
