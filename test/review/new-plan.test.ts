import { analysePlan } from "../../src/core/analyse";
import type { CellValue } from "../../src/core/grid";
import { BUILT_IN_SCHEMES } from "../../src/core/ratings/scheme";
import { NEW_PLAN_COLUMNS, NEW_PLAN_HEADER_ROW } from "../../src/core/specs/new-plan-sheet";
import { readState, STATE_SHEET } from "../../src/core/state";
import { planNewPlan } from "../../src/review/new-plan";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/port";

const sheet = (name: string, values: CellValue[][]): SheetSnapshot => ({ name, visibility: "visible", protected: false, grid: { values, origin: { row: 1, col: 1 } } });
const stateSheet = (config: object, owned: string[] = []): SheetSnapshot => ({
  ...sheet(STATE_SHEET, [["title"], ["config", JSON.stringify(config)], ["ownedSheets", JSON.stringify(owned)]]),
  visibility: "veryHidden",
});

describe("planNewPlan", () => {
  it.each([
    ["Action plan 2024/25", /"Action plan 2024\/25" cannot be a sheet name in Excel: a sheet name cannot contain "\/".*such as "Action plan 2024-25"/],
    ["History", /cannot be "History"/],
    ["SEND written statement of action plan 2024", /at most 31/],
  ])("refuses the name %p with a sentence the form can show, before anything is written", (name, message) => {
    expect(() => planNewPlan({ sheets: [sheet("Sheet1", [])] }, { scheme: "rag", name })).toThrow(message);
  });

  it("marks the new plan sheet as the user's: no ownership marker, never replaced by us", () => {
    expect(planNewPlan({ sheets: [sheet("Sheet1", [])] }, { scheme: "rag" }).writes[0].sheets![0]!.role).toBe("user");
  });

  const empty: WorkbookSnapshot = { sheets: [sheet("Sheet1", [])] };

  it("writes a blank plan sheet that the header detection reads back as a plan", () => {
    const { sheet: name, writes: [write] } = planNewPlan(empty, { scheme: "rag5" });
    expect(name).toBe("Action plan");
    const spec = write.sheets![0]!;
    const grid = { values: spec.rows.map((r) => r.map((c) => c.value)), origin: { row: 1, col: 1 } };
    const analysis = analysePlan(grid, { sheet: name, today: "2025-01-31", scheme: BUILT_IN_SCHEMES.rag5 })!;
    expect(analysis.plan.headerRow).toBe(NEW_PLAN_HEADER_ROW);
    for (const [i, c] of NEW_PLAN_COLUMNS.entries()) expect(analysis.plan.columns[c.field]).toBe(i + 1);
    expect(spec.freezeRows).toBe(NEW_PLAN_HEADER_ROW);
    expect(write.activate).toBe(name);
  });

  it("shows the rating key as words on their colours", () => {
    const spec = planNewPlan(empty, { scheme: "brag" }).writes[0].sheets![0]!;
    const key = spec.rows[1]!.slice(1);
    expect(key.map((c) => c.value)).toEqual(["Blue", "Green", "Amber", "Red"]);
    expect(key[0]!.style?.fill).toBe(BUILT_IN_SCHEMES.brag.ratings[0]!.fill);
  });

  it("adds rating dropdowns and one colour rule per rating on both rating columns, bounded", () => {
    const { writes } = planNewPlan(empty, { scheme: "rag" });
    expect(writes).toHaveLength(1);
    const format = writes[0].format!;
    expect(format.sheet).toBe("Action plan");
    expect(format.validations.map((v) => v.range).sort()).toEqual(["I6:I205", "J6:J205"]);
    expect(format.rules.filter((r) => r.purpose === "rating")).toHaveLength(2 * BUILT_IN_SCHEMES.rag.ratings.length);
    expect(format.rules.some((r) => r.purpose === "overdue" && r.range === "H6:H205")).toBe(true);
  });

  it("chooses a free name and makes the new sheet the plan sheet in the stored config", () => {
    const snapshot: WorkbookSnapshot = { sheets: [sheet("Action plan", [["x"]]), { ...sheet("Summary", [["s"]]), ownedAs: "summary" }, stateSheet({ version: 1, sheet: "Action plan", headerRow: 3, columns: { status: "H" }, quarters: "financial" }, ["Summary", "Gone"])] };
    const { sheet: name, writes: [write] } = planNewPlan(snapshot, { scheme: "brag" });
    expect(name).toBe("WSOA Action plan");
    const read = readState({ values: write.stateSheet!.rows, origin: { row: 1, col: 1 } });
    expect(read).toMatchObject({ ok: true, state: { config: { version: 1, sheet: "WSOA Action plan", scheme: "brag", quarters: "financial" }, ownedSheets: ["Summary"] } });
    if (read.ok) expect(read.state.config.columns).toBeUndefined();
  });
});

describe("planNewPlan on the memory workbook", () => {
  it("creates the sheet and formats it in one write, and the plan is then read from the new sheet", async () => {
    const { MemoryWorkbook } = await import("../../src/workbook/memory");
    const { checkSnapshot } = await import("../../src/review/check");
    const wb = MemoryWorkbook.fromRows([{ name: "Notes", rows: [["hello"]] }]);
    const { sheet: name, writes } = planNewPlan(await wb.read(), { scheme: "rag5" });
    expect(writes).toHaveLength(1);
    for (const w of writes) await wb.write(w);
    expect(wb.state.active).toBe(name);
    expect(wb.sheet(name)!.rules.length).toBeGreaterThan(0);
    expect(wb.sheet(name)!.freezeRows).toBe(NEW_PLAN_HEADER_ROW);
    const resolved = checkSnapshot(await wb.read(), { today: "2025-01-31" });
    expect(resolved.report.sheet).toBe(name);
    expect(resolved.report.scheme).toBe("rag5");
  });
});
