import { a1, parseA1Range } from "../../core/address";
import type { CellStyle } from "../../core/specs/types";
import { formulaIsTrue } from "./formula";
import type { MemorySheet } from "./model";

const inside = (range: string, row: number, col: number) => {
  const r = parseA1Range(range);
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
};

/**
 * How a cell looks, as Excel would draw it: its own style, overlaid by the first conditional
 * rule (in the sheet's order) whose formula is true there. `today` stands in for TODAY().
 *
 *   displayStyle(sheet, 5, 8, "2025-01-31") → { fill: "#C00000", font: "#FFFFFF", bold: true }
 */
export function displayStyle(sheet: MemorySheet, row: number, col: number, today: string): CellStyle {
  const own = sheet.styles.get(a1(row, col)) ?? {};
  const cell = (r: number, c: number) => sheet.values[r - 1]?.[c - 1] ?? null;
  for (const rule of sheet.rules) {
    if (!inside(rule.range, row, col)) continue;
    const top = parseA1Range(rule.range);
    if (formulaIsTrue(rule.formula, { cell, today, offset: { rows: row - top.top, cols: col - top.left } })) return { ...own, ...definedOnly(rule.style) };
  }
  return own;
}

function definedOnly(style: CellStyle): CellStyle {
  return Object.fromEntries(Object.entries(style).filter(([, v]) => v !== undefined)) as CellStyle;
}
