import { parseConfig, schemeFromConfig } from "../../src/core/config";
import { contrastRatio } from "../../src/core/ratings/contrast";

describe("parseConfig", () => {
  it("accepts a full config and fills defaults", () => {
    const r = parseConfig({ scheme: "rag5", columns: { status: "H" }, terms: { autumn: "12-20", spring: "04-05", summer: "07-22" }, quarters: "financial" });
    expect(r).toMatchObject({ ok: true, config: { version: 1, scheme: "rag5", columns: { status: "H" } } });
  });

  it("names the bad key: an unknown scheme, a bad column, a misspelt key", () => {
    const r = parseConfig({ scheme: "traffic", columns: { status: "h8" }, quaters: "financial" });
    expect(r.ok).toBe(false);
    const keys = r.ok ? [] : r.problems.map((p) => p.key);
    expect(keys).toEqual(expect.arrayContaining(["scheme", "columns.status", "quaters"]));
  });

  it("validates custom schemes: two ratings that read the same are refused", () => {
    const r = parseConfig({ scheme: { ratings: [{ label: "Done", fill: "#0070C0" }, { label: "Not done", aliases: ["done"], fill: "#C00000" }] } });
    expect(r.ok).toBe(false);
    expect(r.ok ? "" : r.problems[0]!.message).toContain('"done" would also match "Done"');
  });

  it("gives custom ratings a readable text colour", () => {
    const r = parseConfig({ scheme: { name: "Kingston", ratings: [{ label: "On target", fill: "#FFFF00", complete: false }, { label: "Achieved", fill: "#003366", complete: true }] } });
    const scheme = schemeFromConfig(r.ok ? r.config.scheme : undefined)!;
    for (const rating of scheme.ratings) expect(contrastRatio(rating.fill, rating.font)).toBeGreaterThanOrEqual(4.5);
  });
});
