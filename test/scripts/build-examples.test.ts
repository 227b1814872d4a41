import ExcelJS from "exceljs";
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import {
  buildAllExamples,
  buildExample,
  fixZipTimes,
  listExamples,
  parseCell,
  parseTsv,
  SourceError,
  toXlsxBytes,
} from "../../scripts/build-examples";

const SOURCES = path.resolve(__dirname, "../../examples/sources");
const source = (name: string): string => path.join(SOURCES, name);

/** Text of a cell as a plain string ("" for empty). */
const text = (ws: ExcelJS.Worksheet, address: string): string => {
  const v = ws.getCell(address).value;
  return v === null || v === undefined ? "" : String(v);
};

const sheetNames = (wb: ExcelJS.Workbook): string[] => wb.worksheets.map((w) => w.name);

function getSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Values of one column from `from` to the last row, as written (merged section rows skipped). */
function column(ws: ExcelJS.Worksheet, col: string, from: number): (string | Date | null)[] {
  const out: (string | Date | null)[] = [];
  for (let r = from; r <= ws.rowCount; r++) {
    const cell = ws.getCell(`${col}${r}`);
    if (cell.isMerged) continue;
    const v = cell.value;
    out.push(v === null || v === undefined ? null : v instanceof Date ? v : String(v));
  }
  return out;
}

const countBy = (values: (string | Date | null)[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const v of values) {
    const k = v === null ? "(blank)" : String(v);
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
};

const roundTrip = async (wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> => {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(Buffer.from(await toXlsxBytes(wb)) as unknown as ArrayBuffer);
  return back;
};

describe("parseCell (the cell escape syntax)", () => {
  it("reads empty, plain text and escapes", () => {
    expect(parseCell("")).toBeNull();
    expect(parseCell("Oct.2022")).toBe("Oct.2022");
    expect(parseCell("line one\\nline two")).toBe("line one\nline two");
    expect(parseCell("a\\tb")).toBe("a\tb");
    expect(parseCell("amber\\s")).toBe("amber ");
    expect(parseCell("C:\\\\temp")).toBe("C:\\temp");
    expect(parseCell("\\@home")).toBe("@home");
    expect(parseCell("e-mail a@b")).toBe("e-mail a@b");
  });

  it("reads @YYYY-MM-DD as a UTC date", () => {
    const d = parseCell("@2020-01-31");
    expect(d).toBeInstanceOf(Date);
    expect((d as Date).toISOString()).toBe("2020-01-31T00:00:00.000Z");
  });

  it("rejects impossible dates, other @ cells and unknown escapes", () => {
    expect(() => parseCell("@2020-02-30")).toThrow(SourceError);
    expect(() => parseCell("@31/01/2020")).toThrow(/@YYYY-MM-DD/);
    expect(() => parseCell("@")).toThrow(SourceError);
    expect(() => parseCell("bad \\x escape")).toThrow(/unknown escape/);
    expect(() => parseCell("ends in \\")).toThrow(/unknown escape/);
  });
});

describe("parseTsv", () => {
  it("splits lines and tabs, keeps blank lines as empty rows, drops trailing empty cells", () => {
    expect(parseTsv("Ref\tAction\n\n4.1.1\t\tmilestone\t\t\n\tcontinued\n")).toEqual([
      ["Ref", "Action"],
      [],
      ["4.1.1", null, "milestone"],
      [null, "continued"],
    ]);
  });

  it("accepts CRLF and a missing final newline", () => {
    expect(parseTsv("a\tb\r\nc")).toEqual([["a", "b"], ["c"]]);
  });

  it("names the line of a bad cell", () => {
    expect(() => parseTsv("ok\nfine\t@2019-13-01\n")).toThrow(/line 2: "@2019-13-01"/);
  });
});

describe("hounslow-2022", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await buildExample(source("hounslow-2022"));
  });

  it("has a Cover sheet before the WSOA sheet", () => {
    expect(sheetNames(wb)).toEqual(["Cover", "WSOA"]);
    expect(text(getSheet(wb, "Cover"), "A1")).toBe("Hounslow Local Area – Written Statement of Action (WSOA)");
  });

  it("has a title block above a bold header in row 5, frozen below it", () => {
    const ws = getSheet(wb, "WSOA");
    expect(text(ws, "A1")).toBe("Hounslow Local Area – Written Statement of Action");
    expect(text(ws, "A2")).toBe("Approved by Ofsted and CQC 13-09-2022");
    expect(ws.getRow(5).values).toEqual([undefined, "Ref", "Key action", "Milestones", "Timescale", "Lead", "RAG", "Progress update"]);
    expect(ws.getCell("B5").font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
    expect(ws.getColumn(3).width).toBe(60);
  });

  it("merges the four area rows across the table", () => {
    const ws = getSheet(wb, "WSOA");
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(["A6:G6", "A52:G52", "A72:G72", "A86:G86"]));
    expect(text(ws, "A6")).toBe("4.1. Poor quality of EHC plans including preparing children and young people for adulthood");
    expect(text(ws, "A86")).toMatch(/^4\.4 Weak quality assurance/);
  });

  it("keeps the key action on the first milestone row only, and the plan's own spellings", () => {
    const ws = getSheet(wb, "WSOA");
    expect(text(ws, "A7")).toBe("4.1.1");
    expect(text(ws, "B7")).toBe("Strengthen capacity and skill level within the statutory EHC assessment and review Team");
    expect(text(ws, "A8")).toBe("");
    expect(text(ws, "B8")).toBe("");
    expect(text(ws, "C8")).toBe("Develop new staffing structure and job descriptions");
    expect(text(ws, "D13")).toBe("Oct.2022");
    expect(text(ws, "D22")).toBe("June.2023");
    expect(text(ws, "D28")).toBe("July 2023");
  });

  it("has real dates with a date format, and text timescales elsewhere", () => {
    const ws = getSheet(wb, "WSOA");
    expect(ws.getCell("D91").value).toEqual(new Date(Date.UTC(2022, 11, 16)));
    expect(ws.getCell("D91").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell("D32").value).toBeInstanceOf(Date);
  });

  it("has at least 40 milestones, mostly Complete, with the documented careless ratings", () => {
    const ws = getSheet(wb, "WSOA");
    const milestones = column(ws, "C", 6).filter((v) => v !== null);
    expect(milestones.length).toBeGreaterThanOrEqual(40);
    expect(countBy(column(ws, "F", 6))).toEqual({
      Complete: 48, Green: 11, Amber: 10, Red: 3, "(blank)": 15,
      complete: 1, "amber ": 1, G: 1, Completed: 1,
    });
    expect(text(ws, "F14")).toBe("complete");
    expect(text(ws, "F20")).toBe("amber ");
    expect(text(ws, "F26")).toBe("Completed");
    expect(text(ws, "F38")).toBe("G");
  });
});

