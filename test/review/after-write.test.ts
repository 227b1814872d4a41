import { afterWrite } from "../../src/review/after-write";
import type { WorkbookSnapshot } from "../../src/workbook/port";

const snapshot = (): WorkbookSnapshot => ({
  sheets: [
    { name: "Plan", visibility: "visible", protected: false, grid: { values: [["Ref", "RAG"], ["1.1", "Red "]], origin: { row: 1, col: 1 } } },
    { name: "WSOA Tracker", visibility: "veryHidden", protected: false, ownedAs: "settings", grid: { values: [["key", "value"], ["config", "{}"]], origin: { row: 1, col: 1 } } },
  ],
});

describe("afterWrite: the workbook as a write left it, without reading it again", () => {
  it("puts each fixed rating in its cell and leaves the snapshot it came from alone", () => {
    const before = snapshot();
    const after = afterWrite(before, { edits: [{ sheet: "plan", cell: "B2", before: "Red ", after: "Red" }] })!;
    expect(after.sheets[0]!.grid.values[1]).toEqual(["1.1", "Red"]);
    expect(before.sheets[0]!.grid.values[1]).toEqual(["1.1", "Red "]);
  });

  it("replaces our state sheet's rows and adds the summary sheet it built, marked ours", () => {
    const after = afterWrite(snapshot(), {
      stateSheet: { name: "WSOA Tracker", rows: [["key", "value"], ["config", '{"sheet":"Plan"}']] },
      sheets: [{ name: "Summary", rows: [[{ value: "Workstream" }, { value: 3 }]], columnWidths: [], merges: [], print: { orientation: "portrait", fitToWidth: 1, fitToHeight: 0 } as never }],
    })!;
    expect(after.sheets.find((s) => s.name === "WSOA Tracker")!.grid.values[1]).toEqual(["config", '{"sheet":"Plan"}']);
    expect(after.sheets.find((s) => s.name === "Summary")).toMatchObject({ ownedAs: "summary", grid: { values: [["Workstream", 3]] } });
  });

  it("gives up (the caller reads) on a write it cannot follow: a user's new plan sheet, an edit on a sheet it does not know", () => {
    expect(afterWrite(snapshot(), { sheets: [{ name: "New plan", role: "user", rows: [], columnWidths: [], merges: [], print: {} as never }] })).toBeNull();
    expect(afterWrite(snapshot(), { edits: [{ sheet: "Gone", cell: "A1", before: "x", after: "y" }] })).toBeNull();
  });
});
