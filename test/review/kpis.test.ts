import { STATE_SHEET } from "../../src/core/state";
import { checkSnapshot } from "../../src/review/check";
import { kpiView } from "../../src/review/kpis";
import { setKpiPolarityWrite } from "../../src/review/kpi-settings";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/port";
import { grid } from "../helpers/grid";

const sheet = (name: string, rows: string[], visibility: SheetSnapshot["visibility"] = "visible"): SheetSnapshot => ({ name, visibility, protected: false, grid: grid(rows) });
const plan = sheet("Plan", ["Ref | Action | Deadline | RAG", "1.1 | Write the strategy | Dec 2023 | Green"]);
const kpis = [
  "Key Performance Indicator | Baseline (Mar 23) | Milestone 1 – Jul 23 | Actual Jul 23 | Milestone 2 – Nov 23 | Actual Nov 23",
  "Timeliness",
  "% new EHCPs issued within 20 weeks | 45% | 50% | 52% | 55% | 49%",
  "Number of fixed-term suspensions | 120 | 120 | 118 | 120 | 125",
  "% families satisfied | TBC | 50% | | 60% |",
];
const snapshot = (...extra: SheetSnapshot[]): WorkbookSnapshot => ({ sheets: [plan, ...extra] });

describe("KPIs in the use cases", () => {
  it("gives the pane every KPI worded, with its rating as text and whether its direction was guessed", () => {
    const view = kpiView(checkSnapshot(snapshot(sheet("KPIs", kpis)), { today: "2024-01-31" }).kpis)!;
    expect(view.sentence).toBe("1 of 2 KPIs with data (50.0%) improved on baseline, 0 the same, 1 worse; 0 met their target, 2 missed; 1 with no data yet.");
    expect(view.items[0]).toEqual({
      name: "% new EHCPs issued within 20 weeks", sheet: "KPIs", cell: "A3", section: "Timeliness", baseline: "45%", period: "Nov 23", target: "55%", actual: "49%",
      status: "missed", direction: { word: "improved", symbol: "↑" }, rating: "Amber", polarity: "higher", polarityGuessed: false,
    });
    expect(view.items[1]).toMatchObject({ polarity: "lower", polarityGuessed: true, direction: { word: "worse", symbol: "↓" }, rating: "Red" });
    expect(view.items[2]).toMatchObject({ status: "no-data", rating: "No data", period: "", direction: { word: "not known", symbol: "–" } });
  });

  it("takes each KPI's direction from the stored config", () => {
    const state = sheet(STATE_SHEET, ["settings", `config | ${JSON.stringify({ kpis: { polarity: { suspensions: "higher" } } })}`, 'ownedSheets | []'], "veryHidden");
    const r = checkSnapshot(snapshot(sheet("KPIs", kpis), state), { today: "2024-01-31" });
    expect(r.kpis!.items[1]).toMatchObject({ polarity: "higher", polaritySource: "config", vsBaseline: "improved" });
    // Set in the config, the suspensions KPI is no longer reported as a guess.
    expect(r.report.issues.filter((i) => i.rule === "kpi.polarity-guessed")).toEqual([]);
  });

  it("ignores hidden sheets; no KPI table means no kpis in the report", () => {
    const r = checkSnapshot(snapshot(sheet("KPIs", kpis, "hidden")), { today: "2024-01-31" });
    expect(r.kpis).toBeNull();
    expect(r.report).not.toHaveProperty("kpis");
    expect(kpiView(r.kpis)).toBeNull();
  });
});

describe("setKpiPolarityWrite", () => {
  it("stores a KPI's direction in the config, keeping the rest, so the next check uses it", () => {
    const before = snapshot(sheet("KPIs", kpis));
    const resolved = checkSnapshot(before, { today: "2024-01-31" });
    const write = setKpiPolarityWrite(before, resolved, "Number of fixed-term suspensions", "higher");
    const state: SheetSnapshot = { name: STATE_SHEET, visibility: "veryHidden", protected: false, grid: { values: write.stateSheet!.rows, origin: { row: 1, col: 1 } } };
    const after = checkSnapshot({ sheets: [...before.sheets, state] }, { today: "2024-01-31" });
    expect(after.state.config.kpis).toEqual({ polarity: { "Number of fixed-term suspensions": "higher" } });
    expect(after.kpis!.items[1]).toMatchObject({ polarity: "higher", polaritySource: "config" });
    expect(write).toEqual({ stateSheet: expect.objectContaining({ name: STATE_SHEET }) });
  });
});