describe("thurrock-2019", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await buildExample(source("thurrock-2019"));
  });

  it("has the plan sheet, then the RAG key and the KPI tracker", () => {
    expect(sheetNames(wb)).toEqual(["Written Statement of Action", "RAG key", "KPI tracker"]);
    const key = getSheet(wb, "RAG key");
    expect(text(key, "A1")).toBe("RAG RATING KEY");
    expect(column(key, "A", 2)).toEqual(["RED", "AMBER", "LIGHT GREEN", "GREEN"]);
    expect(text(key, "B4")).toMatch(/^The action is on track/);
  });

  it("has the header in row 4, repeated after page breaks (once as 'Improvement area')", () => {
    const ws = getSheet(wb, "Written Statement of Action");
    const header = ws.getRow(4).values as unknown[];
    expect(header.slice(1)).toEqual([
      "Improvement Area", "Actions", "Success Measure(s)", "Lead", "Governance Forum", "Timescale", "Initial RAG", "RAG", "Progress Update",
    ]);
    const repeats = column(ws, "A", 5).filter((v) => typeof v === "string" && v.toLowerCase() === "improvement area");
    expect(repeats.length).toBe(8);
    expect(text(ws, "A10")).toBe("Improvement Area");
    expect(text(ws, "A35")).toBe("Improvement area");
    expect(ws.getCell("A35").font?.bold).toBe(true);
  });

  it("merges the three significant-weakness rows", () => {
    const ws = getSheet(wb, "Written Statement of Action");
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(["A5:I5", "A19:I19", "A34:I34"]));
    expect(text(ws, "A19")).toMatch(/^Significant Weakness 2: Quality assurance/);
  });

  it("has multi-row actions and multi-line cells", () => {
    const ws = getSheet(wb, "Written Statement of Action");
    expect(text(ws, "A6")).toMatch(/^Management Oversight:\n1\. Realignment/);
    expect(text(ws, "A7")).toBe("");
    expect(text(ws, "B7")).toBe("Consultation has taken place");
    expect(ws.getCell("F9").value).toEqual(new Date(Date.UTC(2019, 5, 14)));
    expect(text(ws, "F36")).toBe("Oct 19");
    expect(text(ws, "F38")).toBe("July 2020 July 2021");
  });

  it("rates as at October 2019 in the council's capitals, with most items improved", () => {
    const ws = getSheet(wb, "Written Statement of Action");
    const isItem = (v: string | Date | null): boolean => v !== null && !/^initial rag$/i.test(String(v));
    expect(countBy(column(ws, "G", 5).filter(isItem))).toEqual({ RED: 23, AMBER: 15 });
    const current = column(ws, "H", 5).filter((v) => v === null || !/^rag$/i.test(String(v)));
    expect(countBy(current)).toEqual({
      RED: 5, AMBER: 17, "LIGHT GREEN": 7, "Light Green": 2, "Dark green": 1, GREEN: 1, COMPLETED: 3, Completed: 1, "(blank)": 1,
    });
  });
});

