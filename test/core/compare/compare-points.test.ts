import { comparePoints, planPoint, ratingOrder } from "../../../src/core/compare";
import type { CellValue } from "../../../src/core/grid";
import { readPlan } from "../../../src/core/plan/read-plan";
import { BRAG, RAG } from "../../../src/core/ratings/scheme";
import { grid } from "../../helpers/grid";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const HEAD: CellValue[] = ["Ref", "Action", "Milestone", "Deadline", "RAG", "Progress update"];

/** Two versions of one plan with a known change on every item (see each row's comment). */
const BEFORE: CellValue[][] = [
  HEAD,
  ["1.1", "Build the team", "Appoint the head of service", d("2023-03-31"), "Amber", "Interviews held"], // completed
  [null, null, "Agree the new staffing structure", "Jun 2023", "Green", "On track"], // worse
  [null, null, "Secure funding for extra case officers", "Sep 2023", "Amber", "Awaiting budget decision"], // same, not updated
  ["1.2", "Write plans in house", "Train all case officers in plan writing", d("2023-04-30"), "Green", "Course booked"], // slipped (date cells)
  [null, null, "Bring all plan writing in house", "Oct 2023", "Green", "Contract ends in October"], // slipped (free text)
  [null, null, "Review the quality of new plans", "Dec 2023", "Green", "Audit tool drafted"], // brought forward
  ["1.3", "Co-production", "Hold joint workshop", "Nov 2023", null, ""], // unrated before, re-worded after
  [null, null, "Publish a newsletter for parents", "Jan 2024", "Red", "Not started"], // removed
  [null, null, "Set up the parent carer forum", "Feb 2023", "Complete", "Forum meets monthly"], // complete at both, same text
];

const AFTER: CellValue[][] = [
  HEAD,
  ["1.1", "Build the team", "Appoint the head of service", d("2023-03-31"), "Complete", "Appointed in April"],
  [null, null, "Agree the new staffing structure", "Jun 2023", "Amber", "Delayed by consultation"],
  [null, null, "Secure funding for extra case officers", "Sep 2023", "Amber", "Awaiting  budget decision"],
  ["1.2", "Write plans in house", "Train all case officers in plan writing", d("2023-07-31"), "Green", "Moved to summer"],
  [null, null, "Bring all plan writing in house", "March 2024", "Green", "Contract extended"],
  [null, null, "Review the quality of new plans", "Nov 2023", "Green", "Audit tool agreed"],
  ["1.3", "Co-production", "Hold joint LA/CCG workshop for SEND professionals", "Nov 2023", "Green", "Date set"],
  [null, null, "Set up the parent carer forum", "Feb 2023", "Complete", "Forum meets monthly"],
  [null, null, "Co-produce the Local Offer pages", "Mar 2024", "Green", "Started"], // added
];

const point = (rows: CellValue[][], asAt: string) => {
  const g = grid(rows);
  return planPoint(readPlan(g, { sheet: "Plan" })!, g, asAt);
};

describe("comparePoints on two versions with known changes", () => {
  const c = comparePoints(point(BEFORE, "2023-05-15"), point(AFTER, "2023-09-30"), RAG);
  const texts = (pick: (i: (typeof c.items)[number]) => boolean) => c.items.filter(pick).map((i) => i.text);

  it("counts every kind of change", () => {
    expect(c.counts).toEqual({ completed: 1, improved: 1, worse: 1, same: 5, slipped: 2, broughtForward: 1, added: 1, removed: 1, notUpdated: 1 });
  });

  it("names the items behind each count", () => {
    expect(texts((i) => i.completed)).toEqual(["Appoint the head of service"]);
    expect(texts((i) => i.direction === "worse")).toEqual(["Agree the new staffing structure"]);
    expect(texts((i) => i.notUpdated)).toEqual(["Secure funding for extra case officers"]);
    expect(texts((i) => i.presence === "added")).toEqual(["Co-produce the Local Offer pages"]);
    expect(texts((i) => i.presence === "removed")).toEqual(["Publish a newsletter for parents"]);
    // Unrated before: in none of improved, worse, same.
    expect(c.items.find((i) => i.text.startsWith("Hold joint"))).toMatchObject({ ratingBefore: null, ratingAfter: "Green", direction: null, match: "similar", cellBefore: "C8", cellAfter: "C8" });
  });

  it("gives slipped days for date cells and for free-text deadlines, and brought-forward days as negative", () => {
    const byText = new Map(c.items.map((i) => [i.text, i]));
    expect(byText.get("Train all case officers in plan writing")).toMatchObject({ deadlineBefore: "2023-04-30", deadlineAfter: "2023-07-31", slippedDays: 92 });
    expect(byText.get("Bring all plan writing in house")).toMatchObject({ deadlineBefore: "2023-10-31", deadlineAfter: "2024-03-31", slippedDays: 152 });
    expect(byText.get("Review the quality of new plans")).toMatchObject({ deadlineBefore: "2023-12-31", deadlineAfter: "2023-11-30", slippedDays: -31 });
    expect(byText.get("Appoint the head of service")).toMatchObject({ slippedDays: 0, progressUpdated: true, cellBefore: "C2", cellAfter: "C2" });
  });

  it("puts the whole-plan figures of both points side by side", () => {
    expect(c.before).toEqual({ asAt: "2023-05-15", total: 9, complete: 1, percentComplete: 11.1, overdue: 2 });
    expect(c.after).toEqual({ asAt: "2023-09-30", total: 9, complete: 2, percentComplete: 22.2, overdue: 2 });
  });

  it("does not call a complete item with the same update 'not updated'", () => {
    expect(c.items.find((i) => i.text === "Set up the parent carer forum")).toMatchObject({ progressUpdated: false, notUpdated: false, direction: "same" });
  });

  it("has no progress verdict when the plan has no progress column", () => {
    const strip = (rows: CellValue[][]) => rows.map((r) => r.slice(0, 5));
    const plain = comparePoints(point(strip(BEFORE), "2023-05-15"), point(strip(AFTER), "2023-09-30"), RAG);
    expect(plain.counts.notUpdated).toBe(0);
    expect(plain.items.every((i) => i.progressUpdated === null)).toBe(true);
  });
});

describe("ratingOrder", () => {
  it("orders by the scheme, worst first, whatever order the scheme lists", () => {
    const brag = ratingOrder(BRAG);
    expect(["Red", "Amber", "Green", "Blue"].map((l) => brag.get(l))).toEqual([0, 1, 2, 3]);
    const custom = ratingOrder({ id: "x", name: "x", ratings: [{ label: "Off track" }, { label: "On track" }] as never });
    expect(custom.get("On track")).toBeGreaterThan(custom.get("Off track")!);
  });
});
