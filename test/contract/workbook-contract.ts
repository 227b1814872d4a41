import { cellText, cellAt, type Grid } from "../../src/core/grid";
import { OUR_TAG } from "../../src/core/specs/types";
import { RATING_LIST_NAME, STATE_SHEET } from "../../src/core/state";
import { isWorkbookError } from "../../src/workbook/errors";
import type { Workbook, WorkbookSnapshot } from "../../src/workbook/port";
import { applyPlan, LEGACY_SUMMARY, legacyStateSheet, PLAN, planFormat, stateRows, summarySheet, TRICKY_TEXT, USER_RATING_RULES, USER_RULE, type FixtureOptions, type FixtureSheet } from "./fixture";

/**
 * What the contract needs to see that the port does not show (rules, dropdowns, names):
 * each adapter's test supplies these by looking inside its own library.
 */
export interface Harness {
  workbook: Workbook;
  /** Formulas of every conditional format on the sheet, without a leading "=". */
  ruleFormulas(sheet: string): Promise<string[]>;
  /** The list source of the dropdown at a cell (e.g. "=WSOA_Ratings"), or null. */
  validationSource(sheet: string, cell: string): Promise<string | null>;
  /** Workbook-scoped names. */
  names(): Promise<string[]>;
}

export type MakeHarness = (sheets: FixtureSheet[], options?: FixtureOptions) => Promise<Harness>;

/** What an adapter's library can set up: ExcelJS cannot mark a workbook's structure protected. */
export interface Capabilities {
  structureProtection: boolean;
}

