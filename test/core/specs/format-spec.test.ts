import { readPlan } from "../../../src/core/plan/read-plan";
import { buildFormatSpec, ratingCondition } from "../../../src/core/specs/format-spec";
import { RAG } from "../../../src/core/ratings/scheme";
import { grid } from "../../helpers/grid";

const plan = (rows: (string | (string | null)[])[]) => readPlan(grid(rows), { sheet: "Plan" })!;

describe("buildFormatSpec", () => {
  const spec = buildFormatSpec(plan(["Title", "Ref | Action | Deadline | Initial RAG | RAG", "1 | a | May 2023 | Red | Amber", "2 | b | June 2023 | Red | Green"]));

  it("adds one exact-match rule per rating over the rating and initial-rating columns, bounded with headroom", () => {
    const ratingRules = spec.rules.filter((r) => r.purpose === "rating");
    expect(ratingRules.map((r) => `${r.label} ${r.range}`)).toEqual([
      "Red E3:E104", "Amber E3:E104", "Green E3:E104", "Complete E3:E104",
      "Red D3:D104", "Amber D3:D104", "Green D3:D104", "Complete D3:D104",
    ]);
    const amber = ratingRules.find((r) => r.label === "Amber" && r.range.startsWith("E"))!;
    expect(amber.formula).toBe('AND(N("WSOA Tracker")=0,OR(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(UPPER($E3)," ",""),"-",""),".","")="AMBER",SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(UPPER($E3)," ",""),"-",""),".","")="A"))');
    expect(amber.style).toEqual({ fill: "#FFC000", font: "#000000" });
    expect(spec.rules.every((r) => !/contains/i.test(r.formula))).toBe(true);
  });

  it("marks overdue real-date deadlines unless the item is rated complete", () => {
    const overdue = spec.rules.find((r) => r.purpose === "overdue")!;
    expect(overdue.range).toBe("C3:C104");
    expect(overdue.formula).toMatch(/^AND\(N\("WSOA Tracker"\)=0,ISNUMBER\(\$C3\),\$C3<TODAY\(\),NOT\(OR\(.*="COMPLETE".*\)\)\)$/);
  });

  it("puts rating dropdowns fed by the named list on both rating columns", () => {
    expect(spec.validations.map((v) => [v.range, v.listName, v.errorStyle])).toEqual([["E3:E104", "WSOA_Ratings", "stop"], ["D3:D104", "WSOA_Ratings", "stop"]]);
    expect(spec.lists).toEqual([{ name: "WSOA_Ratings", sheet: "WSOA Tracker", range: "$D$2:$D$5" }]);
  });

  it("matches label prefixes and only warns in dropdowns where leads write a date after the rating", () => {
    const brag = buildFormatSpec(plan(["Ref | Milestone | Deadline | BRAG + date", "1 | a | May 2023 | Blue – Sept 2019", "2 | b | May 2023 | Green"]));
    expect(brag.rules.find((r) => r.label === "Blue")!.formula).toContain('LEFT(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(UPPER($D2)," ",""),"-",""),".",""),4)="BLUE"');
    expect(brag.validations[0]!.errorStyle).toBe("warning");
  });

  it("has no dropdowns or rating rules when the plan has no rating column", () => {
    const s = buildFormatSpec(plan(["Ref | Action | Deadline", "1 | a | May 2023"]));
    expect([s.rules.map((r) => r.purpose), s.validations, s.lists]).toEqual([["overdue"], [], []]);
  });
});

describe("ratingCondition", () => {
  it("compares the cell's key with each spelling of the rating", () => {
    expect(ratingCondition("$H5", RAG.ratings[3]!, false)).toBe(
      'OR(' + ["COMPLETE", "COMPLETED", "DONE", "C", "BLUE"].map((k) => `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(UPPER($H5)," ",""),"-",""),".","")="${k}"`).join(",") + ")",
    );
  });
});
