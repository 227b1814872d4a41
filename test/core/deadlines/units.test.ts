import { academicYear, calendarQuarter, financialQuarter, financialYear, isDateNumberFormat, termInterval } from "../../../src/core/deadlines";
import { endsWithOpenRange, isMissingMarker, isOngoingText, joinsDates, opensWithoutEnd } from "../../../src/core/deadlines/markers";
import { findMentions } from "../../../src/core/deadlines/mentions";
import { monthNumber } from "../../../src/core/deadlines/months";
import { normaliseText } from "../../../src/core/deadlines/normalise";
import { expandYear, isPlausibleYear, secondOfPair } from "../../../src/core/deadlines/years";

describe("months", () => {
  it.each([["jan", 1], ["February", 2], ["Febuary", 2], ["sept", 9], ["Sep", 9], ["december", 12], ["foo", null]])("monthNumber(%j) → %s", (s, n) => expect(monthNumber(s)).toBe(n));
});

describe("years", () => {
  it.each([["19", 2019], ["00", 2000], ["99", 2099], ["2024", 2024], ["1019", 1019], ["20222", 20222]])("expandYear(%j) → %i", (s, n) => expect(expandYear(s)).toBe(n));
  it.each([[1999, false], [2000, true], [2100, true], [2101, false]])("isPlausibleYear(%i) → %s", (y, ok) => expect(isPlausibleYear(y)).toBe(ok));
  it.each([[2024, "25", 2025], [2019, "2020", 2020], [2099, "00", 2100], [2024, "27", null], [2024, "2026", null], [2024, "202", null]])("secondOfPair(%i, %j) → %s", (a, b, want) => expect(secondOfPair(a, b)).toBe(want));
});

describe("quarters and years", () => {
  it.each([
    [1, "2024-04-01", "2024-06-30"],
    [2, "2024-07-01", "2024-09-30"],
    [3, "2024-10-01", "2024-12-31"],
    [4, "2025-01-01", "2025-03-31"],
  ])("financialQuarter(%i, 2024) → %s..%s", (q, start, due) => expect(financialQuarter(q, 2024)).toEqual({ start, due }));
  it.each([
    [1, "2024-01-01", "2024-03-31"],
    [4, "2024-10-01", "2024-12-31"],
  ])("calendarQuarter(%i, 2024) → %s..%s", (q, start, due) => expect(calendarQuarter(q, 2024)).toEqual({ start, due }));
  it("financialYear(2023) spans a leap February", () => expect(financialYear(2023)).toEqual({ start: "2023-04-01", due: "2024-03-31" }));
  it("academicYear runs to the end of the summer term", () => expect(academicYear(2019)).toEqual({ start: "2019-09-01", due: "2020-07-31" }));
});

describe("terms", () => {
  it.each([
    ["autumn", "2019-09-01", "2019-12-31"],
    ["spring", "2019-01-01", "2019-04-30"],
    ["summer", "2019-05-01", "2019-07-31"],
  ] as const)("termInterval(%j, 2019) → %s..%s", (season, start, due) => expect(termInterval(season, 2019)).toEqual({ start, due }));
  it("a malformed term end is misuse and throws", () => expect(() => termInterval("autumn", 2019, { autumn: "Dec", spring: "04-30", summer: "07-31" })).toThrow(RangeError));
});

describe("number formats", () => {
  it.each([
    ["dd/mm/yyyy", true], ["d-mmm-yy", true], ["mmm-yy", true], ["mmmm", true], ["yyyy", true], ["[$-809]dd mmmm yyyy", true], ["dd/mm/yyyy hh:mm", true],
    ["General", false], ["general", false], ["0", false], ["0.00", false], ["0%", false], ["#,##0.00", false], ["0.00E+00", false],
    ["h:mm", false], ["[h]:mm:ss", false], ["mm:ss", false], ["\"Day\" 0", false], ["[Red]0", false], ["", false], [null, false],
  ])("isDateNumberFormat(%j) → %s", (f, want) => expect(isDateNumberFormat(f)).toBe(want));
});

describe("normaliseText", () => {
  it.each([
    ["<p>16 <sup>th</sup> Dec 24</p>", "16 th dec 24"],
    ["Once appointed – April 2019", "once appointed - april 2019"],
    ["June 2020—April\u00a02021", "june 2020-april 2021"],
    ["A &amp; B&nbsp;2020", "a & b 2020"],
    ["  Oct.2022\n", "oct.2022"],
  ])("%j → %j", (raw, want) => expect(normaliseText(raw)).toBe(want));
});

describe("markers", () => {
  it.each([["", true], ["-", true], ["tbc", true], ["(tbc)", true], ["n/a", true], ["to be agreed", true], ["tbc april 2019", false], ["march 2020", false]])("isMissingMarker(%j) → %s", (s, want) => expect(isMissingMarker(s)).toBe(want));
  it.each([["ongoing", true], ["on-going", true], ["quarterly", true], ["bi-monthly", true], ["every half term", true], ["q3 2024/25", false], ["16 months", false], ["annual review by march 2020", false]])("isOngoingText(%j) → %s", (s, want) => expect(isOngoingText(s)).toBe(want));
  it.each([["from ", true], ["starting in ", true], ["ongoing from ", true], ["week commencing ", false], ["w/c ", false], ["by ", false]])("opensWithoutEnd(%j) → %s", (s, want) => expect(opensWithoutEnd(s)).toBe(want));
  it.each([[" to ", true], [" - ", true], [", ", true], [" and ", true], ["/", true], [" be needed ", false]])("joinsDates(%j) → %s", (s, want) => expect(joinsDates(s)).toBe(want));
  it.each([[" to", true], ["-", true], ["", false], [" – contractual round", false]])("endsWithOpenRange(%j) → %s", (s, want) => expect(endsWithOpenRange(s)).toBe(want));
});

describe("findMentions", () => {
  const kinds = (text: string) => findMentions(normaliseText(text)).map((m) => m.kind);
  it.each([
    ["June 2020 to April 2021", ["month", "month"]],
    ["Q3 2024/25", ["quarter"]],
    ["2024/25", ["financialYear"]],
    ["Academic year 2019/20", ["academicYear"]],
    ["Autumn term 2019", ["term"]],
    ["13/09/2022", ["day"]],
    ["12 - 16 March 2022", ["day", "day"]],
    ["Review may be needed", []],
    ["Advert to go out in September", []],
  ])("%j → %j", (text, want) => expect(kinds(text)).toEqual(want));
  it("leaves the year of a joined month for a neighbour", () => {
    expect(findMentions("january to march 2019")).toMatchObject([{ kind: "month", month: 1 }, { kind: "month", month: 3, year: 2019 }]);
    expect(findMentions("january to march 2019")[0]).not.toHaveProperty("year");
  });
});
