import { freeSheetName, readState, stateSheetRows } from "../../src/core/state";
import type { Grid } from "../../src/core/grid";

const gridOf = (rows: (string | null)[][]): Grid => ({ values: rows, origin: { row: 1, col: 1 } });

describe("state sheet", () => {
  it("gives defaults when the workbook has no state sheet", () => {
    expect(readState(null)).toEqual({ ok: true, found: false, state: { config: { version: 1 }, ownedSheets: [] } });
  });

  it("round-trips config, owned sheets and the rating list", () => {
    const { rows, listRange } = stateSheetRows({ config: { version: 1, scheme: "brag", columns: { status: "G" } }, ownedSheets: ["Summary"] }, ["Blue", "Green", "Amber", "Red"]);
    expect(listRange).toBe("$D$2:$D$5");
    expect(rows.map((r) => r[3])).toEqual(["Ratings", "Blue", "Green", "Amber", "Red"]);
    expect(readState(gridOf(rows.map((r) => r.map((v) => (v === null ? null : String(v))))))).toEqual({ ok: true, found: true, state: { config: { version: 1, scheme: "brag", columns: { status: "G" } }, ownedSheets: ["Summary"] } });
  });

  it("names the bad key of a hand-edited config instead of falling back to defaults", () => {
    const r = readState(gridOf([["title"], ["config", '{"scheme":"rag","quarters":"fiscal"}'], ["ownedSheets", "[]"]]));
    expect(r).toEqual({ ok: false, problems: [expect.objectContaining({ key: "quarters" })] });
    const broken = readState(gridOf([["title"], ["config", '{"scheme":'], ["ownedSheets", "[]"]]));
    expect(broken.ok ? "" : broken.problems[0]!.key).toBe("config");
    const owned = readState(gridOf([["title"], ["config", "{}"], ["ownedSheets", '"Summary"']]));
    expect(owned.ok ? "" : owned.problems[0]!.key).toBe("ownedSheets");
  });

  it("never takes a user's sheet name for ours", () => {
    expect(freeSheetName("Summary", ["WSOA"], [])).toBe("Summary");
    expect(freeSheetName("Summary", ["WSOA", "Summary"], ["Summary"])).toBe("Summary");
    expect(freeSheetName("Summary", ["WSOA", "summary"], [])).toBe("WSOA Summary");
    expect(freeSheetName("Summary", ["Summary", "WSOA Summary"], [])).toBe("WSOA Summary 2");
  });
});

describe("one rating list per plan", () => {
  it("names and places each plan's list: WSOA_Ratings in D, WSOA_Ratings_2 in E", async () => {
    const { ratingListName, ratingListIndex, ratingListRange } = await import("../../src/core/state");
    expect([0, 1, 2].map(ratingListName)).toEqual(["WSOA_Ratings", "WSOA_Ratings_2", "WSOA_Ratings_3"]);
    expect(ratingListIndex("WSOA_Ratings_2")).toBe(1);
    expect(ratingListIndex(undefined)).toBe(0);
    expect(ratingListRange(4, 1)).toBe("$E$2:$E$5");
  });

  it("writes the followed plan's list in its own column and keeps the others as they are", () => {
    const { rows, listRange } = stateSheetRows({ config: { version: 1, ratingList: "WSOA_Ratings_2" }, ownedSheets: [] }, ["Blue", "Green", "Amber", "Red"], [{ index: 0, labels: ["Red", "Amber", "Light Green", "Dark Green", "Completed"] }]);
    expect(listRange).toBe("$E$2:$E$5");
    expect(rows.slice(1).map((r) => r[3])).toEqual(["Red", "Amber", "Light Green", "Dark Green", "Completed"]);
    expect(rows.slice(1).map((r) => r[4])).toEqual(["Blue", "Green", "Amber", "Red", null]);
  });
});
