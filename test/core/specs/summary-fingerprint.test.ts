import type { Grid } from "../../../src/core/grid";
import { editedSummaryRows, summaryRowHashes } from "../../../src/core/specs/summary-fingerprint";
import type { SheetSpec } from "../../../src/core/specs/types";
import { readState, stateSheetRows } from "../../../src/core/state";

const spec = { name: "Summary", rows: [[{ value: "Title" }], [{ value: "As at" }, { value: 0.25 }], [], [{ value: "Red" }, { value: 3 }]], columnWidths: [], merges: [], print: { orientation: "landscape", fitToWidth: 1, fitToHeight: 0 } } as SheetSpec;
const asRead = (rows: (string | number | null)[][], origin = { row: 1, col: 1 }): Grid => ({ values: rows, origin });

describe("the summary's fingerprint", () => {
  const stored = summaryRowHashes(spec);

  test("the summary read back as written shows no edits, blanks and spacing as Excel gives them", () => {
    expect(editedSummaryRows(stored, asRead([["Title"], ["As at", 0.25], [], ["Red", 3]]))).toEqual([]);
    expect(editedSummaryRows(stored, asRead([["Title ", null], ["As at", 0.25], [null, null], ["Red", 3]]))).toEqual([]);
  });

  test("an edited cell, a cleared row and a row typed below are each reported by row", () => {
    expect(editedSummaryRows(stored, asRead([["Title", "Draft"], ["As at", 0.25], [], ["Red", 3]]))).toEqual([1]);
    expect(editedSummaryRows(stored, asRead([["Title"], ["As at", 0.25], [], [null, null]]))).toEqual([4]);
    expect(editedSummaryRows(stored, asRead([["Title"], ["As at", 0.25], [], ["Red", 3], [], ["my note"]]))).toEqual([6]);
  });

  test("is kept on the settings sheet (B4) and read back; a layout without it reads as unknown", () => {
    const rows = stateSheetRows({ config: { version: 1 }, ownedSheets: ["Summary"], summaryRows: stored }, ["Red", "Green"]).rows;
    const read = readState({ values: rows, origin: { row: 1, col: 1 } });
    expect(read.ok && read.state.summaryRows).toEqual(stored);
    const old = readState({ values: rows.slice(0, 3), origin: { row: 1, col: 1 } });
    expect(old.ok && old.state.summaryRows).toBeUndefined();
  });
});
