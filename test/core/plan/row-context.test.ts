import { carryOver, enterSection, nextAction, type OwnCells } from "../../../src/core/plan/row-context";

const own = (cells: Partial<OwnCells>): OwnCells => ({ ref: "", workstream: "", outcome: "", action: "", milestone: "", ...cells });
const HOUNSLOW = { ref: 1, milestone: 3 };

describe("row context", () => {
  it("a section row starts afresh", () => {
    expect(enterSection("4.2. Poor communication")).toEqual({ section: "4.2. Poor communication", area: null, outcome: null, action: null });
  });

  it("area and outcome written once carry down to the rows below", () => {
    const c = carryOver(enterSection("S1"), own({ workstream: "Governance", outcome: "1.1 A clear strategy" }));
    expect(carryOver(c, own({ action: "x" }))).toMatchObject({ area: "Governance", outcome: "1.1 A clear strategy" });
  });

  it("a row with its own ref starts an action; a milestone row without one continues it", () => {
    const first = nextAction(enterSection("S"), own({ ref: "4.1.1", action: "Strengthen capacity", milestone: "Review structure" }), HOUNSLOW);
    expect(first).toEqual({ context: expect.objectContaining({ action: { ref: "4.1.1", text: "Strengthen capacity" } }), continuation: false });
    const next = nextAction(first.context, own({ action: "assessment and review Team", milestone: "Develop structure" }), HOUNSLOW);
    expect(next).toEqual({ context: first.context, continuation: true });
  });

  it("without a ref column every action row is an action of its own", () => {
    const a = nextAction(enterSection("S"), own({ action: "Realign management" }), {});
    const b = nextAction(a.context, own({ action: "Consultation has taken place" }), {});
    expect(b.context.action).toEqual({ ref: null, text: "Consultation has taken place" });
    expect(b.continuation).toBe(false);
  });
});
