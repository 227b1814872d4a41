import { analysePlan } from "../../../src/core/analyse";
import { buildSummarySheet, exceptions, MAX_EXCEPTIONS } from "../../../src/core/specs/summary-sheet";
import type { SheetCell } from "../../../src/core/specs/types";
import { grid } from "../../helpers/grid";

const analysis = analysePlan(grid([
  "Ref | Action | Lead | Deadline | Initial RAG | RAG",
  "Area 1: EHC plans",
  "1.1 | Review staffing | AD SEND | Jan 2023 | Red | Complete",
  "1.2 | Train officers | Head of SEND | Jan 2023 | Red | Amber",
  "1.3 | Audit plans | QA lead | June 2023 | Amber | Red",
  "Area 2: Communication",
  "2.1 | Refresh local offer | Comms | Feb 2023 | Green | Green",
]), { sheet: "WSOA", today: "2023-03-31" })!;

const values = (rows: SheetCell[][]) => rows.map((r) => r.map((c) => c.value));
const rowStarting = (rows: SheetCell[][], first: string) => values(rows).find((r) => r[0] === first)!;

describe("buildSummarySheet", () => {
  const sheet = buildSummarySheet(analysis, { name: "Summary", today: "2023-03-31", title: "Hounslow WSOA: progress" });

  it("opens with the title, the as-at date and the headline figures", () => {
    expect(values(sheet.rows.slice(0, 2))).toEqual([["Hounslow WSOA: progress"], ["As at 31 Mar 2023. 1 of 4 items complete (25.0%); 2 overdue."]]);
  });

  it("shows the key with each rating as its word on its colours", () => {
    const key = sheet.rows.slice(4, 9);
    expect(values(key).map((r) => r[0])).toEqual(["Red", "Amber", "Green", "Complete", "Not rated"]);
    expect(key[0]![0]!.style).toMatchObject({ fill: "#C00000", font: "#FFFFFF" });
  });

  it("tabulates workstreams × ratings with totals, % complete and overdue", () => {
    expect(rowStarting(sheet.rows, "Workstream")).toEqual(["Workstream", "Red", "Amber", "Green", "Complete", "Not rated", "Total", "% complete", "Overdue"]);
    expect(rowStarting(sheet.rows, "Area 1: EHC plans")).toEqual(["Area 1: EHC plans", 1, 1, 0, 1, 0, 3, 1 / 3, 1]);
    expect(rowStarting(sheet.rows, "Total")).toEqual(["Total", 1, 1, 1, 1, 0, 4, 0.25, 2]);
  });

  it("compares initial and current ratings with the direction of travel", () => {
    expect(rowStarting(sheet.rows, "Initial")).toEqual(["Initial", 2, 1, 1, 0, 0, 4]);
    expect(values(sheet.rows).flat()).toContain("Direction of travel: 2 improved, 1 the same, 1 worse.");
  });

  it("lists overdue and Red items, most overdue first", () => {
    expect(exceptions(analysis.plan, "2023-03-31").map((e) => [e.item.ref, e.rating, e.daysOverdue])).toEqual([["1.2", "Amber", 59], ["2.1", "Green", 31], ["1.3", "Red", 0]]);
    expect(rowStarting(sheet.rows, "Train officers")).toEqual(["Train officers", "1.2", "Head of SEND", "31 Jan 2023", "Amber", 59, "Area 1: EHC plans"]);
  });

  it("prints landscape, one page wide, repeating the exceptions' headings (the table that runs on), with page numbers", () => {
    const headRow = values(sheet.rows).findIndex((r) => r[0] === "Action / milestone") + 1;
    expect(sheet.print).toEqual({ orientation: "landscape", fitToWidth: 1, fitToHeight: 0, repeatRows: `${headRow}:${headRow}`, footer: "&LHounslow WSOA: progress&RPage &P of &N" });
  });
});

describe("a very large plan's exceptions", () => {
  it("lists the most overdue first up to MAX_EXCEPTIONS, then says how many more", () => {
    const rows = ["Ref | Action | Deadline | RAG", ...Array.from({ length: 250 }, (_, i) => `${i + 1} | Action ${i + 1} | ${(i % 28) + 1}/01/2023 | Amber`)];
    const big = analysePlan(grid(rows), { sheet: "Plan", today: "2023-03-31" })!;
    const sheet = buildSummarySheet(big, { name: "Summary", today: "2023-03-31" });
    const listed = sheet.rows.filter((r) => typeof r[0]?.value === "string" && /^Action \d+$/.test(r[0].value));
    expect(listed).toHaveLength(MAX_EXCEPTIONS);
    expect(listed[0]![5]!.value).toBe(89); // due 1 Jan 2023
    expect(values(sheet.rows).flat()).toContain("… and 50 more overdue or Red items, less overdue than those above: Validate in the task pane (or wsoa check) lists them all.");
  });
});
