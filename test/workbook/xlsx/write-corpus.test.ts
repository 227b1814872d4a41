import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { applyFile, fixFile } from "../../../src/cli/write-commands";
import { ownedByRole } from "../../../src/workbook/xlsx/owned-parts";
import { WritablePackage } from "../../../src/workbook/xlsx/package-parts";
import { tmp } from "../exceljs/helpers";
import { buildXlsx } from "./build-xlsx";
import { buildRaw, PLAN_ROWS, RAW_CASES } from "./corpus/raw-cases";
import { libreOfficeFailures, makeOpenpyxlCorpus, openpyxlValues, saveWithLibreOffice, type Values } from "./corpus/independent-readers";
import { childrenOf, rootElement } from "../../../src/workbook/xlsx/xml-splice";
import { changedParts, copiedAsStored, names, orderProblems, partsOf, ruleFormulas, sheetXml, validations } from "./inspect";

/**
 * The write-side findings of the file-reliability review (F1–F9, F14), on workbooks written by
 * openpyxl, by LibreOffice and zipped by hand as Excel and the Open XML SDK write them. Every
 * output is opened by openpyxl and LibreOffice; every part we do not own must come out as stored.
 */
const dir = tmp("wsoa-corpus-");
const IN = join(dir, "in");
const OUT = join(dir, "out");
const TODAY = { today: "2024-06-01" };
const OPENPYXL = ["tracker-not-ours", "tracker-not-ours-case", "date-phone-other-sheet", "protected-workbook", "protected-other", "hyperlink-internal", "user-cf-dv", "minor-drops", "chart"];
const RAW = Object.keys(RAW_CASES);
const ext = (name: string) => (name === "macro" ? ".xlsm" : ".xlsx");
const input = (name: string) => join(IN, name + ext(name));
const output = (name: string) => join(OUT, name + ext(name));
const errors = new Map<string, string>();
let values: Record<string, Values> = {};
let loFailed: string[] = [];
const bytes = (path: string) => readFileSync(path);
/** Parts a write may change: the workbook part and its lists, styles, and the plan sheet. */
const OWNED = (name: string) => {
  const pkg = WritablePackage.fromBytes(bytes(input(name)));
  const plan = pkg.sheets().find((s) => s.name === "Action plan")?.part;
  const ours = [...ownedByRole(pkg).values()].map((s) => s.part!);
  return new Set(["[Content_Types].xml", pkg.workbookPath, pkg.workbookRelsPath, "xl/styles.xml", ...(plan ? [plan] : []), ...ours]);
};

beforeAll(async () => {
  mkdirSync(IN, { recursive: true });
  mkdirSync(OUT, { recursive: true });
  makeOpenpyxlCorpus(IN);
  for (const name of RAW) writeFileSync(input(name), buildRaw(name));
  // F8: a workbook saved by LibreOffice (it always writes an empty docProps/custom.xml).
  copyFileSync(saveWithLibreOffice(input("tracker-not-ours"), join(dir, "lo")), input("lo-saved"));
  for (const name of [...OPENPYXL, ...RAW, "lo-saved"]) {
    try {
      await applyFile(input(name), output(name), TODAY);
    } catch (e) {
      errors.set(name, (e as Error).message);
    }
  }
  const outs = [...OPENPYXL, ...RAW, "lo-saved"].map(output).filter(existsSync);
  values = openpyxlValues([...[...OPENPYXL, ...RAW, "lo-saved"].map(input), ...outs]);
  loFailed = libreOfficeFailures(outs, join(dir, "ods"));
}, 300_000);

const ALL = () => [...OPENPYXL, ...RAW, "lo-saved"].filter((n) => !errors.has(n));
type Book = Exclude<Values[string], { error: string }>;
const book = (path: string) => values[path] as unknown as Record<string, Book>;

