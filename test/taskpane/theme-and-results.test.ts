import { isDarkTheme } from "../../src/taskpane/theme";

describe("Excel's theme", () => {
  it("is dark for Dark Grey and Black, light for Colorful and White or when unknown", () => {
    expect(isDarkTheme({ bodyBackgroundColor: "#262626" })).toBe(true); // Dark Grey
    expect(isDarkTheme({ bodyBackgroundColor: "#000000" })).toBe(true); // Black
    expect(isDarkTheme({ bodyBackgroundColor: "#FFFFFF" })).toBe(false); // White
    expect(isDarkTheme({ bodyBackgroundColor: "#E6E6E6" })).toBe(false); // Colorful's pane
    expect(isDarkTheme(undefined)).toBe(false);
    expect(isDarkTheme({ bodyBackgroundColor: "not a colour" })).toBe(false);
  });
});

describe("long results", () => {
  it("keep their first sentence in view and move the rest under Details", async () => {
    const { splitBody } = await import("../../src/taskpane/components/ResultArea");
    expect(splitBody("Short.")).toEqual(["Short.", null]);
    const long = `Excel reported a problem, so this did not finish. ${"Check the workbook and try again. ".repeat(5)}`;
    const [lead, rest] = splitBody(long);
    expect(lead).toBe("Excel reported a problem, so this did not finish.");
    expect(rest).toMatch(/^Check the workbook/);
  });
});
