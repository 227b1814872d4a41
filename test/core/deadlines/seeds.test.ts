import { parseDeadline } from "../../../src/core/deadlines";

/**
 * Every distinct Timescale / Deadline / "By when" spelling in the four seed plans
 * (Hounslow 2022 and its 2024 monitoring update, Peterborough 2019, Thurrock 2019), as written.
 */
describe("seed plans: date cells", () => {
  it.each([
    // Hounslow 2022 (Timescale, By when)
    ["February 2022", "2022-02-01", "2022-02-28"],
    ["March 2022", "2022-03-01", "2022-03-31"],
    ["April 2022", "2022-04-01", "2022-04-30"],
    ["May 2022", "2022-05-01", "2022-05-31"],
    ["July 2022", "2022-07-01", "2022-07-31"],
    ["Sept 2022", "2022-09-01", "2022-09-30"],
    ["Sept. 2022", "2022-09-01", "2022-09-30"],
    ["September 2022", "2022-09-01", "2022-09-30"],
    ["Oct 2022", "2022-10-01", "2022-10-31"],
    ["Oct.2022", "2022-10-01", "2022-10-31"],
    ["Oct. 2022", "2022-10-01", "2022-10-31"],
    ["Nov 2022", "2022-11-01", "2022-11-30"],
    ["Dec 2022", "2022-12-01", "2022-12-31"],
    ["Dec. 2022", "2022-12-01", "2022-12-31"],
    ["December 2022", "2022-12-01", "2022-12-31"],
    ["Jan 2023", "2023-01-01", "2023-01-31"],
    ["Jan. 2023", "2023-01-01", "2023-01-31"],
    ["Feb 2023", "2023-02-01", "2023-02-28"],
    ["Feb. 2023", "2023-02-01", "2023-02-28"],
    ["Feb.2023", "2023-02-01", "2023-02-28"],
    ["March 2023", "2023-03-01", "2023-03-31"],
    ["March. 2023", "2023-03-01", "2023-03-31"],
    ["April 2023", "2023-04-01", "2023-04-30"],
    ["May 2023", "2023-05-01", "2023-05-31"],
    ["June 2023", "2023-06-01", "2023-06-30"],
    ["June.2023", "2023-06-01", "2023-06-30"],
    ["July 2023", "2023-07-01", "2023-07-31"],
    ["Aug. 2023", "2023-08-01", "2023-08-31"],
    ["Sept 2023", "2023-09-01", "2023-09-30"],
    ["Sept. 2023", "2023-09-01", "2023-09-30"],
    ["Sept.2023", "2023-09-01", "2023-09-30"],
    ["Oct 2023", "2023-10-01", "2023-10-31"],
    ["Dec 2023", "2023-12-01", "2023-12-31"],
    ["December 2023", "2023-12-01", "2023-12-31"],
    ["Feb 2024", "2024-02-01", "2024-02-29"],
    ["March 2024", "2024-03-01", "2024-03-31"],
    ["Approved by Ofsted and CQC 13-09-2022", "2022-09-13", "2022-09-13"],
    ["(w/c 23 May 2022)", "2022-05-23", "2022-05-23"],
    // Hounslow monitoring 2024 (meeting dates; HTML from the converted PDF)
    ["12 <sup>th</sup> Dec 24", "2024-12-12", "2024-12-12"],
    ["13 <sup>th</sup> Dec 24", "2024-12-13", "2024-12-13"],
    ["16 <sup>th</sup> Dec 24", "2024-12-16", "2024-12-16"],
    ["30 <sup>th</sup> Jan 25", "2025-01-30", "2025-01-30"],
    ["Jan 25", "2025-01-01", "2025-01-31"],
    ["Feb 25", "2025-02-01", "2025-02-28"],
    ["Q2 2024/25", "2024-07-01", "2024-09-30"],
    ["Q4 of 2022/23", "2023-01-01", "2023-03-31"],
    ["Q4 22/23", "2023-01-01", "2023-03-31"],
    ["will be cleared by end of December 2024.", "2024-12-01", "2024-12-31"],
    ["28 February 2022 - 4 March 2022", "2022-02-28", "2022-03-04"],
    // Peterborough 2019 (Deadline, BRAG + date)
    ["Aug 2019", "2019-08-01", "2019-08-31"],
    ["Sept 2019", "2019-09-01", "2019-09-30"],
    ["Oct 2019", "2019-10-01", "2019-10-31"],
    ["Nov 2019", "2019-11-01", "2019-11-30"],
    ["November 2019", "2019-11-01", "2019-11-30"],
    ["Dec 2019", "2019-12-01", "2019-12-31"],
    ["Jan 2020", "2020-01-01", "2020-01-31"],
    ["January 2020", "2020-01-01", "2020-01-31"],
    ["Feb 2020", "2020-02-01", "2020-02-29"],
    ["March 2020", "2020-03-01", "2020-03-31"],
    ["April 2020", "2020-04-01", "2020-04-30"],
    ["May 2020", "2020-05-01", "2020-05-31"],
    ["June 2020", "2020-06-01", "2020-06-30"],
    ["July 2020", "2020-07-01", "2020-07-31"],
    ["Aug 2020", "2020-08-01", "2020-08-31"],
    ["August 2020", "2020-08-01", "2020-08-31"],
    ["Sept 2020", "2020-09-01", "2020-09-30"],
    ["Oct 2020", "2020-10-01", "2020-10-31"],
    ["Dec 2020", "2020-12-01", "2020-12-31"],
    ["April 2021", "2021-04-01", "2021-04-30"],
    ["July 2021", "2021-07-01", "2021-07-31"],
    ["<p>Feb 2020</p>", "2020-02-01", "2020-02-29"],
    ["<p>April 2020</p>", "2020-04-01", "2020-04-30"],
    ["<p>Sept 2019</p> <p>Feb 2020</p> <p>Feb 2020</p> <p>July 2020</p> <p>July 2020</p>", "2019-09-01", "2020-07-31"],
    ["Finalise initial set of KPIS by March 2020 – contractual round", "2020-03-01", "2020-03-31"],
    // Thurrock 2019 (Timescale)
    ["May 2019", "2019-05-01", "2019-05-31"],
    ["Sep 2019", "2019-09-01", "2019-09-30"],
    ["September 2019", "2019-09-01", "2019-09-30"],
    ["October 2019", "2019-10-01", "2019-10-31"],
    ["Oct 19", "2019-10-01", "2019-10-31"],
    ["<p>June 2019</p> <p>June 2019</p>", "2019-06-01", "2019-06-30"],
    ["July 2020 July 2021", "2020-07-01", "2021-07-31"],
    ["25 July 2019", "2019-07-25", "2019-07-25"],
  ])("%j → %s..%s", (written, start, due) => {
    expect(parseDeadline(written)).toEqual({ kind: "date", start, due, text: written, source: "text" });
  });
});

