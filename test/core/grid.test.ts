import fc from "fast-check";
import { cellText } from "../../src/core/grid";
import { sortIssues, type Issue } from "../../src/core/issue";

/** The definition cellText must keep, whatever shortcut it takes. */
const tidy = (s: string) => s.replace(/\s+/g, " ").trim();

describe("cellText", () => {
  it.each([
    ["Red", "Red"],
    ["  amber ", "amber"],
    ["Head of\nService", "Head of Service"],
    ["a\t\tb", "a b"],
    ["a  b", "a b"],
    ["\u00a0Complete\u00a0", "Complete"],
    ["", ""],
  ])("%j → %j", (value, want) => expect(cellText(value)).toBe(want));

  it("numbers, booleans, dates and blanks read as a person would", () => {
    expect([cellText(44817), cellText(true), cellText(new Date(Date.UTC(2022, 8, 13))), cellText(null)]).toEqual(["44817", "true", "2022-09-13", ""]);
  });

  it("equals collapsing whitespace and trimming, for any text", () => {
    const chars = fc.constantFrom("a", "B", " ", "  ", "\t", "\n", "\r", "\u00a0", "\u2003", "\ufeff", "\u3000", "x y");
    fc.assert(fc.property(fc.array(chars, { maxLength: 12 }).map((a) => a.join("")), (s) => cellText(s) === tidy(s)), { numRuns: 2000 });
  });
});

describe("sortIssues", () => {
  const issue = (severity: Issue["severity"], cell: string | null, rule = "r"): Issue => ({ severity, rule, cell, message: "" });
  it("orders by severity, then row, then column (AA after Z), then rule", () => {
    const sorted = sortIssues([issue("info", "A1"), issue("warning", "AA5"), issue("warning", "Z5"), issue("error", "B10"), issue("warning", "Z5", "a"), issue("warning", null), issue("error", "C2")]);
    expect(sorted.map((i) => `${i.severity[0]} ${i.cell} ${i.rule}`)).toEqual(["e C2 r", "e B10 r", "w null r", "w Z5 a", "w Z5 r", "w AA5 r", "i A1 r"]);
  });
});
