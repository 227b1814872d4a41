import { applyTint, resolveColour, themeIndexOrder } from "../../../src/workbook/xlsx/colour";
import { formatCode, isDateFormat, isoToDate, serialToDate } from "../../../src/workbook/xlsx/number-formats";

describe("number formats and dates", () => {
  it("recognises date formats as ExcelJS did, ignoring quoted text and [colour] sections", () => {
    expect(["dd/mm/yyyy", "mm-dd-yy", "d-mmm-yy", "h:mm", "[h]:mm:ss", "yyyy-mm-dd hh:mm"].every(isDateFormat)).toBe(true);
    expect(["General", "0.00", '#,##0 "days"', "[Red]0.0", "0%", "@", null].some(isDateFormat)).toBe(false);
  });

  it("built-in ids give their codes; General is null; custom ids win", () => {
    expect(formatCode(14, new Map())).toBe("mm-dd-yy");
    expect(formatCode(0, new Map())).toBeNull();
    expect(formatCode(164, new Map([[164, "dd/mm/yyyy"]]))).toBe("dd/mm/yyyy");
    expect(formatCode(30, new Map())).toBe("mm-dd-yy"); // East Asian built-in date
  });

  it("a serial that cannot be a date is not one (F2): negative, or past 31 Dec 9999", () => {
    expect(serialToDate(44927, false)).toEqual(new Date(Date.UTC(2023, 0, 1)));
    expect(serialToDate(43466, true)).toEqual(new Date(Date.UTC(2023, 0, 2)));
    expect(serialToDate(2958465, false)).toEqual(new Date(Date.UTC(9999, 11, 31)));
    expect(serialToDate(2958466, false)).toBeNull();
    expect(serialToDate(7700900123, false)).toBeNull();
    expect(serialToDate(-1, false)).toBeNull();
  });

  it("reads ISO dates and date-times (t=\"d\", F11), and refuses days that do not exist", () => {
    expect(isoToDate("2019-03-31T00:00:00")).toEqual(new Date(Date.UTC(2019, 2, 31)));
    expect(isoToDate("2019-03-31")).toEqual(new Date(Date.UTC(2019, 2, 31)));
    expect(isoToDate("2019-03-31T10:15:30.25Z")).toEqual(new Date(Date.UTC(2019, 2, 31, 10, 15, 30, 250)));
    expect(isoToDate("2019-02-30")).toBeNull();
    expect(isoToDate("soon")).toBeNull();
  });
});

describe("colours", () => {
  const theme = themeIndexOrder(["000000", "FFFFFF", "44546A", "E7E6E6", "4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "0563C1", "954F72"]);
  it("numbers theme colours as Excel does (0 = lt1, 1 = dk1)", () => {
    expect(theme.slice(0, 5)).toEqual(["FFFFFF", "000000", "E7E6E6", "44546A", "4472C4"]);
  });
  it("applies tints as Excel shows them", () => {
    expect(resolveColour({ theme: 9, tint: 0.5999938962981048 }, theme, [])).toBe("#C5E0B4"); // Green, Accent 6, Lighter 60%
    expect(resolveColour({ theme: 5, tint: -0.249977111117893 }, theme, [])).toBe("#C55A11"); // Orange, Accent 2, Darker 25%
    expect(applyTint("FF0000", 0)).toBe("FF0000");
  });
  it("ARGB, indexed and automatic colours", () => {
    expect(resolveColour({ rgb: "FFFFC7CE" }, theme, [])).toBe("#FFC7CE");
    expect(resolveColour({ indexed: 10 }, theme, ["000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF", "000000", "FFFFFF", "FF0000"])).toBe("#FF0000");
    expect(resolveColour({ indexed: 64 }, theme, [])).toBeNull();
    expect(resolveColour({ auto: true }, theme, [])).toBeNull();
  });
});
