/**
 * The pane's two questions about ratings, by keyboard in real Chromium at 300 px: "Treat
 * `Purple` as …" (saved to the workbook's settings after a preview) and the ambiguous `Green`
 * (one button per meaning). The playground's example has Purple in G19 and Green in G18.
 */
import type { Page } from "playwright-core";
import { STATE_SHEET } from "../../src/core/state";
import { axe, byId, byName, focused, liveSays, noSidewaysScroll, pane, press, sheetValues, shot, startBrowser, tabTo, workbookState } from "./pane";

let browser: Awaited<ReturnType<typeof startBrowser>>;
let page: Page;

beforeAll(async () => {
  browser = await startBrowser();
  page = await browser.open("pane=300");
});

afterAll(async () => browser?.stop());

const check = async (label: string) => {
  expect(await axe(page, label)).toEqual({ label, violations: [] });
  expect(await noSidewaysScroll(page)).toBe(true);
};

describe("questions about ratings, by keyboard at 300 px", () => {
  it("Treat Purple as Red: choose, preview, save; the error goes and the settings hold the alias", async () => {
    await page.locator("body").focus();
    await tabTo(page, byName("Check plan"));
    await press(page, "Enter");
    await liveSays(page, /Checked/);
    await tabTo(page, byId("wsoa-treat-0-as"));
    await press(page, "ArrowDown");
    expect(await page.locator("#wsoa-treat-0-as").inputValue()).toBe("Red");
    await shot(page, "30-treat-purple");
    await check("treat purple");
    await tabTo(page, byName("Save how to read “Purple”"));
    await press(page, "Enter");
    expect((await focused(page)).id).toBe("wsoa-preview-heading");
    await expect(pane(page).getByText(/Read "Purple" \(1 cell: G19\) as another way of writing Red.*applies to everyone/).isVisible()).resolves.toBe(true);
    await tabTo(page, byName("Save"));
    await press(page, "Enter");
    await liveSays(page, /"Purple" is now read as another way of writing Red/);
    expect((await focused(page)).id).toBe("wsoa-result");
    await expect(pane(page).getByRole("heading", { name: "Labels the scheme does not know" }).count()).resolves.toBe(0);
    await expect(pane(page).getByRole("button", { name: /^Go to G19/ }).count()).resolves.toBe(0);
    const settings = (await workbookState(page)).sheets.find((s) => s.name === STATE_SHEET);
    expect(JSON.stringify(settings?.values)).toMatch(/\\"aliases\\":\{\\"Purple\\":\\"Red\\"\}/);
    expect((await sheetValues(page, "Action plan"))[18]![6]).toBe("Purple");
  });

  it("Green: write Light Green into G18 only, after the fix preview", async () => {
    const before = await sheetValues(page, "Action plan");
    await page.locator("#wsoa-title").focus();
    await tabTo(page, byName("G18: write Light Green"));
    await check("ambiguous green");
    await press(page, "Enter");
    expect((await focused(page)).id).toBe("wsoa-preview-heading");
    await expect(pane(page).getByText('G18: "Green" → "Light Green"').isVisible()).resolves.toBe(true);
    await tabTo(page, byName("Fix"));
    await press(page, "Enter");
    await liveSays(page, /1 rating rewritten/);
    expect((await focused(page)).id).toBe("wsoa-result");
    const after = await sheetValues(page, "Action plan");
    expect(after[17]![6]).toBe("Light Green");
    after[17]![6] = "Green";
    expect(after).toEqual(before);
    expect(browser.pageErrors).toEqual([]);
  });
});
