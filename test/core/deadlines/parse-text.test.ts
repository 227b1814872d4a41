import { parseDeadline, type Deadline } from "../../../src/core/deadlines";

/** [written, start, due]: every form DESIGN.md and the brief name, read as text. */
const DATES: [string, string, string][] = [
  // a day, UK day-first
  ["13/09/2022", "2022-09-13", "2022-09-13"],
  ["13-09-2022", "2022-09-13", "2022-09-13"],
  ["13.09.2022", "2022-09-13", "2022-09-13"],
  ["03/04/2022", "2022-04-03", "2022-04-03"],
  ["3/4/22", "2022-04-03", "2022-04-03"],
  ["2022-09-13", "2022-09-13", "2022-09-13"],
  ["12th August 2019", "2019-08-12", "2019-08-12"],
  ["12 August 2019", "2019-08-12", "2019-08-12"],
  ["1st of May 2020", "2020-05-01", "2020-05-01"],
  ["2nd Jan 2020", "2020-01-02", "2020-01-02"],
  ["23rd March 2020", "2020-03-23", "2020-03-23"],
  ["31st March 2020", "2020-03-31", "2020-03-31"],
  ["12 Sept 2022", "2022-09-12", "2022-09-12"],
  ["13-Sep-22", "2022-09-13", "2022-09-13"],
  ["13 Sep, 2022", "2022-09-13", "2022-09-13"],
  ["August 12, 2019", "2019-08-12", "2019-08-12"],
  ["Sept 12th 2022", "2022-09-12", "2022-09-12"],
  ["29/02/2024", "2024-02-29", "2024-02-29"],
  ["29 Feb 2024", "2024-02-29", "2024-02-29"],
  // a month: 1st to last day
  ["February 2022", "2022-02-01", "2022-02-28"],
  ["Feb 2022", "2022-02-01", "2022-02-28"],
  ["Feb 2024", "2024-02-01", "2024-02-29"],
  ["Febuary 2022", "2022-02-01", "2022-02-28"],
  ["Sept. 2022", "2022-09-01", "2022-09-30"],
  ["Sept 2022", "2022-09-01", "2022-09-30"],
  ["Sept.2023", "2023-09-01", "2023-09-30"],
  ["Sep 2019", "2019-09-01", "2019-09-30"],
  ["September 2022", "2022-09-01", "2022-09-30"],
  ["SEPTEMBER 2022", "2022-09-01", "2022-09-30"],
  ["Oct.2022", "2022-10-01", "2022-10-31"],
  ["Oct. 2022", "2022-10-01", "2022-10-31"],
  ["June.2023", "2023-06-01", "2023-06-30"],
  ["March. 2023", "2023-03-01", "2023-03-31"],
  ["Jan. 2023", "2023-01-01", "2023-01-31"],
  ["Dec. 2022", "2022-12-01", "2022-12-31"],
  ["Aug. 2023", "2023-08-01", "2023-08-31"],
  ["Feb.2023", "2023-02-01", "2023-02-28"],
  ["Oct 19", "2019-10-01", "2019-10-31"],
  ["Jan 25", "2025-01-01", "2025-01-31"],
  ["Sep-22", "2022-09-01", "2022-09-30"],
  ["Sep-2022", "2022-09-01", "2022-09-30"],
  ["March, 2020", "2020-03-01", "2020-03-31"],
  ["Jan '25", "2025-01-01", "2025-01-31"],
  ["09/2022", "2022-09-01", "2022-09-30"],
  // ranges and several dates: start of the first, end of the last
  ["June 2020 to April 2021", "2020-06-01", "2021-04-30"],
  ["January to March 2019", "2019-01-01", "2019-03-31"],
  ["July 2020 July 2021", "2020-07-01", "2021-07-31"],
  ["June 2020 - April 2021", "2020-06-01", "2021-04-30"],
  ["June 2020 – April 2021", "2020-06-01", "2021-04-30"],
  ["June 2020–April 2021", "2020-06-01", "2021-04-30"],
  ["June 2020 until April 2021", "2020-06-01", "2021-04-30"],
  ["From May 2019 to June 2020", "2019-05-01", "2020-06-30"],
  ["December to March 2020", "2019-12-01", "2020-03-31"],
  ["March 2019 to June", "2019-03-01", "2019-06-30"],
  ["January, February and March 2019", "2019-01-01", "2019-03-31"],
  ["28 February 2022 - 4 March 2022", "2022-02-28", "2022-03-04"],
  ["12 - 16 March 2022", "2022-03-12", "2022-03-16"],
  ["12th to 16th March 2022", "2022-03-12", "2022-03-16"],
  ["Review March 2020, report June 2020", "2020-03-01", "2020-06-30"],
  ["April 2021 (first draft Jan 2021)", "2021-01-01", "2021-04-30"],
  // phrases: the date inside
  ["By end of March 2020", "2020-03-01", "2020-03-31"],
  ["by March 2020", "2020-03-01", "2020-03-31"],
  ["Triaged by January 2019", "2019-01-01", "2019-01-31"],
  ["Once appointed – April 2019", "2019-04-01", "2019-04-30"],
  ["Once appointed - April 2019", "2019-04-01", "2019-04-30"],
  ["End of Q3 2024/25", "2024-10-01", "2024-12-31"],
  ["w/c 12 Sept 2022", "2022-09-12", "2022-09-12"],
  ["week commencing 12 Sept 2022", "2022-09-12", "2022-09-12"],
  ["Mid-March 2020", "2020-03-01", "2020-03-31"],
  // financial quarters and years
  ["Q3 2024/25", "2024-10-01", "2024-12-31"],
  ["Q1 2024/25", "2024-04-01", "2024-06-30"],
  ["Q2 2024/25", "2024-07-01", "2024-09-30"],
  ["Q4 2024/25", "2025-01-01", "2025-03-31"],
  ["Q4 22/23", "2023-01-01", "2023-03-31"],
  ["Q4 of 2022/23", "2023-01-01", "2023-03-31"],
  ["Q3 2024-25", "2024-10-01", "2024-12-31"],
  ["Q3 FY 2024/25", "2024-10-01", "2024-12-31"],
  ["Quarter 3 2024/25", "2024-10-01", "2024-12-31"],
  ["2024/25", "2024-04-01", "2025-03-31"],
  ["2024-25", "2024-04-01", "2025-03-31"],
  ["2019/2020", "2019-04-01", "2020-03-31"],
  ["FY 2024/25", "2024-04-01", "2025-03-31"],
  ["FY24/25", "2024-04-01", "2025-03-31"],
  ["Financial year 2024/25", "2024-04-01", "2025-03-31"],
  ["2099/00", "2099-04-01", "2100-03-31"],
  ["Academic year 2019/20", "2019-09-01", "2020-07-31"],
  // terms (default ends 31 Dec, 30 Apr, 31 Jul)
  ["Autumn term 2019", "2019-09-01", "2019-12-31"],
  ["Spring term 2020", "2020-01-01", "2020-04-30"],
  ["Summer term 2020", "2020-05-01", "2020-07-31"],
  ["Autumn 2019", "2019-09-01", "2019-12-31"],
  ["Spring 2020", "2020-01-01", "2020-04-30"],
  ["Summer 2020", "2020-05-01", "2020-07-31"],
  ["end of summer term 2020", "2020-05-01", "2020-07-31"],
  ["Summer Term, 2020", "2020-05-01", "2020-07-31"],
  ["Autumn term 2019/20", "2019-09-01", "2019-12-31"],
  ["Spring term 2019/20", "2020-01-01", "2020-04-30"],
  ["Summer term 2019/20", "2020-05-01", "2020-07-31"],
  ["Autumn 2019-2020", "2019-09-01", "2019-12-31"],
  ["Spring/Summer 2020", "2020-01-01", "2020-07-31"],
  ["Autumn to Summer term 2020", "2019-09-01", "2020-07-31"],
];

