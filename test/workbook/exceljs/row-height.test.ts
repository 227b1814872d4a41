import { rowHeight, wrappedLines } from "../../../src/workbook/exceljs/row-height";

describe("row heights for wrapped summary text", () => {
  it("counts word-wrapped lines in a column of a given width", () => {
    expect(wrappedLines("Short", 13)).toBe(1);
    expect(wrappedLines("Strategic Lead Specialist Provision", 13)).toBe(3);
    expect(wrappedLines("one\ntwo", 60)).toBe(2);
    expect(wrappedLines("x".repeat(40), 13)).toBe(3);
  });

  it("gives a row the height of its tallest wrapped cell, and leaves one-line rows alone", () => {
    expect(rowHeight([{ value: "Short", style: { wrap: true } }], [60])).toBeNull();
    expect(rowHeight([{ value: "A".repeat(20) + " " + "B".repeat(20), style: { wrap: true } }, { value: "Strategic Lead Specialist Provision", style: { wrap: true } }], [60, 13])).toBe(45);
    expect(rowHeight([{ value: "Title", style: { size: 16, bold: true } }], [60])).toBe(22);
  });
});
