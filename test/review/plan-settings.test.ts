import { readState, STATE_SHEET } from "../../src/core/state";
import { exampleSheets, EXAMPLE_TODAY } from "../../src/playground/example";
import { planApply } from "../../src/review/apply";
import { loadPlan } from "../../src/review/load-plan";
import { planNewPlan } from "../../src/review/new-plan";
import { planResetSettings, planSettingChange } from "../../src/review/settings";
import { MemoryWorkbook } from "../../src/workbook/memory";

const today = EXAMPLE_TODAY;
const stateOfMemory = (wb: MemoryWorkbook) => readState({ values: wb.sheet(STATE_SHEET)!.values, origin: { row: 1, col: 1 } });
const listOn = (wb: MemoryWorkbook, col: number) => wb.sheet(STATE_SHEET)!.values.slice(1).map((r) => r[col]).filter((v) => v !== null && v !== undefined);

async function formattedExample() {
  const wb = MemoryWorkbook.fromRows(exampleSheets());
  await wb.write(planApply(await wb.read(), { today, summary: false }).write);
  return wb;
}

describe("a renamed plan sheet", () => {
  it("is found again by its headings, and the pane is told which sheet it now reads", async () => {
    const wb = await formattedExample();
    await wb.write(planSettingChange(await wb.read(), "Action plan", { kind: "column", field: "lead", letter: "D" }).write);
    wb.sheet("Action plan")!.name = "Action plan Mar 2023";
    const load = loadPlan(await wb.read(), today);
    expect(load.kind).toBe("ready");
    if (load.kind !== "ready") return;
    expect(load.moved).toEqual({ from: "Action plan", to: "Action plan Mar 2023" });
    expect(load.overview.items).toBe(12);
  });

  it("asks when more than one sheet could be the plan", async () => {
    const wb = await formattedExample();
    await wb.write(planSettingChange(await wb.read(), "Action plan", { kind: "headerRow", row: 4 }).write);
    const copy = wb.sheet("Action plan")!;
    wb.state.sheets.push({ ...copy, name: "Copy of plan", values: copy.values.map((r) => [...r]) });
    copy.name = "Renamed plan";
    const load = loadPlan(await wb.read(), today);
    expect(load).toMatchObject({ kind: "ask", from: "Action plan", candidates: ["Renamed plan", "Copy of plan"] });
  });

  it("can be chosen from the workbook's sheets, which the settings then name", async () => {
    const wb = await formattedExample();
    wb.sheet("Action plan")!.name = "Plan v2";
    wb.state.sheets.push({ ...wb.sheet("Plan v2")!, name: "Plan v3" });
    const change = planSettingChange(await wb.read(), null, { kind: "sheet", sheet: "Plan v3" });
    expect(change.change).toMatch(/applies to everyone who opens it/);
    await wb.write(change.write);
    const load = loadPlan(await wb.read(), today);
    expect(load.kind === "ready" && load.overview.sheet).toBe("Plan v3");
  });
});

describe("New plan", () => {
  it("leaves the first plan's dropdowns and rating list intact, and the first plan can be followed again", async () => {
    const wb = await formattedExample();
    const before = wb.sheet("Action plan")!.validations.map((v) => ({ ...v }));
    const listBefore = listOn(wb, 3);
    expect(listBefore).toEqual(["Red", "Amber", "Light Green", "Dark Green", "Completed"]);
    const made = planNewPlan(await wb.read(), { scheme: "brag", name: "Plan 2024", current: "Action plan" });
    expect(made.listName).toBe("WSOA_Ratings_2");
    for (const w of made.writes) await wb.write(w);
    // The first plan: same dropdowns, same list, same named range.
    expect(wb.sheet("Action plan")!.validations).toEqual(before);
    expect(listOn(wb, 3)).toEqual(listBefore);
    expect(wb.state.names.get("WSOA_Ratings")).toMatch(/\$D\$2:\$D\$6/);
    // The new plan: its own list in column E.
    expect(listOn(wb, 4)).toEqual(["Blue", "Green", "Amber", "Red"]);
    expect(wb.sheet("Plan 2024")!.validations.map((v) => v.source)).toEqual(["=WSOA_Ratings_2", "=WSOA_Ratings_2"]);
    const state = stateOfMemory(wb);
    expect(state.ok && state.state.config).toMatchObject({ sheet: "Plan 2024", scheme: "brag", ratingList: "WSOA_Ratings_2", plans: { "Action plan": {} } });
    // Formatting the new plan again rewrites only its own list.
    await wb.write(planApply(await wb.read(), { today, summary: false }).write);
    expect(listOn(wb, 3)).toEqual(listBefore);
    // Switching back is explicit, and the first plan reads as before.
    await wb.write(planSettingChange(await wb.read(), "Plan 2024", { kind: "sheet", sheet: "Action plan" }).write);
    const load = loadPlan(await wb.read(), today);
    expect(load.kind === "ready" && [load.overview.sheet, load.overview.schemeId, load.overview.otherPlans]).toEqual(["Action plan", "rag5", ["Plan 2024"]]);
    await wb.write(planApply(await wb.read(), { today, summary: false }).write);
    expect(wb.sheet("Action plan")!.validations.map((v) => v.source)).toEqual(["=WSOA_Ratings", "=WSOA_Ratings"]);
    expect(listOn(wb, 4)).toEqual(["Blue", "Green", "Amber", "Red"]);
  });
});

describe("damaged settings", () => {
  it("are described in plain words and can be reset, keeping our sheets and the rating list", async () => {
    const wb = MemoryWorkbook.fromRows(exampleSheets());
    await wb.write(planApply(await wb.read(), { today }).write);
    wb.sheet(STATE_SHEET)!.values[1]![1] = '{"version":1,"sheet":"Action plan" "scheme":"rag5"}';
    const load = loadPlan(await wb.read(), today);
    expect(load).toEqual({ kind: "damaged", problems: ["The saved settings cannot be read: the text holding them was cut short or edited by hand."] });
    const reset = planResetSettings(await wb.read());
    await wb.write(reset.write);
    const state = stateOfMemory(wb);
    expect(state.ok && state.state).toEqual({ config: { version: 1 }, ownedSheets: ["Summary"] });
    expect(listOn(wb, 3)).toEqual(["Red", "Amber", "Light Green", "Dark Green", "Completed"]);
    expect(loadPlan(await wb.read(), today).kind).toBe("ready");
  });

  it("name the setting that is wrong without a parser's words", async () => {
    const wb = MemoryWorkbook.fromRows(exampleSheets());
    await wb.write(planApply(await wb.read(), { today }).write);
    wb.sheet(STATE_SHEET)!.values[1]![1] = '{"version":1,"scheme":"purple"}';
    expect(loadPlan(await wb.read(), today)).toEqual({ kind: "damaged", problems: ["The saved setting for the rating scheme is not one WSOA Tracker understands."] });
  });
});
