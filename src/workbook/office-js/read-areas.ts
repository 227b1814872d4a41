import { a1, parseA1Range } from "../../core/address";
import type { RangeAreasApi } from "./excel-api";

/** "'Plan, 2024'!B3:C4" → ["B3:C4"]; an address that cannot be read is left out, not fatal. */
export function areaAddresses(areas: RangeAreasApi | undefined): string[] {
  if (!areas || areas.isNullObject) return [];
  const out: string[] = [];
  for (const a of areas.areas.items) {
    const local = a.address.slice(a.address.lastIndexOf("!") + 1);
    try {
      parseA1Range(local);
      out.push(local);
    } catch {
      // skip: one odd area must not stop the plan being read
    }
  }
  return out;
}

/** Every cell of some areas, as A1 addresses. */
export function cellsOf(areas: string[]): string[] {
  const cells: string[] = [];
  for (const area of areas) {
    const r = parseA1Range(area);
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) cells.push(a1(row, col));
  }
  return cells;
}
