import type { SheetCell } from "../../core/specs/types";

/** Points per line of 11-point text, as Excel lays it out. */
const LINE = 15;

/** Lines `text` takes when word-wrapped into a column `width` characters wide (a generous estimate). */
export function wrappedLines(text: string, width: number, size = 11, bold = false): number {
  // Column width is counted in digits of the default font; prose is narrower than digits, bold less so.
  const perLine = Math.max(1, Math.floor((width * 11 * (bold ? 1.05 : 1.2)) / size));
  let lines = 0;
  for (const para of text.split(/\r?\n/)) {
    let used = 0;
    lines++;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= perLine) used = need;
      else {
        lines += used === 0 ? 0 : 1;
        lines += Math.floor((word.length - 1) / perLine);
        used = word.length % perLine || perLine;
      }
    }
  }
  return Math.max(1, lines);
}

/**
 * Height in points for a row with wrapped cells, or null to leave the default. ExcelJS cannot
 * autofit, and LibreOffice (like Excel) keeps a row's stored height on opening: without one,
 * wrapped text is cut off or overlaps the next row.
 */
export function rowHeight(cells: SheetCell[], widths: number[]): number | null {
  let height = 0;
  cells.forEach((c, i) => {
    if (c.value === null || c.value === "") return;
    const size = c.style?.size ?? 11;
    const lines = c.style?.wrap ? wrappedLines(String(c.value), widths[i] ?? 8.43, size, c.style.bold) : 1;
    height = Math.max(height, Math.ceil((lines * LINE * Math.max(size, 11)) / 11));
  });
  return height > LINE ? height : null;
}