describe("peterborough-2019", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await buildExample(source("peterborough-2019"));
  });

  it("has the Key sheet before the action plan, explaining BRAG and AR/ER", () => {
    expect(sheetNames(wb)).toEqual(["Key", "Action plan"]);
    const key = getSheet(wb, "Key");
    expect(column(key, "A", 3).slice(0, 4)).toEqual(["Blue", "Green", "Amber", "Red"]);
    expect(text(key, "B3")).toBe("complete");
    expect(text(key, "B9")).toBe("Additional resource is or may be required");
    expect(key.getCell("A9").font?.bold).toBe(true);
  });

  it("has the header in row 4, workstream rows merged, and the header repeated per workstream", () => {
    const ws = getSheet(wb, "Action plan");
    expect((ws.getRow(4).values as unknown[]).slice(1)).toEqual([
      "Outcomes (what we intend to achieve)", "Ref", "Implementation (Actions - what are we going to do)", "Resource Required",
      "Key milestones (Action tracker)", "Deadline", "BRAG + date",
    ]);
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(["A5:G5", "A37:G37", "A57:G57", "A72:G72", "A83:G83"]));
    expect(text(ws, "A5")).toBe("Workstream 1: Joint planning and commissioning including intervention");
    expect(text(ws, "A38")).toBe("Outcomes (what we intend to achieve)");
  });

  it("keeps refs, milestone continuation rows and the plan's deadline wording", () => {
    const ws = getSheet(wb, "Action plan");
    const refs = column(ws, "B", 5).filter((v): v is string => typeof v === "string" && v !== "Ref");
    expect(refs).toEqual(expect.arrayContaining(["1.1a", "1.2b", "2.2b", "5.2a"]));
    expect(text(ws, "B7")).toBe("");
    expect(text(ws, "E7")).toBe("Baseline of needs identified by families is recorded");
    const deadlines = column(ws, "F", 5);
    expect(deadlines).toEqual(expect.arrayContaining([
      "June 2020 to", "From Feb 2020", "Ongoing from March 2020", "April, July, October 2019, January 2020 ongoing", "Nov 2019-",
    ]));
    expect(ws.getCell("F18").value).toEqual(new Date(Date.UTC(2020, 0, 31)));
    expect(ws.getCell("F18").numFmt).toBe("dd/mm/yyyy");
    expect(countBy(column(ws, "D", 5))).toMatchObject({ AR: 5, ER: 15 });
  });

  it("holds a BRAG rating followed by its date, as at December 2019", () => {
    const ws = getSheet(wb, "Action plan");
    const brag = column(ws, "G", 5).filter((v) => v !== "BRAG + date");
    const byLabel = countBy(brag.map((v) => (v === null ? null : (/^(blue|green|amber|red)/i.exec(String(v))?.[1] ?? "?").toLowerCase())));
    expect(byLabel).toEqual({ blue: 15, green: 14, amber: 5, red: 3, "(blank)": 38 });
    expect(text(ws, "G6")).toBe("Blue – Nov 2019");
    expect(text(ws, "G7")).toBe("Green Nov 2019");
  });
});

