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