describe("seed plans: cells that are not a plain date", () => {
  it.each([
    ["Ongoing from March 2020", "ongoing"],
    ["From Feb 2020", "ongoing"],
    ["Quarterly report provided starting in September 2019", "ongoing"],
    ["Monitor KPIS via monthly contract meetings – ongoing in 2020", "ongoing"],
    ["Action plan progress monitored at bi-monthly SEND Executive Board", "ongoing"],
    ["QA report from SEND board quarterly agenda item on ICP subgroup", "ongoing"],
    ["-", "missing"],
    ["TBC (Pre-Christmas)", "missing"],
    ["Key Decision: N/A", "unparsed"],
    ["2020", "unparsed"],
    ["16 months", "unparsed"],
    ["Advert to go out in September", "unparsed"],
    ["Multi-agency events delivered summer term", "unparsed"],
    ["Current Month October", "unparsed"],
  ])("%j → %s", (written, kind) => expect(parseDeadline(written)).toEqual({ kind, text: written }));

  it.each([
    ["June 2020 to", "2020-06-01", "2020-06-30", "\"June 2020 to\" is a range with no end; read as due 30 Jun 2020"],
    ["Nov 2019-", "2019-11-01", "2019-11-30", "\"Nov 2019-\" is a range with no end; read as due 30 Nov 2019"],
  ])("%j (a range cut off by a line break) → %s..%s, reported", (written, start, due, ambiguity) => {
    expect(parseDeadline(written)).toEqual({ kind: "date", start, due, text: written, source: "text", ambiguity });
  });
});