describe("building", () => {
  it("finds the four examples", async () => {
    expect(await listExamples(SOURCES)).toEqual(["hounslow-2022", "hounslow-2024-12", "peterborough-2019", "thurrock-2019"]);
  });

  it("gives the same bytes every time, with fixed document dates", async () => {
    const a = await toXlsxBytes(await buildExample(source("thurrock-2019")));
    await new Promise((r) => setTimeout(r, 2100)); // zip entry times have a 2-second resolution
    const b = await toXlsxBytes(await buildExample(source("thurrock-2019")));
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    const wb = await buildExample(source("thurrock-2019"));
    expect(wb.created.toISOString()).toBe("2019-10-31T09:00:00.000Z");
    expect(wb.modified.toISOString()).toBe("2019-10-31T09:00:00.000Z");
  }, 15000);

  it("survives a round trip through .xlsx: dates stay dates, merges and frozen panes stay", async () => {
    const back = await roundTrip(await buildExample(source("peterborough-2019")));
    expect(sheetNames(back)).toEqual(["Key", "Action plan"]);
    const ws = getSheet(back, "Action plan");
    expect(ws.getCell("F18").value).toEqual(new Date(Date.UTC(2020, 0, 31)));
    expect(ws.getCell("F27").value).toBeInstanceOf(Date);
    expect(ws.getCell("G5").isMerged).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
  });

  it("has committed .xlsx files that match their sources (else run `npm run examples`)", async () => {
    for (const name of await listExamples(SOURCES)) {
      const built = Buffer.from(await toXlsxBytes(await buildExample(source(name))));
      const committed = await readFile(path.resolve(SOURCES, "..", `${name}.xlsx`));
      expect({ name, upToDate: Buffer.compare(built, committed) === 0 }).toEqual({ name, upToDate: true });
    }
  });

  it("rejects a non-zip in fixZipTimes", () => {
    expect(() => fixZipTimes(new Uint8Array(40), new Date(0))).toThrow(/not a zip/);
  });

  describe("with a source folder of its own", () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), "wsoa-examples-"));
    });
    afterEach(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    const write = async (tsv: string, sheet: Record<string, unknown> = {}): Promise<string> => {
      const src = path.join(dir, "sources", "tiny");
      await mkdir(src, { recursive: true });
      await writeFile(path.join(src, "plan.tsv"), tsv);
      await writeFile(path.join(src, "workbook.json"), JSON.stringify({
        title: "Tiny", created: "2020-01-01",
        sheets: [{ name: "Plan", file: "plan.tsv", widths: [8, 30, 12], headerRow: 1, ...sheet }],
      }));
      return src;
    };

    it("builds all examples into a folder", async () => {
      await write("Ref\tAction\tDeadline\nArea 1\n1.1\tDo it\t@2020-03-31\n", { sectionRows: [2] });
      const files = await buildAllExamples(path.join(dir, "out"), path.join(dir, "sources"));
      expect(files).toEqual([path.join(dir, "out", "tiny.xlsx")]);
      const back = new ExcelJS.Workbook();
      await back.xlsx.load((await readFile(files[0] ?? "")) as unknown as ArrayBuffer);
      const ws = getSheet(back, "Plan");
      expect(ws.getCell("C3").value).toEqual(new Date(Date.UTC(2020, 2, 31)));
      expect(ws.getCell("C3").numFmt).toBe("dd/mm/yyyy");
      expect(ws.getCell("C2").isMerged).toBe(true);
    });

    it("refuses a one-cell row that is not listed as a section row", async () => {
      const src = await write("Ref\tAction\tDeadline\nArea 1\n1.1\tDo it\tMay 2020\n");
      await expect(buildExample(src)).rejects.toThrow(/row 2 has text in column A only/);
    });

    it("refuses a listed section row with more than one cell", async () => {
      const src = await write("Ref\tAction\tDeadline\n1.1\tDo it\tMay 2020\n", { sectionRows: [2] });
      await expect(buildExample(src)).rejects.toThrow(/section row 2 must have text in column A only/);
    });

    it("refuses a row wider than the table, naming the file", async () => {
      const src = await write("Ref\tAction\tDeadline\n1.1\tDo it\tMay 2020\tstray\n");
      await expect(buildExample(src)).rejects.toThrow(/plan\.tsv: row 2 has 4 cells; widths lists 3 columns/);
    });

    it("refuses a bad workbook.json", async () => {
      const src = await write("Ref\n", { colour: "red" });
      await expect(buildExample(src)).rejects.toThrow(SourceError);
    });
  });
});

describe("hounslow-rounds: one workbook through three reporting rounds", () => {
  it("is committed as its sources build it, byte for byte (else run `npm run examples`)", async () => {
    const { roundsExampleBytes } = await import("../../scripts/build-rounds-example");
    const built = Buffer.from(await roundsExampleBytes(SOURCES));
    const again = Buffer.from(await roundsExampleBytes(SOURCES));
    expect(Buffer.compare(built, again)).toBe(0);
    expect(Buffer.compare(built, await readFile(path.resolve(SOURCES, "..", "hounslow-rounds.xlsx")))).toBe(0);
  }, 30000);

  it("holds the three rounds on its history sheet, as the summary's trend reads them", async () => {
    const { ExcelJsWorkbook } = await import("../../src/workbook/exceljs");
    const { checkSnapshot } = await import("../../src/review/check");
    const { roundsOf } = await import("../../src/review/history");
    const book = await ExcelJsWorkbook.open(path.resolve(SOURCES, "..", "hounslow-rounds.xlsx"));
    const snapshot = await book.read();
    const rounds = roundsOf(snapshot, checkSnapshot(snapshot, { today: "2024-12-31" }).state);
    expect(rounds.map((r) => [r.asAt, r.items.length, r.items.filter((i) => i.complete).length])).toEqual([
      ["2023-03-31", 91, 50],
      ["2024-09-30", 109, 106],
      ["2024-12-31", 109, 108],
    ]);
  }, 30000);
});