const gridOf = (snapshot: WorkbookSnapshot, name: string): Grid => {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name} in ${snapshot.sheets.map((s) => s.name).join(", ")}`);
  return sheet.grid;
};
const text = (grid: Grid, address: string) => {
  const m = /^([A-Z])(\d+)$/.exec(address)!;
  return cellText(cellAt(grid, Number(m[2]), m[1]!.charCodeAt(0) - 64));
};
const strip = (f: string) => f.replace(/^=/, "");

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected the write to be refused");
}

/** The shared contract every Workbook adapter passes (DESIGN.md "Architecture"). */
export function testWorkbook(name: string, make: MakeHarness, can: Capabilities = { structureProtection: true }): void {
  describe(`Workbook contract: ${name}`, () => {
    safetyCases(make, can);
    test("reads the plan back as it is in the workbook", async () => {
      const h = await make([PLAN]);
      const grid = gridOf(await h.workbook.read(), "Plan");
      PLAN.rows.forEach((row, r) => row.forEach((v, c) => expect(cellText(cellAt(grid, r + 1, c + 1))).toBe(cellText(v))));
    });

    test("writes our rules, dropdowns and rating list; the plan's values are untouched", async () => {
      const h = await make([PLAN]);
      await h.workbook.write(applyPlan());
      const formulas = (await h.ruleFormulas("Plan")).map(strip);
      for (const rule of planFormat().rules) expect(formulas).toContain(rule.formula);
      expect(await h.validationSource("Plan", "E3")).toBe(`=${RATING_LIST_NAME}`);
      expect(await h.validationSource("Plan", "E105")).toBe(`=${RATING_LIST_NAME}`);
      expect(await h.names()).toContain(RATING_LIST_NAME);
      const snapshot = await h.workbook.read();
      PLAN.rows.forEach((row, r) => row.forEach((v, c) => expect(cellText(cellAt(gridOf(snapshot, "Plan"), r + 1, c + 1))).toBe(cellText(v))));
      expect(["D2", "D3", "D4"].map((a) => text(gridOf(snapshot, STATE_SHEET), a))).toEqual(["Red", "Amber", "Green"]);
    });

    test("writing twice leaves one copy of each of our rules", async () => {
      const h = await make([PLAN]);
      await h.workbook.write(applyPlan());
      await h.workbook.write(applyPlan());
      const ours = (await h.ruleFormulas("Plan")).filter((f) => f.includes(OUR_TAG));
      expect(ours).toHaveLength(planFormat().rules.length);
      expect((await h.names()).filter((n) => n === RATING_LIST_NAME)).toHaveLength(1);
    });

    test("keeps the user's own conditional formats", async () => {
      const h = await make([{ ...PLAN, userRules: [USER_RULE] }]);
      await h.workbook.write(applyPlan());
      await h.workbook.write(applyPlan());
      expect((await h.ruleFormulas("Plan")).map(strip)).toContain(USER_RULE.formula);
    });

    test("replaces the summary sheet it owns, leaving nothing of the old one", async () => {
      const h = await make([PLAN]);
      await h.workbook.write(applyPlan(["one", "two", "three"]));
      await h.workbook.write(applyPlan(["only"]));
      const snapshot = await h.workbook.read();
      expect(snapshot.sheets.filter((s) => s.name === "Summary")).toHaveLength(1);
      const summary = gridOf(snapshot, "Summary");
      expect(text(summary, "A2")).toBe("only");
      expect(text(summary, "A3")).toBe("");
      expect(text(summary, "A4")).toBe("");
    });

    test("refuses to overwrite a user's sheet with the summary's name, and writes nothing", async () => {
      const mine = { name: "Summary", rows: [["My own notes"]] };
      const h = await make([PLAN, mine]);
      const error = await rejection(h.workbook.write(applyPlan()));
      expect(isWorkbookError(error) && error.code).toBe("write-failed");
      const snapshot = await h.workbook.read();
      expect(text(gridOf(snapshot, "Summary"), "A1")).toBe("My own notes");
      expect((await h.ruleFormulas("Plan")).filter((f) => f.includes(OUR_TAG))).toHaveLength(0);
    });

    test("writes an edit only where the cell still holds what it held", async () => {
      const h = await make([PLAN]);
      await h.workbook.write({ edits: [{ sheet: "Plan", cell: "E4", before: "amber ", after: "Amber" }] });
      expect(text(gridOf(await h.workbook.read(), "Plan"), "E4")).toBe("Amber");
      const stale = h.workbook.write({
        edits: [
          { sheet: "Plan", cell: "E5", before: "Green", after: "GREEN" },
          { sheet: "Plan", cell: "E3", before: "Amber", after: "Green" },
        ],
      });
      expect(isWorkbookError(await rejection(stale))).toBe(true);
      const after = gridOf(await h.workbook.read(), "Plan");
      expect([text(after, "E3"), text(after, "E5")]).toEqual(["Red", "Green"]);
    });

    test("keeps its state sheet very hidden", async () => {
      const h = await make([PLAN]);
      await h.workbook.write({ stateSheet: stateRows([]) });
      await h.workbook.write({ stateSheet: stateRows(["Summary"]) });
      const states = (await h.workbook.read()).sheets.filter((s) => s.name === STATE_SHEET);
      expect(states.map((s) => s.visibility)).toEqual(["veryHidden"]);
      expect(text(states[0]!.grid, "B3")).toBe('["Summary"]');
    });

    test("refuses to format a protected sheet, and writes nothing", async () => {
      const h = await make([{ ...PLAN, protected: true }]);
      const error = await rejection(h.workbook.write(applyPlan()));
      expect(isWorkbookError(error) && error.code).toBe("protected");
      const snapshot = await h.workbook.read();
      expect(snapshot.sheets.find((s) => s.name === "Plan")?.protected).toBe(true);
      expect(snapshot.sheets.some((s) => s.name === "Summary" || s.name === STATE_SHEET)).toBe(false);
    });

    test("creates a sheet and formats it in one write: rules and dropdowns on it, and it reads back", async () => {
      const h = await make([PLAN]);
      await h.workbook.write({ sheets: [summarySheet(["one", "two"], "New plan")], format: planFormat("New plan"), stateSheet: stateRows([]), activate: "New plan" });
      const formulas = (await h.ruleFormulas("New plan")).map(strip);
      for (const rule of planFormat().rules) expect(formulas).toContain(rule.formula);
      expect(await h.validationSource("New plan", "E3")).toBe(`=${RATING_LIST_NAME}`);
      expect(await h.names()).toContain(RATING_LIST_NAME);
      expect((await h.ruleFormulas("Plan")).filter((f) => f.includes(OUR_TAG))).toHaveLength(0);
      const snapshot = await h.workbook.read();
      expect([text(gridOf(snapshot, "New plan"), "A2"), text(gridOf(snapshot, "New plan"), "A3")]).toEqual(["one", "two"]);
      expect(text(gridOf(snapshot, "Plan"), "B3")).toBe("Recruit two EPs");
    });

    test("refuses to format a sheet that neither exists nor is created by the write, and writes nothing", async () => {
      const h = await make([PLAN]);
      const error = await rejection(h.workbook.write({ sheets: [summarySheet(["x"])], format: planFormat("Elsewhere"), stateSheet: stateRows(["Summary"]) }));
      expect(isWorkbookError(error) && error.code).toBe("no-sheet");
      expect((await h.workbook.read()).sheets.map((s) => s.name)).toEqual(["Plan"]);
    });

    test("refuses to replace the sheet it formats, even one of its own, and writes nothing", async () => {
      const h = await make([PLAN]);
      await h.workbook.write({ sheets: [summarySheet(["old"])], stateSheet: stateRows(["Summary"]) });
      const error = await rejection(h.workbook.write({ sheets: [summarySheet(["new"])], format: planFormat("Summary"), stateSheet: stateRows(["Summary"]) }));
      expect(isWorkbookError(error) && error.code).toBe("write-failed");
      expect(text(gridOf(await h.workbook.read(), "Summary"), "A2")).toBe("old");
    });

    test("summary written with its values", async () => {
      const h = await make([PLAN]);
      await h.workbook.write({ sheets: [summarySheet(["a", "b"])], stateSheet: stateRows(["Summary"]) });
      const summary = gridOf(await h.workbook.read(), "Summary");
      expect([text(summary, "A1"), text(summary, "A3"), text(summary, "B3")]).toEqual(["WSOA summary", "b", "2"]);
    });
  });
}

/** The write rules of preflight.ts, as every adapter must keep them (issue 8). */
function safetyCases(make: MakeHarness, can: Capabilities): void {
  test("apply twice on a sheet with three of the user's own rules on the rating column leaves them intact", async () => {
    const h = await make([{ ...PLAN, userRules: USER_RATING_RULES }]);
    await h.workbook.write(applyPlan());
    await h.workbook.write(applyPlan());
    const formulas = (await h.ruleFormulas("Plan")).map(strip);
    for (const rule of USER_RATING_RULES) expect(formulas.filter((f) => f === rule.formula)).toHaveLength(1);
    expect(formulas.filter((f) => f.includes(OUR_TAG))).toHaveLength(planFormat().rules.length);
    expect(formulas).toHaveLength(USER_RATING_RULES.length + planFormat().rules.length);
  });

  test("summary text reads back as the same text: never a formula, number or date", async () => {
    const h = await make([PLAN]);
    await h.workbook.write({ sheets: [summarySheet(TRICKY_TEXT)], stateSheet: stateRows(["Summary"]) });
    const summary = gridOf(await h.workbook.read(), "Summary");
    expect(TRICKY_TEXT.map((_, i) => cellAt(summary, i + 2, 1))).toEqual(TRICKY_TEXT);
    expect(cellAt(summary, 3, 2)).toBe(2); // numbers stay numbers
  });

  test("an edit over a formula cell is refused, and nothing of the write is written", async () => {
    const h = await make([{ ...PLAN, formulas: { E4: '=LOWER("AMBER ")' } }]);
    const error = await rejection(h.workbook.write({ edits: [{ sheet: "Plan", cell: "E5", before: "Green", after: "GREEN" }, { sheet: "Plan", cell: "E4", before: "amber ", after: "Amber" }] }));
    expect(isWorkbookError(error) && error.message).toMatch(/E4 holds a formula/);
    const plan = gridOf(await h.workbook.read(), "Plan");
    expect([text(plan, "E4"), text(plan, "E5")]).toEqual(["amber", "Green"]);
    expect(plan.formulaCells).toContain("E4");
  });

  test.each(["Action plan 2024/25", "History", "A plan name far longer than thirty-one"])("a sheet named %p is refused before anything is written", async (bad) => {
    const h = await make([PLAN]);
    const error = await rejection(h.workbook.write({ sheets: [{ ...summarySheet(["x"], bad), role: "user" }], format: planFormat(bad), stateSheet: stateRows([]) }));
    expect(isWorkbookError(error) && error.message).toMatch(/cannot be a sheet name in Excel/);
    const snapshot = await h.workbook.read();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Plan"]);
    expect(await h.names()).toEqual([]);
  });

  test("reads a sheet named in another case (Excel ignores case in sheet names)", async () => {
    const h = await make([PLAN, { name: "Notes", rows: [["n"]] }]);
    const snapshot = await h.workbook.read({ sheets: ["plan"] });
    expect(text(gridOf(snapshot, "Plan"), "B3")).toBe("Recruit two EPs");
    expect(gridOf(snapshot, "Notes").values).toEqual([]);
  });

  test("marks the sheets it makes as its own, and updates the summary in place: same position, nothing of the old left", async () => {
    const h = await make([PLAN]);
    await h.workbook.write(applyPlan(["one", "two", "three"]));
    const first = await h.workbook.read();
    expect(Object.fromEntries(first.sheets.filter((s) => s.ownedAs).map((s) => [s.name, s.ownedAs]))).toEqual({ Summary: "summary", [STATE_SHEET]: "settings" });
    await h.workbook.write(applyPlan(["only"]));
    const again = await h.workbook.read();
    expect(again.sheets.map((s) => s.name)).toEqual(first.sheets.map((s) => s.name));
    expect([text(gridOf(again, "Summary"), "A2"), text(gridOf(again, "Summary"), "A3")]).toEqual(["only", ""]);
  });

  test("a workbook from before ownership markers: its own summary is adopted and updated, a user's sheet that took the name is not", async () => {
    const ours = await make([PLAN, LEGACY_SUMMARY, legacyStateSheet(["Summary"])]);
    await ours.workbook.write(applyPlan(["new"]));
    const adopted = await ours.workbook.read();
    expect(text(gridOf(adopted, "Summary"), "A2")).toBe("new");
    expect(adopted.sheets.find((s) => s.name === "Summary")?.ownedAs).toBe("summary");

    const theirs = await make([PLAN, { name: "Summary", rows: [["My own notes"]] }, legacyStateSheet(["Summary"])]);
    const error = await rejection(theirs.workbook.write(applyPlan()));
    expect(isWorkbookError(error) && error.message).toMatch(/was not made by WSOA Tracker/);
    expect(text(gridOf(await theirs.workbook.read(), "Summary"), "A1")).toBe("My own notes");
  });

  test("never replaces a sheet of the settings sheet's name that is not ours", async () => {
    const h = await make([PLAN, { name: STATE_SHEET, rows: [["someone's notes"]] }]);
    const error = await rejection(h.workbook.write(applyPlan()));
    expect(isWorkbookError(error) && error.message).toMatch(/was not made by WSOA Tracker/);
    expect(text(gridOf(await h.workbook.read(), STATE_SHEET), "A1")).toBe("someone's notes");
  });

  (can.structureProtection ? test : test.skip)("under Review › Protect Workbook a write that adds sheets is refused with a message naming it, and nothing is written", async () => {
    const h = await make([PLAN], { structureProtected: true });
    const error = await rejection(h.workbook.write(applyPlan()));
    expect(isWorkbookError(error) && error.code).toBe("protected");
    expect((error as Error).message).toMatch(/Review › Protect Workbook/);
    expect((await h.workbook.read()).sheets.map((s) => s.name)).toEqual(["Plan"]);
    expect((await h.ruleFormulas("Plan")).filter((f) => f.includes(OUR_TAG))).toHaveLength(0);
  });
}
