import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { writeXlsx, type XSheet } from "../helpers/ooxml";
import { COLOUR_ONLY, DELIVERY_CONFIDENCE, EMOJI, OWN_LABELS, RATING_BY_CONTENTS, RATING_WITH_DATE, STATUS_WORDS, TODAY, TWO_ACTION_COLUMNS } from "./council-plans";

/**
 * End to end: a workbook written part by part as a council's Excel saves it (not by ExcelJS),
 * through `wsoa check --json`: the figures a plan's author would count by hand.
 */
const dir = mkdtempSync(join(tmpdir(), "wsoa-council-"));

interface Report {
  sheet: string;
  headerRow: number;
  scheme: string;
  columns: Record<string, string>;
  items: number;
  issues: { severity: string; rule: string; cell: string | null; message: string; fix?: { cell: string; before: string; after: string } }[];
  summary: { totals: Record<string, number>; total: number; complete: number; overdue: number };
}

async function check(sheet: XSheet, ...args: string[]): Promise<{ code: number; report: Report }> {
  const path = join(dir, `${sheet.name}.xlsx`);
  writeFileSync(path, await writeXlsx([sheet]));
  let out = "";
  const code = await runCli(["check", path, "--json", ...(args.includes("--today") ? [] : ["--today", TODAY]), ...args], { out: (t) => (out += t), err: () => {} });
  return { code, report: JSON.parse(out) as Report };
}

const rules = (r: Report, rule: string) => r.issues.filter((i) => i.rule === rule).map((i) => i.cell);

