import { isoDate } from "../../core/dates";
import { missingFeatures, officeIsSetSupported } from "../../workbook/office-js";
import { browserStorage, type PaneHost } from "../host";
import { addRatingsChart } from "./chart";
import { ExcelRunWorkbook } from "./excel-run-workbook";
import { watchSheet } from "./watch-sheet";

/** The local calendar day: the one place the pane reads the clock. */
export function localToday(now = new Date()): string {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The pane's host inside Excel: the Office.js adapter, today's date, and what this Excel lacks. */
export function officeHost(): PaneHost {
  const isSetSupported = officeIsSetSupported();
  return {
    workbook: new ExcelRunWorkbook(),
    today: () => localToday(),
    // Charts need ExcelApi 1.1 and getItemOrNullObject 1.4: any Excel that runs the add-in (1.8) has them.
    chart: isSetSupported("ExcelApi", "1.4") ? { kind: "available", run: addRatingsChart } : { kind: "unavailable", reason: "this version of Excel cannot add charts from an add-in." },
    limitations: missingFeatures(isSetSupported).map((m) => m.message),
    // Worksheet.onChanged needs ExcelApi 1.7: every Excel that runs the add-in (1.8) has it.
    watchSheet,
    storage: browserStorage(),
  };
}