describe("apply on the corpus: independent readers", () => {
  it("writes every case except the structure-protected one", () => {
    expect([...errors.keys()]).toEqual(["protected-workbook"]);
  });

  it("every output opens in openpyxl and in LibreOffice", () => {
    for (const name of ALL()) expect([name, (values[output(name)] as { error?: string }).error]).toEqual([name, undefined]);
    expect(loFailed).toEqual([]);
  });

  it("every sheet of the user keeps its state and every value (as openpyxl reads them)", () => {
    for (const name of ALL()) {
      const before = book(input(name));
      const after = book(output(name));
      // Sheets already ours (by marker or the previous version's evidence) are rewritten by design.
      const ours = new Set([...ownedByRole(WritablePackage.fromBytes(bytes(input(name)))).values()].map((s) => s.name));
      for (const [sheet, v] of Object.entries(before)) if (!ours.has(sheet)) expect([name, sheet, after[sheet]]).toEqual([name, sheet, v]);
    }
  });

  it("every part we do not own is byte-identical and copied as stored (not re-compressed)", () => {
    for (const name of ALL()) {
      const owned = OWNED(name);
      expect([name, changedParts(bytes(input(name)), bytes(output(name))).filter((p) => !owned.has(p))]).toEqual([name, []]);
      const kept = [...partsOf(bytes(input(name))).keys()].filter((p) => !owned.has(p));
      expect([name, kept.filter((p) => !copiedAsStored(bytes(input(name)), bytes(output(name))).includes(p))]).toEqual([name, []]);
    }
  });

  it("every worksheet's elements are in the schema's order: the plan sheet patched, our sheets written", () => {
    for (const name of ALL()) {
      const pkg = WritablePackage.fromBytes(bytes(output(name)));
      for (const s of pkg.sheets()) if (s.part) expect([name, s.name, orderProblems(pkg.text(s.part)!)]).toEqual([name, s.name, []]);
    }
  });

  it("the user's styles keep their numbers: ours are appended after them", () => {
    const sections = (xml: string) => {
      const root = rootElement(xml);
      return Object.fromEntries(["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"].map((n) => [n, childrenOf(xml, root).filter((c) => c.local === n).flatMap((el) => childrenOf(xml, el).map((c) => xml.slice(c.start, c.end)))]));
    };
    for (const name of ALL()) {
      const before = sections(partsOf(bytes(input(name))).get("xl/styles.xml")!.toString("latin1"));
      const after = sections(partsOf(bytes(output(name))).get("xl/styles.xml")!.toString("latin1"));
      for (const [section, list] of Object.entries(before)) expect([name, section, after[section]!.slice(0, list.length)]).toEqual([name, section, list]);
    }
  });

  it("a second apply changes no part at all", async () => {
    for (const name of ["ns-prefixed", "labels-customxml", "tracker-not-ours-case", "legacy-applied", "user-cf-dv"]) {
      const again = join(OUT, `${name}-again${ext(name)}`);
      await applyFile(output(name), again, TODAY);
      expect([name, changedParts(bytes(output(name)), bytes(again))]).toEqual([name, []]);
    }
  });
});

