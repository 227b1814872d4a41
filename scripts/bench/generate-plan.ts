/**
 * Generated plans in the seed layouts, of any size, for benchmarks: realistic text lengths,
 * up to 20 section rows (areas of weakness), milestone continuation rows, free-text deadlines and a mix
 * of ratings including careless ones.
 */
import type { CellValue } from "../../src/core/grid";

export type Layout = "hounslow" | "thurrock" | "peterborough";

const HEADERS: Record<Layout, string[]> = {
  hounslow: ["Ref", "Key action", "Milestones", "Timescale", "Lead", "RAG", "Progress update"],
  thurrock: ["Improvement Area", "Actions", "Success Measure(s)", "Lead", "Governance Forum", "Timescale", "Initial RAG", "RAG", "Progress Update"],
  peterborough: ["Outcomes (what we intend to achieve)", "Ref", "Implementation (Actions - what are we going to do)", "Resource Required", "Key milestones (Action tracker)", "Deadline", "BRAG + date"],
};

const DEADLINES = ["Oct.2022", "Sept. 2022", "March 2023", "Q3 2024/25", "Spring term 2023", "June 2022 to April 2023", "Ongoing", "By end of March 2023", "13/09/2022", "Feb 2023"];
const RAG = ["Red", "Amber", "Green", "Complete", "amber ", "G", "", "Complete"];
const RAG5 = ["RED", "AMBER", "LIGHT GREEN", "Dark Green", "Completed", ""];
const BRAG = ["Blue – Sept 2022", "Green Nov 2022", "Amber", "Red", "", "Blue"];

/** A small deterministic generator, so every run measures the same plan. */
function pick<T>(list: readonly T[], i: number): T {
  return list[(i * 7919 + 13) % list.length]!;
}

/** Header (row 3, under a title) then `items` item rows, section rows included. */
export function generatePlanRows(layout: Layout, items: number): CellValue[][] {
  const rows: CellValue[][] = [[`Generated ${layout} plan (${items} items)`], [], HEADERS[layout]];
  // Real plans have a handful of areas of weakness; merged programmes a few dozen at most.
  const perArea = Math.max(25, Math.ceil(items / 20));
  for (let i = 0; i < items; i++) {
    const area = Math.floor(i / perArea) + 1;
    if (i % perArea === 0) rows.push([`Significant weakness ${area}: generated area of weakness number ${area}, described at realistic length`]);
    const action = Math.floor(i / 4);
    const first = i % 4 === 0;
    const ref = `${area}.${action}`;
    const text = `Milestone ${i}: review current arrangements and agree next steps with partners`;
    const deadline = pick(DEADLINES, i);
    if (layout === "hounslow")
      rows.push([first ? ref : null, first ? `Key action ${action}: strengthen the statutory team` : null, text, deadline, "Head of Service SEND", pick(RAG, i), "Progress noted at the board"]);
    else if (layout === "thurrock")
      rows.push([first ? `Area ${action}` : null, text, "Success measure agreed", "Strategic Lead", "SEND Development Board", deadline, pick(RAG5, i + 1), pick(RAG5, i), "Update"]);
    else
      rows.push([first ? `Outcome ${action}` : null, first ? ref : null, first ? `Implementation ${action}` : null, first ? "ER" : null, text, deadline, pick(BRAG, i)]);
  }
  return rows;
}
