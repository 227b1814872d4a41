import { join } from "node:path";
import { runCli } from "../../../src/cli/main";
import { cellAt, lastRow, type Grid } from "../../../src/core/grid";
import { buildCorpus, readCorpus } from "./corpus";

let dir = "";
beforeAll(() => {
  dir = buildCorpus();
}, 120_000);

const sheet = (file: string, name: string) => {
  const s = readCorpus(dir, file).sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name} in ${file}`);
  return s;
};
const at = (g: Grid, a1: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return cellAt(g, Number(m[2]), col);
};

async function check(file: string, ...extra: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(["check", join(dir, file), "--today", "2023-03-31", ...extra], { out: (t) => (out += t + "\n"), err: (t) => (err += t + "\n") });
  return { code, out, err };
}

describe("reading workbooks other programs wrote (corpus: openpyxl and raw zip edits)", () => {
  it("reads the plan as openpyxl writes it (inline strings) and as Excel does (shared strings) alike", () => {
    const inline = sheet("base.xlsx", "Action plan").grid;
    const shared = sheet("base-sst.xlsx", "Action plan").grid;
    expect(shared.values).toEqual(inline.values);
    expect(at(inline, "A3")).toBe("Ref");
    expect(at(inline, "C4")).toEqual(new Date(Date.UTC(2023, 0, 28)));
    expect(at(inline, "E15")).toBe("Complete");
    expect(lastRow(inline)).toBe(15);
  });

  it("F2: a phone number in a date-formatted cell is read as the number, on any sheet", () => {
    const contacts = sheet("date-phone-other-sheet.xlsx", "Contacts").grid;
    expect(at(contacts, "B2")).toBe(7700900123);
    expect(contacts.numberFormats?.[1]?.[1]).toBe("dd/mm/yyyy");
    const plan = sheet("date-phone-plan.xlsx", "Action plan").grid;
    expect(at(plan, "J6")).toBe(7700900123);
    expect(at(plan, "C7")).toBe(7700900123);
  });

  it("F2: check runs on a plan with a phone number in a date cell and reports the deadline one", async () => {
    const r = await check("date-phone-plan.xlsx", "--json");
    expect(r.err).toBe("");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).issues.filter((i: { cell: string }) => i.cell === "C7").map((i: { rule: string }) => i.rule)).toEqual(["date.implausible"]);
  });

  it("F8: a LibreOffice-style empty custom-properties part does not stop reading", () => {
    expect(sheet("lo-custom-empty.xlsx", "Action plan").grid.values).toEqual(sheet("base.xlsx", "Action plan").grid.values);
  });

  it("F9: parts with namespace prefixes (<x:worksheet>, as the Open XML SDK writes them) read like any other", async () => {
    expect(sheet("ns-prefixed.xlsx", "Action plan").grid.values).toEqual(sheet("base-sst.xlsx", "Action plan").grid.values);
    const r = await check("ns-prefixed.xlsx", "--json");
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(JSON.parse(r.out)).toMatchObject({ sheet: "Action plan", headerRow: 3, items: 12 });
  });

  it.each(["comments.xlsx", "table.xlsx", "image.xlsx"])("F9: %s (openpyxl's notes, absolute table target, drawing) reads", (file) => {
    expect(sheet(file, "Action plan").grid.values).toEqual(sheet("base.xlsx", "Action plan").grid.values);
  });

  it("F10: rows formatted down to 1,048,576 cost nothing: the grid ends at the last value", () => {
    const g = sheet("inflated.xlsx", "Action plan").grid;
    expect(g.values.length).toBe(15);
    expect(g.values).toEqual(sheet("base.xlsx", "Action plan").grid.values);
  });

  it("F11: ISO-date cells (t=\"d\") are the dates they say, and check finds nothing implausible", async () => {
    expect(at(sheet("iso-dates.xlsx", "Action plan").grid, "C4")).toEqual(new Date(Date.UTC(2019, 2, 31)));
    const r = await check("iso-dates.xlsx", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).issues.filter((i: { rule: string }) => i.rule.startsWith("date.")).map((i: { cell: string }) => i.cell)).toEqual([]);
  });

  it.each([
    ["strings-latin1.xlsx", "Café £500 naïve"],
    ["strings-cp1252.xlsx", "Café £500 naïve €"],
    ["strings-utf16.xlsx", "Café £500 naïve €"],
  ])("F12: %s is decoded in the encoding it declares", (file, text) => {
    const g = sheet(file, "Action plan").grid;
    expect(at(g, "D4")).toBe(text);
    expect(at(g, "E4")).toBe("Red");
  });

  it("F13: date-times keep every millisecond a Date holds; plain numbers keep every digit", () => {
    const g = sheet("precision.xlsx", "Times").grid;
    expect((at(g, "A2") as Date).getTime()).toBe(Math.round((43555.1234567891 - 25569) * 86_400_000));
    expect((at(g, "A2") as Date).toISOString()).toBe("2019-03-31T02:57:46.667Z");
    expect(at(g, "B2")).toBe(43830.5000000001);
  });

  it("reads every cell type: errors, formulas with cached results, rich text, inline rich text, booleans, merges", () => {
    const g = sheet("cells.xlsx", "Action plan").grid;
    expect(g.merges).toEqual(["E4:E5"]);
    expect(at(g, "E5")).toBe("Red"); // a merged area reads as its value (as ExcelJS gives it)
    expect(g.values[16]).toEqual(["#N/A", 3, "Green", true, null, "Amber ", null]);
    expect(g.values[17]).toEqual(["#DIV/0!", "Complete", true]);
    expect(g.formulaCells).toEqual(["B17", "C17", "G17", "A18", "C18"]);
  });

  it("protection: a protected sheet (legacy password) and a protected workbook structure", () => {
    const s = readCorpus(dir, "protected.xlsx");
    expect(s.sheets.map((x) => [x.name, x.protected])).toEqual([["Action plan", false], ["Locked", true]]);
    expect(s.structureProtected).toBe(true);
    expect(readCorpus(dir, "base.xlsx").structureProtected).toBe(false);
  });

  it("ownership: a marker name proves our sheet; a user's look-alike and a marker gone to #REF! prove nothing", () => {
    const s = readCorpus(dir, "owned.xlsx");
    expect(s.sheets.map((x) => [x.name, x.ownedAs])).toEqual([["Action plan", undefined], ["Summary", "summary"], ["WSOA Tracker", undefined]]);
  });

  it("fills: ratings shown only as colour come out as #RRGGBB (rgb, theme + tint, legacy palette)", () => {
    const g = sheet("fills.xlsx", "Action plan").grid;
    expect(g.fills?.[3]?.[4]).toBe("#FF0000");
    expect(g.fills?.[4]?.[4]).toBe("#FAC090"); // accent 6 (F79646), 40% lighter, as Excel shows it
    expect(g.fills?.[5]?.[4]).toBe("#008000"); // indexed 17
    expect(g.fills?.[6]?.[4]).toBeNull(); // a pattern, not a solid fill
    expect(g.fills?.[3]?.[6]).toBe("#00B050"); // an empty coloured cell right of the values
    expect(at(g, "E4")).toBeNull();
  });

  it("reads only the sheets asked for, listing the others with their protection", () => {
    const s = readCorpus(dir, "protected.xlsx", { sheets: ["Action plan"] });
    expect(s.sheets[0]!.grid.values.length).toBe(15);
    expect(s.sheets[1]).toMatchObject({ name: "Locked", protected: true, grid: { values: [] } });
  });

  it("F16: a hidden plan sheet is named as hidden", async () => {
    const r = await check("hidden-plan.xlsx");
    expect(r.code).toBe(2);
    expect(r.err).toContain('The plan looks to be on sheet "Action plan", which is hidden');
    expect((await check("hidden-plan.xlsx", "--sheet", "Action plan")).code).toBe(0);
  });
});

describe("files that are not .xlsx workbooks: exit 2 and one clear line", () => {
  it.each([
    ["text.xlsx", "is not an .xlsx workbook (it looks like a text file)"],
    ["empty-zip.xlsx", "is an empty zip archive, not an .xlsx workbook"],
    ["zip-not-xlsx.xlsx", "is not an .xlsx workbook: it is a zip file with no workbook in it"],
    ["ods-renamed.xlsx", "is an OpenDocument spreadsheet (.ods), not an .xlsx workbook"],
    ["encrypted.xlsx", "is protected with a password"],
    ["old.xls", "is an old-style Excel 97–2003 workbook (.xls)"],
    ["truncated.xlsx", "could not be read as an .xlsx workbook"],
  ])("%s", async (file, message) => {
    const r = await check(file);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });
});
