import { planPoint, type PlanPoint } from "../../../src/core/compare";
import { buildHistorySheet, historyView, readHistory, withRound } from "../../../src/core/history";
import type { Grid } from "../../../src/core/grid";
import { readPlan } from "../../../src/core/plan/read-plan";
import { RAG } from "../../../src/core/ratings/scheme";
import { grid } from "../../helpers/grid";

const point = (rows: string[], asAt: string): PlanPoint => {
  const g = grid(["Ref | Milestone | Deadline | RAG | Progress", ...rows]);
  return planPoint(readPlan(g, { sheet: "Plan" })!, g, asAt);
};
const round = (p: PlanPoint): PlanPoint => ({ asAt: p.asAt, items: p.items.map((i) => ({ ...i, cell: null })) });

const MARCH = point(["1.1 | Appoint head | Mar 2023 | Amber | Interviews", "1.2 | Agree structure | Jun 2023 | Green | On track", "1.3 | Publish offer | Sep 2023 | Red | "], "2023-03-31");
const JUNE = point(["1.1 | Appoint head | Mar 2023 | Complete | Appointed", "1.2 | Agree structure | Jun 2023 | Green | On track", "1.3 | Publish offer | Sep 2023 | Amber | Drafting"], "2023-06-30");
const NOW = point(["1.1 | Appoint head | Mar 2023 | Complete | Appointed", "1.2 | Agree structure | Dec 2023 | Amber | On track", "1.3 | Publish offer | Sep 2023 | Complete | Published"], "2023-09-30");

describe("historyView", () => {
  it("is null with no rounds", () => {
    expect(historyView([], NOW, RAG)).toBeNull();
  });

  it("compares now with the last round before today, and trends every round then now", () => {
    const v = historyView([round(MARCH), round(JUNE)], NOW, RAG)!;
    expect(v.since?.asAt).toBe("2023-06-30");
    expect(v.since?.comparison.counts).toMatchObject({ completed: 1, worse: 1, slipped: 1, notUpdated: 1 });
    expect(v.trend.map((t) => [t.asAt, t.counts, t.percentComplete, t.recorded])).toEqual([
      ["2023-03-31", { Red: 1, Amber: 1, Green: 1, Complete: 0, "Not rated": 0 }, 0, true],
      ["2023-06-30", { Red: 0, Amber: 1, Green: 1, Complete: 1, "Not rated": 0 }, 33.3, true],
      ["2023-09-30", { Red: 0, Amber: 1, Green: 0, Complete: 2, "Not rated": 0 }, 66.7, false],
    ]);
  });

  it("does not compare a round with itself: a round recorded today is in the trend once, the one before is 'last'", () => {
    const v = historyView([round(MARCH), round(NOW)], NOW, RAG)!;
    expect(v.since?.asAt).toBe("2023-03-31");
    expect(v.trend.map((t) => [t.asAt, t.recorded])).toEqual([["2023-03-31", true], ["2023-09-30", true]]);
  });
});

describe("the history sheet", () => {
  /** A SheetSpec as a reader gives it back: dates as serials with their formats. */
  const asRead = (rounds: ReturnType<typeof round>[]): Grid => {
    const spec = buildHistorySheet(rounds);
    return { values: spec.rows.map((r) => r.map((c) => c.value)), numberFormats: spec.rows.map((r) => r.map((c) => c.style?.numberFormat ?? null)), origin: { row: 1, col: 1 } };
  };

  it("reads back exactly the rounds it was written from", () => {
    const rounds = withRound(withRound([], round(JUNE)), round(MARCH));
    const read = readHistory(asRead(rounds));
    expect(read).toEqual({ ok: true, rounds });
  });

  it("reads dates given as Dates (ExcelJS) and ISO text too, and names a cell it cannot read", () => {
    const g = asRead([round(MARCH)]);
    g.values[4]![0] = new Date(Date.UTC(2023, 2, 31));
    g.values[5]![0] = "2023-03-31";
    expect(readHistory(g)).toMatchObject({ ok: true, rounds: [{ asAt: "2023-03-31" }] });
    g.values[6]![5] = "soon";
    expect(readHistory(g)).toEqual({ ok: false, cell: "F7", message: '"soon" is not a date' });
  });
});
