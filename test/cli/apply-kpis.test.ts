import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import { rawXlsx } from "../helpers/raw-xlsx";

async function run(args: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(args, { out: (t) => (out += t + "\n"), err: (t) => (err += t + "\n") });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "wsoa-apply-kpis-"));
const text = (ws: ExcelJS.Worksheet, row: number) => Array.from((ws.getRow(row).values as unknown[]).slice(1), (v) => (v === undefined || v === null ? "" : String(v)));
const fill = (cell: ExcelJS.Cell) => (cell.fill?.type === "pattern" ? cell.fill.fgColor?.argb : undefined);

/** The summary sheet's KPI section, as read back from the written file. */
async function kpiSection(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("Summary")!;
  let title = 0;
  ws.eachRow((row, r) => {
    if (row.getCell(1).value === "Key performance indicators") title = r;
  });
  return { ws, title };
}

describe("wsoa apply: the summary's KPI section", () => {
  it("reads back from a copy of a file another program wrote: totals sentence, one row per KPI, rating as text and colour", async () => {
    const header = ["Key Performance Indicator", "Baseline (Mar 23)", "Target", "Milestone 1 – Jul 23", "Actual Jul 23", "Milestone 2 – Nov 23", "Actual Nov 23"];
    const input = join(dir, "plan-with-kpis.xlsx");
    writeFileSync(input, await rawXlsx([
      { name: "Action plan", rows: [["Ref", "Action", "Deadline", "Lead", "RAG"], ["1.1", "Write the SEND strategy", "Dec 2023", "AD SEND", "Complete"], ["1.2", "Train the EHC team", "Mar 2024", "Head of SEND", "Green"]] },
      {
        name: "KPIs",
        rows: [
          header,
          ["% new EHCPs issued within 20 weeks", { percent: 0.45 }, { percent: 0.6 }, { percent: 0.5 }, { percent: 0.52 }, { percent: 0.55 }, { percent: 0.56 }],
          ["Average weeks waiting for a first appointment", 28.92, 18, 24, 25, 20, 21],
          ["Suspensions per 100 pupils with an EHCP", "10.9% (academic year 21/22)", "8%", "10%", "12.1% (academic year 22/23)", "9%", ""],
          ["% families satisfied with the EHCP process", "TBC", "75%", "50%", "", "60%", ""],
        ],
      },
    ]));
    const out = join(dir, "plan-with-kpis-applied.xlsx");
    const r = await run(["apply", input, "-o", out, "--today", "2024-01-31"]);
    expect(r.err).toBe("");
    const { ws, title } = await kpiSection(out);
    expect(title).toBeGreaterThan(0);
    expect(text(ws, title + 1)[0]).toBe("2 of 3 KPIs with data (66.7%) improved on baseline, 0 the same, 1 worse; 1 met their target, 2 missed; 1 with no data yet.");
    expect(text(ws, title + 3)).toEqual(["Key performance indicator", "Baseline", "Latest period", "Target", "Actual", "Met / missed", "vs baseline", "Rating"]);
    expect(text(ws, title + 4)).toEqual(["% new EHCPs issued within 20 weeks", "45%", "Nov 23", "55%", "56%", "Met", "↑ improved", "Green"]);
    expect(text(ws, title + 5)).toEqual(["Average weeks waiting for a first appointment", "28.92", "Nov 23", "20", "21", "Missed", "↑ improved", "Amber"]);
    expect(text(ws, title + 6)).toEqual(["Suspensions per 100 pupils with an EHCP", "10.9%", "Jul 23", "10%", "12.1%", "Missed", "↓ worse", "Red"]);
    expect(text(ws, title + 7)).toEqual(["% families satisfied with the EHCP process", "", "", "", "", "No data", "– not known", "No data"]);
    expect([title + 4, title + 5, title + 6].map((r) => fill(ws.getCell(r, 8)))).toEqual(["FF00B050", "FFFFC000", "FFC00000"]);
    // Figures stay text: "Nov 23" is not turned into a date, nor "45%" into 0.45.
    expect(ws.getCell(title + 4, 2).numFmt).toBe("@");
  });

  it("Hounslow December 2024: the board's figures on the summary sheet", async () => {
    const out = join(dir, "hounslow-applied.xlsx");
    await run(["apply", "examples/hounslow-2024-12.xlsx", "-o", out, "--today", "2024-12-31"]);
    const { ws, title } = await kpiSection(out);
    expect(text(ws, title + 1)[0]).toBe("17 of 24 KPIs with data (70.8%) improved on baseline, 2 the same, 5 worse; 4 met their target, 20 missed; 3 with no data yet.");
    const rows = Array.from({ length: 27 }, (_, i) => text(ws, title + 4 + i));
    expect(rows.find((r) => r[0]!.startsWith("Reduce waiting times"))).toEqual(["Reduce waiting times for completing autism assessment", "24 months", "Q2 2024/25", "14 months (March 2024)", "15 months", "Missed", "↑ improved", "Amber"]);
    expect(rows.filter((r) => r[7] === "Green")).toHaveLength(4);
    // With no exceptions, the KPI table's headings repeat on each printed page.
    expect(ws.pageSetup.printTitlesRow).toBe(`${title + 3}:${title + 3}`);
  });

  it("writes no KPI section when the workbook has no KPI table", async () => {
    const out = join(dir, "hounslow-2022-applied.xlsx");
    await run(["apply", "examples/hounslow-2022.xlsx", "-o", out, "--today", "2023-03-31"]);
    expect((await kpiSection(out)).title).toBe(0);
  });
});