describe("parseDeadline: text that names dates", () => {
  it.each(DATES)("%j → %s..%s", (written, start, due) => {
    expect(parseDeadline(written)).toEqual({ kind: "date", start, due, text: written, source: "text" });
  });
});

describe("parseDeadline: ongoing, missing, unparsed and implausible text", () => {
  it.each([
    "Ongoing",
    "ongoing",
    "On-going",
    "Ongoing from March 2020",
    "From May 2019",
    "From Feb 2020",
    "Starting September 2019",
    "Commencing April 2020",
    "Since January 2019",
    "Oct 2019 onwards",
    "Quarterly",
    "Monthly",
    "Annually",
    "Termly",
    "Bi-monthly",
    "Weekly",
    "Fortnightly",
    "Every term",
    "Quarterly report provided starting in September 2019",
    "April, July, October 2019, January 2020 ongoing",
  ])("%j → ongoing", (written) => expect(parseDeadline(written)).toEqual({ kind: "ongoing", text: written }));

  it.each(["", "   ", "-", "–", "—", "--", "TBC", "tbc", "TBA", "TBD", "N/A", "n/a", "TBC.", "(TBC)", "To be confirmed", "TBC (Pre-Christmas)"])("%j → missing", (written) => {
    expect(parseDeadline(written)).toEqual({ kind: "missing", text: written.trim() });
  });

  it.each([
    ["2020", "a year alone is not a deadline"],
    ["By 2021", "a year alone is not a deadline"],
    ["March", "a month with no year anywhere"],
    ["Advert to go out in September", "a month with no year anywhere"],
    ["January to March", "a range with no year anywhere"],
    ["Multi-agency events delivered summer term", "a term with no year"],
    ["Oct 19th", "a day with no year"],
    ["16 months", "a duration"],
    ["Summer 2 2020", "a half term is not a term"],
    ["31/02/2022", "a day that does not exist"],
    ["29/02/2023", "29 Feb outside a leap year"],
    ["13/13/2022", "a month that does not exist"],
    ["2024/27", "years that are not consecutive"],
    ["24/25", "a two-digit pair without FY"],
    ["Q3", "a quarter with no year"],
    ["Complete", "no date"],
    ["1/4 update", "a fraction"],
  ])("%j → unparsed (%s)", (written) => expect(parseDeadline(written)).toEqual({ kind: "unparsed", text: written }));

  it.each([
    ["March 1019", 1019],
    ["Jan 2202", 2202],
    ["31/02/20222", 20222],
    ["13/09/1922", 1922],
    ["12th August 2109", 2109],
    ["Q3 1924/25", 1924],
    ["March 202", 202],
    ["Autumn term 1999", 1999],
    ["June 2020 to April 2201", 2201],
  ])("%j → implausible year %i", (written, year) => expect(parseDeadline(written)).toEqual({ kind: "implausible", text: written, year }));

  it("keeps the original text, trimmed, whatever the kind", () => {
    const results: Deadline[] = ["  Oct.2022 ", " Ongoing\n", "\tTBC ", " nonsense "].map((t) => parseDeadline(t));
    expect(results.map((r) => r.text)).toEqual(["Oct.2022", "Ongoing", "TBC", "nonsense"]);
  });

  it("accepts the 2000 and 2100 edges", () => {
    expect(parseDeadline("Jan 2000")).toMatchObject({ kind: "date", start: "2000-01-01" });
    expect(parseDeadline("Dec 2100")).toMatchObject({ kind: "date", due: "2100-12-31" });
  });
});
