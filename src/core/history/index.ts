export { buildHistorySheet, HISTORY_HEADINGS, HISTORY_SHEET, HISTORY_TITLE, isoToExcelSerial, looksLikeHistory, readHistory, type HistoryRead } from "./history-sheet";
export { roundBefore, withRound, type Round } from "./rounds";
export { historyView, type HistoryView, type TrendRow } from "./trend";
