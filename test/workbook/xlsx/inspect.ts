import { parseA1, parseA1Range } from "../../../src/core/address";
import { sameSheetName } from "../../../src/core/sheet-names";
import { WritablePackage } from "../../../src/workbook/xlsx/package-parts";
import { WORKSHEET_ORDER } from "../../../src/workbook/xlsx/sheet-format";
import { attr, childrenNamed, childrenOf, readText, rootElement, textOf } from "../../../src/workbook/xlsx/xml-splice";
import { partBytes, readZipParts } from "../../../src/workbook/xlsx/zip-parts";

/** Every part of a zip: name → inflated bytes. */
export function partsOf(bytes: Uint8Array): Map<string, Buffer> {
  return new Map(readZipParts(bytes).map((p) => [p.name, partBytes(p)]));
}

/** Parts that differ or are missing between input and output (names of parts only in the output are not listed). */
export function changedParts(input: Uint8Array, output: Uint8Array): string[] {
  const a = partsOf(input);
  const b = partsOf(output);
  return [...a.keys()].filter((k) => !b.get(k)?.equals(a.get(k)!));
}

/** Parts stored with the same compressed bytes (copied, not re-deflated). */
export function copiedAsStored(input: Uint8Array, output: Uint8Array): string[] {
  const out = new Map(readZipParts(output).map((p) => [p.name, p]));
  return readZipParts(input)
    .filter((p) => out.get(p.name) && Buffer.from(out.get(p.name)!.data).equals(Buffer.from(p.data)) && out.get(p.name)!.method === p.method)
    .map((p) => p.name);
}

export function sheetXml(bytes: Uint8Array, sheet: string): string {
  const pkg = WritablePackage.fromBytes(bytes);
  const s = pkg.sheets().find((x) => sameSheetName(x.name, sheet));
  if (!s?.part) throw new Error(`no sheet ${sheet}`);
  return pkg.text(s.part)!;
}

export function ruleFormulas(bytes: Uint8Array, sheet: string): string[] {
  const xml = sheetXml(bytes, sheet);
  const root = rootElement(xml);
  return childrenNamed(xml, root, "conditionalFormatting").flatMap((cf) => childrenNamed(xml, cf, "cfRule").flatMap((r) => childrenNamed(xml, r, "formula").map((f) => textOf(xml, f))));
}

export function validations(bytes: Uint8Array, sheet: string): { sqref: string; type: string | null; formula1: string | null; xml: string }[] {
  const xml = sheetXml(bytes, sheet);
  const dv = childrenNamed(xml, rootElement(xml), "dataValidations")[0];
  if (!dv) return [];
  return childrenNamed(xml, dv, "dataValidation").map((v) => ({
    sqref: attr(xml, v, "sqref") ?? "",
    type: attr(xml, v, "type"),
    formula1: ((f) => (f ? textOf(xml, f) : null))(childrenNamed(xml, v, "formula1")[0]),
    xml: readText(xml.slice(v.start, v.end)),
  }));
}

export function validationAt(bytes: Uint8Array, sheet: string, cell: string): string | null {
  const c = parseA1(cell);
  for (const v of validations(bytes, sheet))
    for (const ref of v.sqref.split(/\s+/)) {
      const b = parseA1Range(ref);
      if (c.row >= b.top && c.row <= b.bottom && c.col >= b.left && c.col <= b.right) return v.formula1 === null ? null : `=${v.formula1}`;
    }
  return null;
}

export function names(bytes: Uint8Array) {
  return WritablePackage.fromBytes(bytes).names();
}

/** The worksheet's children out of schema order (empty when in order), e.g. ["dataValidations before conditionalFormatting"]. */
export function orderProblems(xml: string): string[] {
  const kids = childrenOf(xml, rootElement(xml)).map((c) => c.local);
  const problems: string[] = [];
  let last = -1;
  let lastName = "";
  for (const k of kids) {
    const rank = (WORKSHEET_ORDER as readonly string[]).indexOf(k);
    if (rank < 0) {
      if (k !== "AlternateContent") problems.push(`unknown child ${k}`);
      continue;
    }
    if (rank < last) problems.push(`${k} after ${lastName}`);
    last = rank;
    lastName = k;
  }
  return problems;
}
