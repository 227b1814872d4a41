/**
 * A council's tracker workbook as it really looks, for the click benchmark: the plan sheet and
 * eight other sheets (a cover, a KPI sheet, a 500-row risk log, a RAG key, minutes, contacts,
 * and last two years' versions of the plan), as the strict fake Excel's input.
 */
import type { CellValue } from "../../src/core/grid";
import type { FakeSheetInput } from "../../test/workbook/fake-excel";
import { generatePlanRows, type Layout } from "./generate-plan";

type Row = (string | number | boolean | null)[];

export const PLAN_SHEET = "Action plan";

/** Office.js gives text and numbers only: the fake refuses anything else, as Excel does. */
export function officeRows(rows: CellValue[][]): Row[] {
  return rows.map((r) => r.map((v) => (v instanceof Date ? null : v)));
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

function kpis(): FakeSheetInput {
  const months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"];
  const rows: Row[] = [["KPI", "Target", ...months]];
  const formats: (string | null)[][] = [[]];
  for (const i of range(40)) {
    rows.push([`KPI ${i + 1}: EHC plans issued within 20 weeks (excluding exceptions), measure ${i + 1}`, 0.6, ...months.map((_, m) => ((i * 7 + m * 3) % 100) / 100)]);
    formats.push(range(14).map((c) => (c === 0 ? null : "0.0%")));
  }
  return { name: "KPIs", rows, numberFormats: formats };
}

function riskLog(): FakeSheetInput {
  const rows: Row[] = [["Risk ID", "Risk", "Cause", "Impact", "Likelihood", "Severity", "Owner", "Mitigation"]];
  for (const i of range(500))
    rows.push([`R${i + 1}`, `Risk ${i + 1}: capacity in the SEND casework team falls short of demand`, "Recruitment and retention of caseworkers", "Delays to EHC needs assessments", (i % 5) + 1, ((i * 3) % 5) + 1, "Head of SEND", "Agency cover agreed; monthly review at the SEND Improvement Board"]);
  return { name: "Risk log", rows };
}

function minutes(): FakeSheetInput {
  const rows: Row[] = [["Date", "Item", "Discussion", "Actions agreed"]];
  for (const i of range(80))
    rows.push([45000 + i * 28, `Item ${i + 1}`, "The board reviewed progress against the written statement of action and heard from the parent carer forum about communication with families. ".repeat(2), "Lead to report back at the next meeting"]);
  return { name: "Minutes", rows, numberFormats: rows.map((_, r) => (r === 0 ? [] : ["dd/mm/yyyy"])) };
}

/** Leads type ratings carelessly: every tenth rating gets a stray space, for Fix all to mend. */
function carelessRatings(rows: Row[], ratingCol = 7): Row[] {
  let n = 0;
  return rows.map((r, i) => {
    const v = r[ratingCol];
    if (i < 3 || typeof v !== "string" || v === "" || n++ % 10 !== 0) return r;
    return r.map((c, j) => (j === ratingCol ? `${v} ` : c));
  });
}

/** The workbook at `rows` plan rows; the older plan versions are the same size. */
export function realisticWorkbook(rows: number, layout: Layout = "thurrock"): FakeSheetInput[] {
  const plan = carelessRatings(officeRows(generatePlanRows(layout, rows)));
  return [
    { name: "Cover", rows: [["SEND Written Statement of Action"], ["Tracker for the SEND Improvement Board"], [], ["Version", "March 2023"], ["Owner", "Head of SEND"]] },
    { name: PLAN_SHEET, rows: plan },
    kpis(),
    riskLog(),
    { name: "RAG key", rows: [["Rating", "Meaning"], ["Red", "Off track"], ["Amber", "At risk"], ["Green", "On track"], ["Complete", "Done, with evidence"]] },
    minutes(),
    { name: "Contacts", rows: [["Name", "Role", "Email"], ...range(30).map((i): Row => [`Officer ${i + 1}`, "Strategic Lead", `officer${i + 1}@council.gov.uk`])] },
    { name: "Plan 2021-22", rows: plan },
    { name: "Plan 2020-21", rows: plan },
  ];
}