describe("the findings, one by one", () => {
  it("F1: a user's own 'WSOA Tracker' (any case) is left as it was; our settings take another name", () => {
    for (const [name, theirs] of [["tracker-not-ours", "WSOA Tracker"], ["tracker-not-ours-case", "wsoa tracker"]] as const) {
      const after = book(output(name));
      expect(after[theirs]).toEqual(book(input(name))[theirs]);
      expect(after["WSOA Tracker 2"]?.state).toBe("veryHidden");
      expect(names(bytes(output(name))).find((n) => n.name === "WSOA_Owned_Settings")?.text).toBe("'WSOA Tracker 2'!$A$1");
    }
  });

  it("F2: a phone number in a date-formatted cell on another sheet is kept as stored", () => {
    expect(partsOf(bytes(output("date-phone-other-sheet"))).get("xl/worksheets/sheet2.xml")!.toString()).toContain("7700900123");
  });

  it("F3: a user's 'Summary' made after ours was deleted is left alone; ours is 'WSOA Summary'", () => {
    const after = book(output("stale-owned-summary"));
    expect(after.Summary).toEqual(book(input("stale-owned-summary")).Summary);
    expect(after["WSOA Summary"]?.cells.A4).toBe("Rating key");
  });

  it("F3: the previous version's settings and summary are adopted on evidence and updated in place", () => {
    const pkgIn = WritablePackage.fromBytes(bytes(input("legacy-applied")));
    const pkgOut = WritablePackage.fromBytes(bytes(output("legacy-applied")));
    const ids = (p: WritablePackage) => p.sheets().map((s) => [s.name, s.sheetId, s.rId, s.part]);
    expect(ids(pkgOut)).toEqual(ids(pkgIn)); // same sheets, positions, ids and parts: references survive
    expect(book(output("legacy-applied")).Summary!.cells.A1).toBe("Action plan: progress summary");
    expect(pkgOut.names().find((n) => n.name === "_xlnm.Print_Titles" && n.localSheetId === 3)?.text).toBe("Notes!$1:$1");
    // A listed "Summary" that no longer looks like ours is the user's.
    expect(book(output("legacy-summary-not-ours")).Summary).toEqual(book(input("legacy-summary-not-ours")).Summary);
    expect(book(output("legacy-summary-not-ours"))["WSOA Summary"]).toBeDefined();
    // A visible look-alike is not adopted.
    expect(book(output("tracker-visible-lookalike"))["WSOA Tracker"]).toEqual(book(input("tracker-visible-lookalike"))["WSOA Tracker"]);
  });

  it("F4: a structure-protected workbook is refused naming Review › Protect Workbook, and nothing is written", () => {
    expect(errors.get("protected-workbook")).toMatch(/Review › Protect Workbook/);
    expect(existsSync(output("protected-workbook"))).toBe(false);
  });

  it("F4: fix writes around structure protection (no sheet added) and keeps it", async () => {
    const out = join(OUT, "protected-workbook-fix.xlsx");
    await fixFile(input("protected-workbook"), out, TODAY);
    expect(changedParts(bytes(input("protected-workbook")), bytes(out))).toEqual(["xl/worksheets/sheet1.xml"]);
  });

  it("F4: an applied workbook protected afterwards is applied again in place, protection kept", async () => {
    const pkg = WritablePackage.fromBytes(bytes(output("user-cf-dv")));
    pkg.set(pkg.workbookPath, pkg.text(pkg.workbookPath)!.replace("<bookViews>", `<workbookProtection lockStructure="1" workbookPassword="CF75"/><bookViews>`));
    const locked = join(IN, "applied-then-locked.xlsx");
    writeFileSync(locked, pkg.toBytes());
    const out = join(OUT, "applied-then-locked.xlsx");
    await applyFile(locked, out, TODAY);
    expect(partsOf(bytes(out)).get("xl/workbook.xml")!.toString()).toContain(`<workbookProtection lockStructure="1" workbookPassword="CF75"/>`);
  });

  it("F4: a legacy sheet password on another sheet is kept", () => {
    expect(partsOf(bytes(output("protected-other"))).get("xl/worksheets/sheet2.xml")!.toString()).toMatch(/<sheetProtection[^>]*password="[0-9A-F]+"/);
  });

  it("F5: the sensitivity label, customXml and custom properties come out as stored", () => {
    const kept = copiedAsStored(bytes(input("labels-customxml")), bytes(output("labels-customxml")));
    for (const p of ["docMetadata/LabelInfo.xml", "customXml/item1.xml", "customXml/itemProps1.xml", "customXml/_rels/item1.xml.rels", "docProps/custom.xml", "_rels/.rels"]) expect(kept).toContain(p);
  });

  it("F6: internal hyperlinks (\"Place in This Document\") are kept, on the plan sheet too, after our dropdowns", () => {
    const links = (path: string, sheet: string) => /<hyperlinks>[\s\S]*<\/hyperlinks>/.exec(sheetXml(bytes(path), sheet))?.[0];
    expect(links(output("hyperlink-location"), "Action plan")).toBe(links(input("hyperlink-location"), "Action plan"));
    expect(links(output("hyperlink-location"), "Action plan")).toContain(`location="'Action plan'!A3"`);
    expect(links(output("hyperlink-internal"), "Action plan")).toBe(links(input("hyperlink-internal"), "Action plan"));
  });

  it("F7: the user's validations keep their formulas and hidden arrows; none overlaps ours", () => {
    const before = validations(bytes(input("user-cf-dv"), ), "Action plan");
    const after = validations(bytes(output("user-cf-dv")), "Action plan");
    for (const v of before.filter((x) => x.sqref !== "F4:F15")) expect(after.map((a) => a.xml)).toContain(v.xml);
    expect(after.some((a) => a.xml.includes('showDropDown="1"'))).toBe(true);
    // The user's list on the rating column gave way to ours (a cell holds one validation): one left there, ours.
    expect(after.filter((a) => /^F/.test(a.sqref)).map((a) => a.formula1)).toEqual(["WSOA_Ratings"]);
    expect(ruleFormulas(bytes(output("user-cf-dv")), "Action plan")).toContain('$F4="R"');
  });

  it("F7: apply says which of the user's dropdowns gave way to ours", async () => {
    const r = await applyFile(input("user-cf-dv"), join(OUT, "user-cf-dv-report.xlsx"), TODAY);
    expect(r.replacedDropdowns).toEqual(["F4:F15"]);
  });

  it("F7: the user's Excel 2010 validations in extLst are left as they were", () => {
    const ext = (path: string) => /<extLst>[\s\S]*<\/extLst>/.exec(sheetXml(bytes(path), "Action plan"))?.[0];
    expect(ext(output("x14-extlst"))).toBe(ext(input("x14-extlst")));
  });

  it("F7: a dropdown of the user's in Excel 2010 form where ours would go is refused, naming it; nothing is written", async () => {
    const x14 = `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Lists!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>F4:F20</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>`;
    const path = join(IN, "x14-on-rating.xlsx");
    writeFileSync(path, buildXlsx({ sheets: [{ name: "Action plan", rows: PLAN_ROWS, end: x14 }, { name: "Lists", rows: [["Red"], ["Amber"], ["Green"]] }] }));
    const out = join(OUT, "x14-on-rating.xlsx");
    await expect(applyFile(path, out, TODAY)).rejects.toThrow(/already has a dropdown of its own on F4:F20 .*Data › Data Validation › Clear All/);
    expect(existsSync(out)).toBe(false);
  });

  it("our summary goes in after the plan sheet; the user's sheet-scoped names follow their sheets", () => {
    const pkg = WritablePackage.fromBytes(bytes(output("names-after-plan")));
    expect(pkg.sheets().map((s) => s.name)).toEqual(["Action plan", "Summary", "Notes", "WSOA Tracker"]);
    const scoped = pkg.names().filter((n) => n.localSheetId !== null && !/^WSOA/.test(n.name));
    expect(scoped.map((n) => [n.name, pkg.sheets()[n.localSheetId!]!.name, n.text])).toEqual([
      ["_xlnm.Print_Titles", "Notes", "Notes!$1:$1"],
      ["Local", "Action plan", "'Action plan'!$A$1"],
      ["_xlnm.Print_Titles", "Summary", expect.stringMatching(/^'Summary'!\$\d+:\$\d+$/)],
    ]);
  });

  it("F8: a LibreOffice-saved workbook (empty custom properties) is applied", () => {
    expect(errors.has("lo-saved")).toBe(false);
    expect(partsOf(bytes(input("lo-saved"))).has("docProps/custom.xml")).toBe(true);
  });

  it("F9: namespace-prefixed parts (Open XML SDK) are patched with the same prefix", () => {
    const xml = sheetXml(bytes(output("ns-prefixed")), "Action plan");
    expect(xml).toContain("<x:conditionalFormatting");
    expect(xml).not.toMatch(/<(?:conditionalFormatting|dataValidations)\b/);
    expect(ruleFormulas(bytes(output("ns-prefixed")), "Action plan")).toContain('$C4="x"');
  });

  it("F9/F14: openpyxl's charts, comments (with their authors), autofilter criteria, hidden names and print titles are kept", () => {
    const out = bytes(output("minor-drops"));
    const xml = sheetXml(out, "Action plan");
    expect(/<autoFilter[\s\S]*?<\/autoFilter>/.exec(xml)?.[0]).toBe(/<autoFilter[\s\S]*?<\/autoFilter>/.exec(sheetXml(bytes(input("minor-drops")), "Action plan"))?.[0]);
    expect([...partsOf(out).keys()].filter((p) => /comment/.test(p)).length).toBeGreaterThan(0);
    expect(names(out).find((n) => n.name === "HiddenTotal")?.hidden).toBe(true);
    expect(names(out).find((n) => n.name === "_xlnm.Print_Titles")?.text).toBe(names(bytes(input("minor-drops"))).find((n) => n.name === "_xlnm.Print_Titles")?.text);
    expect([...partsOf(bytes(output("chart"))).keys()].some((p) => /charts\/chart1\.xml$/.test(p))).toBe(true);
  });

  it("macros: the copy stays .xlsm with its project and content type; an .xlsx copy is refused", async () => {
    const out = bytes(output("macro"));
    expect(partsOf(out).get("xl/vbaProject.bin")!.equals(partsOf(bytes(input("macro"))).get("xl/vbaProject.bin")!)).toBe(true);
    expect(WritablePackage.fromBytes(out).macroEnabled).toBe(true);
    await expect(applyFile(input("macro"), join(OUT, "macro-as.xlsx"), TODAY)).rejects.toThrow(/must be an \.xlsm file/);
  });

  it("fix changes the rating's value only (style kept), in the plan sheet part only", async () => {
    const out = join(OUT, "user-cf-dv-fix.xlsx");
    const r = await fixFile(input("user-cf-dv"), out, TODAY);
    expect(r.changes.length).toBeGreaterThan(0);
    expect(changedParts(bytes(input("user-cf-dv")), bytes(out))).toEqual(["xl/worksheets/sheet1.xml"]);
    const cell = (path: string, ref: string) => new RegExp(`<c r="${ref}"[^>]*>`).exec(sheetXml(bytes(path), "Action plan"))?.[0];
    const style = (tag: string | undefined) => / s="(\d+)"/.exec(tag ?? "")?.[1];
    expect(style(cell(out, "F5"))).toBe(style(cell(input("user-cf-dv"), "F5")));
    const fixed = openpyxlValues([out])[out] as unknown as Record<string, Book>;
    expect(fixed["Action plan"]!.cells.F5).toBe("Amber");
  });
});