describe("council plans, from files not written by ExcelJS", () => {
  it("status words: every word read, Complete and Completed complete, overdue counted", async () => {
    const { code, report } = await check(STATUS_WORDS);
    expect(code).toBe(0);
    expect(report).toMatchObject({ scheme: "status", headerRow: 3, items: 8, columns: { status: "E", deadline: "D" } });
    expect(report.summary).toMatchObject({ total: 8, complete: 2, overdue: 4 });
    expect(report.summary.totals).toMatchObject({ "Not started": 1, "Off track": 2, "At risk": 1, "In progress": 1, "On track": 1, Complete: 2, "Not rated": 0 });
    expect(rules(report, "status.unknown")).toEqual([]);
    expect(rules(report, "status.normalised")).toEqual(["E11"]);
  });

  it("delivery confidence: found under a DCA heading, every spelling of the two-colour ratings", async () => {
    const { code, report } = await check(DELIVERY_CONFIDENCE);
    expect(code).toBe(0);
    expect(report).toMatchObject({ scheme: "dca", items: 8, columns: { status: "F", workstream: "B" } });
    expect(report.summary.totals).toMatchObject({ Red: 1, "Amber/Red": 1, Amber: 1, "Amber/Green": 3, Green: 1, Complete: 1, "Not rated": 0 });
    expect(report.summary).toMatchObject({ complete: 1, overdue: 3 });
    expect(rules(report, "status.unknown")).toEqual([]);
    // "Amber-Green" and "Amber / Red" are the label written with another separator: exact.
    expect(rules(report, "status.normalised")).toEqual(["F5"]);
  });

  it("emoji: read as the rating of their colour, ticks and blue as complete", async () => {
    const { code, report } = await check(EMOJI);
    expect(code).toBe(0);
    expect(report).toMatchObject({ scheme: "rag", items: 6 });
    expect(report.summary.totals).toMatchObject({ Red: 1, Amber: 2, Green: 1, Complete: 2, "Not rated": 0 });
    expect(report.summary).toMatchObject({ complete: 2, overdue: 2 });
    expect(report.issues.filter((i) => i.rule.startsWith("status."))).toEqual([]);
  });

  it("colour only: each fill read as the nearest rating colour, reported with a fix; purple stays unrated", async () => {
    const { code, report } = await check(COLOUR_ONLY);
    expect(code).toBe(0);
    expect(report).toMatchObject({ scheme: "rag", items: 8 });
    expect(report.summary.totals).toMatchObject({ Red: 1, Amber: 2, Green: 2, Complete: 2, "Not rated": 1 });
    expect(report.summary).toMatchObject({ complete: 2, overdue: 3 });
    expect(report.issues.filter((i) => i.rule === "status.colour-only").map((i) => [i.cell, i.fix?.after])).toEqual([
      ["E2", "Red"], ["E3", "Amber"], ["E4", "Green"], ["E5", "Complete"], ["E6", "Complete"], ["E9", "Amber"],
    ]);
    expect(rules(report, "status.colour-unmatched")).toEqual(["E7"]);
    expect(report.issues.find((i) => i.rule === "status.colour-unmatched")?.message).toContain("#7030A0");
    expect(rules(report, "status.colour-contradicts")).toEqual(["E8"]);
    expect(rules(report, "item.overdue")).toEqual(["D2", "D3", "D7"]);
  });

  it("colour only: fix writes each word the colours showed, and the plan then counts the same without colour", async () => {
    const input = join(dir, "colour-fix.xlsx");
    const output = join(dir, "colour-fixed.xlsx");
    writeFileSync(input, await writeXlsx([COLOUR_ONLY]));
    const code = await runCli(["fix", input, "-o", output, "--today", TODAY], { out: () => {}, err: () => {} });
    expect(code).toBe(0);
    let out = "";
    await runCli(["check", output, "--json", "--today", TODAY], { out: (t) => (out += t), err: () => {} });
    const fixed = JSON.parse(out) as Report;
    expect(fixed.summary.totals).toMatchObject({ Red: 1, Amber: 2, Green: 2, Complete: 2, "Not rated": 1 });
    expect(rules(fixed, "status.colour-only")).toEqual([]);
    expect(fixed.issues.filter((i) => i.rule === "status.colour-contradicts").map((i) => i.cell)).toEqual(["E8"]);
  });

  it("a rating and a date in one cell, either order, under a heading naming both: both read", async () => {
    const { code, report } = await check(RATING_WITH_DATE, "--today", "2020-06-30");
    expect(code).toBe(0);
    expect(report).toMatchObject({ scheme: "rag", items: 5, columns: { deadline: "D", status: "D" } });
    expect(report.summary.totals).toMatchObject({ Red: 1, Amber: 1, Green: 1, Complete: 1, "Not rated": 1 });
    expect(report.summary).toMatchObject({ complete: 1, overdue: 2 });
    expect(rules(report, "item.overdue")).toEqual(["D5", "D6"]);
    expect(rules(report, "date.unparseable")).toEqual([]);
    expect(rules(report, "status.unknown")).toEqual([]);
    expect(rules(report, "structure.column-decided")).toEqual(["D1"]);
  });

  it("the rating column found by its contents when no heading names it, reported as info", async () => {
    const { code, report } = await check(RATING_BY_CONTENTS);
    expect(code).toBe(0);
    expect(report).toMatchObject({ items: 5, columns: { status: "E" } });
    expect(report.summary.totals).toMatchObject({ Red: 1, Amber: 1, Green: 1, Complete: 1, "Not rated": 1 });
    expect(report.summary).toMatchObject({ complete: 1, overdue: 2 });
    const note = report.issues.find((i) => i.rule === "structure.rating-by-contents");
    expect(note).toMatchObject({ severity: "info", cell: "E1" });
    expect(note?.message).toContain("4 of its 4 filled cells");
  });

  it("the same date-and-rating cells under a plain date heading: found by contents, both read", async () => {
    const plain = { ...RATING_WITH_DATE, name: "Plain", rows: [["Ref", "Action", "Lead", "Timescale"], ...RATING_WITH_DATE.rows.slice(1)] };
    const { report } = await check(plain, "--today", "2020-06-30");
    expect(report).toMatchObject({ columns: { deadline: "D", status: "D" } });
    expect(report.summary).toMatchObject({ complete: 1, overdue: 2 });
    expect(rules(report, "structure.rating-by-contents")).toEqual(["D1"]);
  });

  it("two action columns under a band of merged headings: left is the action, right the milestone, every row an item", async () => {
    const { code, report } = await check(TWO_ACTION_COLUMNS);
    expect(code).toBe(0);
    expect(report).toMatchObject({ headerRow: 3, items: 8, columns: { action: "A", milestone: "B", lead: "C", deadline: "D", status: "E" } });
    expect(report.summary.totals).toMatchObject({ Green: 3, Amber: 2, Red: 1, Complete: 2, "Not rated": 0 });
    expect(report.summary).toMatchObject({ complete: 2, overdue: 3 });
    expect(rules(report, "item.overdue")).toEqual(["D6", "D7", "D9"]);
    expect(rules(report, "structure.duplicate-column")).toEqual([]);
    expect(report.issues.find((i) => i.rule === "structure.column-decided")?.message).toContain("Key activity");
  });

  it("labels the council uses on purpose: an error saying how to add them, then read from a --scheme file", async () => {
    const before = await check(OWN_LABELS);
    expect(before.code).toBe(1);
    const unknown = before.report.issues.filter((i) => i.rule === "status.unknown");
    expect(unknown.map((i) => i.cell)).toEqual(["E2", "E3", "E4"]);
    expect(unknown[0]!.message).toContain("used in 2 cells");
    expect(unknown[0]!.message).toContain("addRatings");

    const file = join(dir, "own-labels.json");
    writeFileSync(file, JSON.stringify({ addRatings: [{ label: "Purple", meaning: "Carried over to the next plan", fill: "#7030A0" }], aliases: { M: "Amber" } }));
    const { code, report } = await check(OWN_LABELS, "--scheme", file);
    expect(code).toBe(0);
    expect(report.summary.totals).toMatchObject({ Purple: 2, Amber: 2, Green: 1, Complete: 1, "Not rated": 0 });
    expect(report.summary).toMatchObject({ complete: 1, overdue: 1 });
    expect(report.issues.filter((i) => i.rule.startsWith("status."))).toEqual([]);
  });

  it("--scheme accepts the new ids and explains a bad scheme file, naming the key", async () => {
    expect((await check(STATUS_WORDS, "--scheme", "status")).report.scheme).toBe("status");
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ addRatings: [{ label: "Purple", complete: "yes" }] }));
    let err = "";
    const code = await runCli(["check", join(dir, "Tracker.xlsx"), "--scheme", bad], { out: () => {}, err: (t) => (err += t) });
    expect(code).toBe(2);
    expect(err).toContain("addRatings.0.complete");
  });
});
