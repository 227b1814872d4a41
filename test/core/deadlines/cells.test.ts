import fc from "fast-check";
import { parseDeadline } from "../../../src/core/deadlines";

describe("Dates from ExcelJS (UTC midnight)", () => {
  it.each([
    [new Date(Date.UTC(2022, 8, 13)), "2022-09-13"],
    [new Date(Date.UTC(2024, 1, 29)), "2024-02-29"],
    [new Date(Date.UTC(2022, 8, 13, 15, 30)), "2022-09-13"],
  ])("%s → its UTC day, source date", (d, day) => {
    expect(parseDeadline(d)).toEqual({ kind: "date", start: day, due: day, text: day, source: "date" });
  });

  it("a Date in a typo year is implausible", () => {
    expect(parseDeadline(new Date(Date.UTC(1019, 2, 1)))).toEqual({ kind: "implausible", text: "1019-03-01", year: 1019 });
    expect(parseDeadline(new Date(Date.UTC(2202, 0, 1)))).toMatchObject({ kind: "implausible", year: 2202 });
  });

  it("an invalid Date is unparsed", () => expect(parseDeadline(new Date(NaN))).toEqual({ kind: "unparsed", text: "Invalid Date" }));
});

describe("numbers from Office.js: serials with a date format", () => {
  it.each(["dd/mm/yyyy", "d-mmm-yy", "mmm-yy", "mmmm yyyy", "[$-en-GB]dd mmmm yyyy;@", "yyyy-mm-dd", "m/d/yyyy h:mm"])("44817 with %j → 13 Sep 2022, source date", (numberFormat) => {
    expect(parseDeadline(44817, { numberFormat })).toEqual({ kind: "date", start: "2022-09-13", due: "2022-09-13", text: "44817", source: "date" });
  });

  it("drops the time of day", () => expect(parseDeadline(44817.9, { numberFormat: "dd/mm/yyyy" })).toMatchObject({ start: "2022-09-13", due: "2022-09-13" }));
  it("29 Feb 2024", () => expect(parseDeadline(45351, { numberFormat: "dd/mm/yyyy" })).toMatchObject({ due: "2024-02-29" }));

  it.each([
    [2024, 1905],
    [1, 1900],
    [0, 1899],
    [80000, 2119],
    [3e6, 10113],
    [-1e6, -838],
    [-600000, 257],
  ])("%d with a date format is implausible (year %i)", (n, year) => {
    expect(parseDeadline(n, { numberFormat: "dd/mm/yyyy" })).toEqual({ kind: "implausible", text: String(n), year });
  });
});

describe("numbers without a date format", () => {
  it.each([null, undefined, "General", "0", "0.00", "0%", "#,##0", "h:mm", "[h]:mm:ss"])("44817 with format %j → a serial, reported", (numberFormat) => {
    expect(parseDeadline(44817, { numberFormat })).toEqual({
      kind: "date", start: "2022-09-13", due: "2022-09-13", text: "44817", source: "date",
      ambiguity: "44817 read as an Excel date serial (13 Sep 2022); give the cell a date format to confirm",
    });
  });

  it.each([
    [36526, "2000-01-01"],
    [73415, "2100-12-31"],
  ])("the serial range edge %d → %s", (n, day) => expect(parseDeadline(n)).toMatchObject({ kind: "date", due: day, source: "date" }));

  it.each([2024, 2000, 2100])("a bare year %d is not a deadline: unparsed", (n) => expect(parseDeadline(n)).toEqual({ kind: "unparsed", text: String(n) }));

  it.each([1, 42, 36525, 73416, 2024.5, -5, NaN, Infinity])("%d → unparsed", (n) => expect(parseDeadline(n)).toEqual({ kind: "unparsed", text: String(n) }));
});

describe("other cell values", () => {
  it("null is missing", () => expect(parseDeadline(null)).toEqual({ kind: "missing", text: "" }));
  it.each([[true, "TRUE"], [false, "FALSE"]])("%s is unparsed", (v, text) => expect(parseDeadline(v)).toEqual({ kind: "unparsed", text }));
  it("an Excel error value arrives as text and is unparsed", () => expect(parseDeadline("#REF!")).toEqual({ kind: "unparsed", text: "#REF!" }));

  it("never throws, and always keeps the trimmed text, whatever the string", () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (s) => {
      const d = parseDeadline(s);
      expect(d.text).toBe(s.trim());
      if (d.kind === "date") expect(d.start <= d.due).toBe(true);
    }), { numRuns: 2000 });
  });

  it("never throws on any number, with or without a date format", () => {
    fc.assert(fc.property(fc.double(), fc.constantFrom(null, "General", "dd/mm/yyyy"), (n, numberFormat) => {
      expect(["date", "unparsed", "implausible"]).toContain(parseDeadline(n, { numberFormat }).kind);
    }), { numRuns: 3000 });
  });

  it("never throws on date-like strings made of plan vocabulary", () => {
    const word = fc.constantFrom("by", "end", "of", "to", "-", "–", "/", "q3", "fy", "autumn", "term", "sept.", "oct", "may", "12th", "31", "02", "2019", "2024/25", "19", "1019", "20222", "ongoing", "from", "tbc", ",", "<p>", "</p>");
    fc.assert(fc.property(fc.array(word, { maxLength: 8 }), (words) => {
      const text = words.join(" ");
      const d = parseDeadline(text);
      expect(["date", "ongoing", "missing", "unparsed", "implausible"]).toContain(d.kind);
      if (d.kind === "date") expect(d.start <= d.due).toBe(true);
    }), { numRuns: 3000 });
  });
});
