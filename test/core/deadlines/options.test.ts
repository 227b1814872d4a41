import { DEFAULT_TERMS, parseDeadline } from "../../../src/core/deadlines";

describe("bare quarters are ambiguous: calendar by default, financial by config, always reported", () => {
  it.each([
    [1, "2024-01-01", "2024-03-31", "Jan–Mar 2024", "Apr–Jun 2024"],
    [2, "2024-04-01", "2024-06-30", "Apr–Jun 2024", "Jul–Sep 2024"],
    [3, "2024-07-01", "2024-09-30", "Jul–Sep 2024", "Oct–Dec 2024"],
    [4, "2024-10-01", "2024-12-31", "Oct–Dec 2024", "Jan–Mar 2025"],
  ])("Q%i 2024 (calendar) → %s..%s", (q, start, due, reading, other) => {
    expect(parseDeadline(`Q${q} 2024`)).toEqual({
      kind: "date", start, due, text: `Q${q} 2024`, source: "text",
      ambiguity: `Q${q} 2024 read as a calendar quarter (${reading}); set quarters: financial in config if you mean ${other}`,
    });
  });

  it.each([
    [1, "2024-04-01", "2024-06-30"],
    [2, "2024-07-01", "2024-09-30"],
    [3, "2024-10-01", "2024-12-31"],
    [4, "2025-01-01", "2025-03-31"],
  ])("Q%i 2024 (financial) → %s..%s, still reported", (q, start, due) => {
    const d = parseDeadline(`Q${q} 2024`, { quarters: "financial" });
    expect(d).toMatchObject({ kind: "date", start, due, source: "text" });
    expect(d.kind === "date" && d.ambiguity).toContain(`Q${q} 2024 read as a financial quarter of 2024/25`);
  });

  it("the calendar text names both readings", () => {
    const d = parseDeadline("Q3 2024");
    expect(d.kind === "date" && d.ambiguity).toBe("Q3 2024 read as a calendar quarter (Jul–Sep 2024); set quarters: financial in config if you mean Oct–Dec 2024");
  });

  it("the financial text names the calendar reading", () => {
    const d = parseDeadline("Q3 2024", { quarters: "financial" });
    expect(d.kind === "date" && d.ambiguity).toBe("Q3 2024 read as a financial quarter of 2024/25 (Oct–Dec 2024), as config says; as a calendar quarter it would be Jul–Sep 2024");
  });

  it("a two-digit bare quarter year is 20xx", () => expect(parseDeadline("Q3 24")).toMatchObject({ start: "2024-07-01", due: "2024-09-30" }));

  it.each(["Q3 2024/25", "2024/25", "Oct 2022", "Autumn term 2019", "13/09/2022"])("%j has no ambiguity, whatever the quarter style", (written) => {
    for (const quarters of ["calendar", "financial"] as const) expect(parseDeadline(written, { quarters })).not.toHaveProperty("ambiguity");
  });

  it("Q3 2024/25 is financial whatever the config says", () => {
    expect(parseDeadline("Q3 2024/25", { quarters: "calendar" })).toMatchObject({ start: "2024-10-01", due: "2024-12-31" });
  });

  it("one report per distinct ambiguity, joined", () => {
    const d = parseDeadline("Q1 2024 to Q2 2024");
    expect(d).toMatchObject({ kind: "date", start: "2024-01-01", due: "2024-06-30" });
    const text = d.kind === "date" ? d.ambiguity ?? "" : "";
    expect(text).toContain("Q1 2024 read as a calendar quarter (Jan–Mar 2024)");
    expect(text).toContain("Q2 2024 read as a calendar quarter (Apr–Jun 2024)");
    expect(parseDeadline("Q3 2024 or Q3 2024")).toMatchObject({ ambiguity: "Q3 2024 read as a calendar quarter (Jul–Sep 2024); set quarters: financial in config if you mean Oct–Dec 2024" });
  });
});

describe("term ends come from config", () => {
  const terms = { autumn: "12-20", spring: "04-05", summer: "07-22" };

  it("defaults are 31 Dec, 30 Apr, 31 Jul", () => expect(DEFAULT_TERMS).toEqual({ autumn: "12-31", spring: "04-30", summer: "07-31" }));

  it.each([
    ["Autumn term 2019", "2019-09-01", "2019-12-20"],
    ["Spring term 2020", "2020-01-01", "2020-04-05"],
    ["Summer term 2020", "2020-04-06", "2020-07-22"],
    ["Summer 2019/20", "2020-04-06", "2020-07-22"],
    ["Academic year 2019/20", "2019-09-01", "2020-07-22"],
  ])("%j → %s..%s with council term dates", (written, start, due) => {
    expect(parseDeadline(written, { terms })).toEqual({ kind: "date", start, due, text: written, source: "text" });
  });

  it("a term end of 29 Feb falls back to 28 Feb outside leap years", () => {
    const odd = { autumn: "12-31", spring: "02-29", summer: "07-31" };
    expect(parseDeadline("Spring 2023", { terms: odd })).toMatchObject({ due: "2023-02-28" });
    expect(parseDeadline("Spring 2024", { terms: odd })).toMatchObject({ due: "2024-02-29" });
    expect(parseDeadline("Summer 2024", { terms: odd })).toMatchObject({ start: "2024-03-01" });
  });

  it("term ends do not change other forms", () => expect(parseDeadline("March 2020", { terms })).toMatchObject({ start: "2020-03-01", due: "2020-03-31" }));
});

describe("a date marked TBC is read and reported", () => {
  it("TBC – April 2019", () => {
    expect(parseDeadline("TBC – April 2019")).toEqual({
      kind: "date", start: "2019-04-01", due: "2019-04-30", text: "TBC – April 2019", source: "text",
      ambiguity: "\"TBC – April 2019\" is marked to be confirmed; read as due 30 Apr 2019",
    });
  });
});
