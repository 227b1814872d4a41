import { checkSnapshot } from "../../src/review/check";
import { planFix } from "../../src/review/fix";
import { treatLabelWrite, unknownLabels } from "../../src/review/labels";
import { MemoryWorkbook } from "../../src/workbook/memory";

const TODAY = "2023-03-31";
const plan = () =>
  MemoryWorkbook.fromRows([{
    name: "Plan",
    rows: [
      ["Ref", "Action", "Deadline", "RAG"],
      ["1", "Recruit", "March 2023", "Purple"],
      ["2", "Train", "March 2023", "Red"],
      ["3", "Audit", "June 2023", "purple"],
      ["4", "Survey", "June 2023", "Green"],
    ],
  }]);

describe("labels the scheme does not know", () => {
  it("the error names the scheme's labels, how often the label is used and how to add it", async () => {
    const { report } = checkSnapshot(await plan().read(), { today: TODAY });
    const unknown = report.issues.filter((i) => i.rule === "status.unknown");
    expect(unknown.map((i) => i.cell)).toEqual(["D2", "D4"]);
    expect(unknown[0]!.message).toContain("(Red, Amber, Green, Complete)");
    expect(unknown[0]!.message).toContain("used in 2 cells");
    expect(unknown[0]!.message).toContain('"aliases": { "Purple"');
    expect(unknown[0]!.message).toContain('"addRatings": [{ "label": "Purple"');
  });

  it("lists them for the pane, most used first", async () => {
    const resolved = checkSnapshot(await plan().read(), { today: TODAY });
    expect(unknownLabels(resolved)).toEqual([{ label: "Purple", cells: ["D2", "D4"] }]);
  });

  it("treated as a rating of its own, saved in the config: counted under it, no error, and the CLI reads the same", async () => {
    const wb = plan();
    const resolved = checkSnapshot(await wb.read(), { today: TODAY });
    await wb.write(treatLabelWrite(await wb.read(), resolved, "Purple", { rating: { meaning: "Carried over to the next plan", complete: false, fill: "#7030A0" } }));
    const { report } = checkSnapshot(await wb.read(), { today: TODAY });
    expect(report.issues.filter((i) => i.rule === "status.unknown")).toEqual([]);
    expect(report.summary.ratings).toEqual(["Red", "Amber", "Green", "Complete", "Purple", "Not rated"]);
    expect(report.summary.totals).toMatchObject({ Purple: 2, Red: 1, Green: 1, "Not rated": 0 });
    // "purple" differs from the label only in case: a normalisation, as for built-in labels.
    expect(report.issues.filter((i) => i.rule === "status.normalised").map((i) => i.cell)).toEqual(["D4"]);
  });

  it("treated as another spelling of a rating: counted as that rating, read exactly", async () => {
    const wb = plan();
    const resolved = checkSnapshot(await wb.read(), { today: TODAY });
    await wb.write(treatLabelWrite(await wb.read(), resolved, "Purple", { aliasOf: "amber" }));
    const { report } = checkSnapshot(await wb.read(), { today: TODAY });
    expect(report.summary.totals).toMatchObject({ Amber: 2, "Not rated": 0 });
    expect(report.issues.filter((i) => i.rule.startsWith("status.") && i.rule !== "status.normalised")).toEqual([]);
    expect(() => treatLabelWrite({ sheets: [] }, resolved, "Purple", { aliasOf: "Violet" })).toThrow(/not a rating of the RAG/);
  });
});

describe("an ambiguous label (Green in the five-level scheme)", () => {
  const rag5 = () =>
    MemoryWorkbook.fromRows([{
      name: "Plan",
      rows: [
        ["Ref", "Action", "Deadline", "RAG"],
        ["1", "Recruit", "March 2023", "Light Green"],
        ["2", "Train", "March 2023", "Green"],
        ["3", "Audit", "June 2023", "Dark Green"],
        ["4", "Survey", "June 2023", "amber"],
      ],
    }]);

  it("is a warning that asks, with both meanings as choices, never written by fix unless answered", async () => {
    const snapshot = await rag5().read();
    const { report } = checkSnapshot(snapshot, { today: TODAY });
    expect(report.scheme).toBe("rag5");
    const asked = report.issues.find((i) => i.rule === "status.ambiguous")!;
    expect(asked).toMatchObject({ severity: "warning", cell: "D3", fix: { cell: "D3", before: "Green", after: "Dark Green", choices: ["Light Green", "Dark Green"] } });
    expect(asked.message).toContain("Light Green (on track");
    expect(report.issues.filter((i) => i.rule === "status.normalised").map((i) => i.cell)).toEqual(["D5"]);
    expect(planFix(snapshot, { today: TODAY }).edits.map((e) => e.cell)).toEqual(["D5"]);
    expect(planFix(snapshot, { today: TODAY }, { D3: "Light Green" }).edits.map((e) => [e.cell, e.after])).toEqual([["D3", "Light Green"], ["D5", "Amber"]]);
    expect(planFix(snapshot, { today: TODAY }, { D3: "Purple" }).edits.map((e) => e.cell)).toEqual(["D5"]);
  });
});
