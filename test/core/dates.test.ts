import fc from "fast-check";
import { addDays, dateToIso, daysBetween, daysInMonth, excelSerialToIso, formatUkDate, isIsoDate, isLeapYear, isoDate, isoParts, lastDayOfMonth, monthAbbr } from "../../src/core/dates";

describe("isoDate", () => {
  it.each([
    [2022, 9, 13, "2022-09-13"],
    [2024, 2, 29, "2024-02-29"],
    [2000, 1, 1, "2000-01-01"],
    [999, 12, 31, "0999-12-31"],
  ])("isoDate(%i, %i, %i) → %s", (y, m, d, want) => expect(isoDate(y, m, d)).toBe(want));

  it.each([
    [2022, 13, 1],
    [2022, 0, 1],
    [2023, 2, 29],
    [2022, 4, 31],
    [2022, 1, 0],
    [2022, 1.5, 1],
  ])("throws on a day that does not exist: %i-%i-%i", (y, m, d) => expect(() => isoDate(y, m, d)).toThrow(RangeError));
});

describe("leap years and month lengths", () => {
  it.each([[2024, true], [2023, false], [2000, true], [2100, false], [1900, false]])("isLeapYear(%i) → %s", (y, want) => expect(isLeapYear(y)).toBe(want));
  it.each([
    [2024, 2, "2024-02-29"],
    [2023, 2, "2023-02-28"],
    [2100, 2, "2100-02-28"],
    [2022, 4, "2022-04-30"],
    [2022, 12, "2022-12-31"],
  ])("lastDayOfMonth(%i, %i) → %s", (y, m, want) => expect(lastDayOfMonth(y, m)).toBe(want));
  it("daysInMonth covers all twelve months", () => expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2022, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]));
});

describe("isIsoDate", () => {
  it.each([
    ["2022-09-13", true],
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2022-9-13", false],
    ["13/09/2022", false],
    ["2022-09-13T00:00:00Z", false],
    ["", false],
    ["2022-09-1a", false],
    ["2022/09/13", false],
    ["2022-13-01", false],
    ["+022-09-13", false],
    ["0000-01-01", true],
  ])("isIsoDate(%j) → %s", (s, want) => expect(isIsoDate(s)).toBe(want));
});

describe("daysBetween and addDays", () => {
  it.each([
    ["2022-09-13", "2022-09-13", 0],
    ["2022-09-13", "2022-09-14", 1],
    ["2022-09-14", "2022-09-13", -1],
    ["2024-02-28", "2024-03-01", 2],
    ["2023-02-28", "2023-03-01", 1],
    ["2019-12-31", "2020-12-31", 366],
    ["2022-01-01", "2023-01-01", 365],
  ])("daysBetween(%s, %s) → %i", (a, b, want) => expect(daysBetween(a, b)).toBe(want));

  it.each([
    ["2024-02-28", 1, "2024-02-29"],
    ["2024-02-29", 1, "2024-03-01"],
    ["2022-12-31", 1, "2023-01-01"],
    ["2022-03-01", -1, "2022-02-28"],
  ])("addDays(%s, %i) → %s", (d, n, want) => expect(addDays(d, n)).toBe(want));

  it("agrees with Date.UTC arithmetic for any pair of days", () => {
    const day = fc.integer({ min: -30000, max: 60000 }).map((n) => new Date(Date.UTC(1970, 0, 1 + n)));
    fc.assert(fc.property(day, day, (a, b) => {
      expect(daysBetween(dateToIso(a), dateToIso(b))).toBe(Math.round((b.getTime() - a.getTime()) / 86400000));
      expect(addDays(dateToIso(a), daysBetween(dateToIso(a), dateToIso(b)))).toBe(dateToIso(b));
    }));
  });
});

describe("excelSerialToIso", () => {
  it.each([
    [44817, "2022-09-13"],
    [44817.75, "2022-09-13"],
    [36526, "2000-01-01"],
    [73415, "2100-12-31"],
    [45351, "2024-02-29"],
    [61, "1900-03-01"],
    [59, "1900-02-28"],
    [1, "1900-01-01"],
  ])("excelSerialToIso(%d) → %s", (n, want) => expect(excelSerialToIso(n)).toBe(want));
});

describe("dateToIso", () => {
  it("takes the UTC calendar day of an ExcelJS date", () => expect(dateToIso(new Date(Date.UTC(2022, 8, 13)))).toBe("2022-09-13"));
  it("ignores the time of day", () => expect(dateToIso(new Date(Date.UTC(2024, 1, 29, 23, 59)))).toBe("2024-02-29"));
  it("throws on an invalid Date (misuse)", () => expect(() => dateToIso(new Date(NaN))).toThrow(RangeError));
});

describe("formatUkDate", () => {
  it.each([
    ["2022-09-13", "13 Sep 2022"],
    ["2020-01-01", "1 Jan 2020"],
    ["2024-02-29", "29 Feb 2024"],
    ["not a date", "not a date"],
  ])("formatUkDate(%s) → %s", (d, want) => expect(formatUkDate(d)).toBe(want));
  it("names months", () => expect([1, 6, 9, 12].map(monthAbbr)).toEqual(["Jan", "Jun", "Sep", "Dec"]));
  it("splits ISO dates", () => expect(isoParts("2022-09-13")).toEqual({ year: 2022, month: 9, day: 13 }));
});
