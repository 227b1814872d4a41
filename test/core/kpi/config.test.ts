import { parseConfig } from "../../../src/core/config";

describe("config: kpis.polarity", () => {
  it("accepts a direction per KPI and refuses anything else, naming the key", () => {
    expect(parseConfig({ kpis: { polarity: { "autism assessment": "lower" } } })).toMatchObject({ ok: true, config: { kpis: { polarity: { "autism assessment": "lower" } } } });
    const bad = parseConfig({ kpis: { polarity: { "autism assessment": "down" }, direction: {} } });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.problems.map((p) => p.key)).toEqual(expect.arrayContaining(["kpis.polarity.autism assessment", "kpis.direction"]));
  });
});
