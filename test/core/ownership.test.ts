import type { Grid } from "../../src/core/grid";
import { markedSheets, markerSheet, ownerMarkerName, ownerMarkerReference } from "../../src/core/ownership";
import { proveOwnership, type SheetFacts } from "../../src/core/ownership-proof";
import { findSheet, sheetNameProblem } from "../../src/core/sheet-names";
import { stateSheetRows, STATE_SHEET } from "../../src/core/state";

const grid = (rows: (string | null)[][]): Grid => ({ values: rows, origin: { row: 1, col: 1 } });
const sheet = (name: string, rows: (string | null)[][] = [], visibility: SheetFacts["visibility"] = "visible"): SheetFacts => ({ name, visibility, grid: grid(rows) });
const legacyState = (owned: string[]) => sheet(STATE_SHEET, stateSheetRows({ config: { version: 1 }, ownedSheets: owned }, ["Red"]).rows.map((r) => r.map((v) => (v === null ? null : String(v)))), "veryHidden");
const ourSummary = (name = "Summary") => sheet(name, [["Plan: progress summary"], ["As at 1 Dec 2024. 1 of 3 items complete (33.3%); 1 overdue."], [null], ["Rating key"]]);

describe("sheet names as Excel has them", () => {
  test.each([
    ["Action plan 2024/25", /cannot contain "\/"/],
    ["x".repeat(32), /at most 31/],
    ["History", /History/],
    ["history", /History/],
    ["'Plan", /apostrophe/],
    ["  ", /blank/],
  ])("%p is refused", (name, why) => expect(sheetNameProblem(name)).toMatch(why));

  test("good names pass, and are found whatever their case", () => {
    expect(sheetNameProblem("Action plan 2024-25")).toBeNull();
    expect(sheetNameProblem("x".repeat(31))).toBeNull();
    expect(findSheet([{ name: "WSOA" }], "wsoa")).toEqual({ name: "WSOA" });
  });
});

describe("ownership markers", () => {
  test("a marker's formula names its sheet; #REF! (the sheet deleted) names none", () => {
    expect(ownerMarkerName("summary")).toBe("WSOA_Owned_Summary");
    expect(markerSheet(`=${ownerMarkerReference("Board's paper")}`)).toBe("Board's paper");
    expect(markerSheet("=Summary!$A$1")).toBe("Summary");
    expect(markerSheet("Summary!$A$1")).toBe("Summary");
    expect(markerSheet("=#REF!$A$1")).toBeNull();
    expect(markerSheet("=Summary!$B$2")).toBeNull();
    expect([...markedSheets([{ name: "wsoa_owned_summary", formula: "='Board paper'!$A$1" }, { name: "Other", formula: "=X!$A$1" }])]).toEqual([["summary", "Board paper"]]);
  });

  test("a marker proves a sheet ours whatever it is called now", () => {
    const sheets = [sheet("Plan"), sheet("Board paper"), sheet("Summary")];
    proveOwnership(sheets, [{ name: "WSOA_Owned_Summary", formula: "='Board paper'!$A$1" }]);
    expect(sheets.map((s) => s.ownedAs)).toEqual([undefined, "summary", undefined]);
  });

  test("before markers: our very hidden settings and a summary still holding our cells are adopted", () => {
    const sheets = [sheet("Plan"), ourSummary(), legacyState(["Summary"])];
    proveOwnership(sheets, []);
    expect(sheets.map((s) => s.ownedAs)).toEqual([undefined, "summary", "settings"]);
  });

  test("before markers: a user's sheet that took the listed name is not adopted, nor a visible sheet called like our settings", () => {
    const mine = [sheet("Plan"), sheet("Summary", [["My notes"]]), legacyState(["Summary"])];
    proveOwnership(mine, []);
    expect(mine.map((s) => s.ownedAs)).toEqual([undefined, undefined, "settings"]);
    const visible = [ourSummary(), { ...legacyState(["Summary"]), visibility: "visible" as const }];
    proveOwnership(visible, []);
    expect(visible.map((s) => s.ownedAs)).toEqual([undefined, undefined]);
  });

  test("a summary marker gone to #REF! is not replaced by a guess from the old list unless the cells are ours", () => {
    const sheets = [sheet("Summary", [["x"]]), legacyState(["Summary"])];
    proveOwnership(sheets, [{ name: "WSOA_Owned_Summary", formula: "=#REF!$A$1" }, { name: "WSOA_Owned_Settings", formula: `='${STATE_SHEET}'!$A$1` }]);
    expect(sheets.map((s) => s.ownedAs)).toEqual([undefined, "settings"]);
  });
});
