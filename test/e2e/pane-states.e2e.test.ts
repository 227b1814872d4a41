/**
 * States of the task pane worth seeing beyond the main flows: a 252-item plan (paged issues),
 * Excel's dark theme, forced colours, and 200% zoom. Screenshots go to test-results/.
 */
import { axe, byId, byName, focused, liveSays, noSidewaysScroll, press, shot, startBrowser, tabTo } from "./pane";

let browser: Awaited<ReturnType<typeof startBrowser>>;

beforeAll(async () => {
  browser = await startBrowser();
});

afterAll(async () => browser?.stop());

const open = (query: string) => browser.open(query);

describe("states worth seeing", () => {
  it("a 252-item plan: issues paged, so keyboard users are not faced with 171 stops", async () => {
    const page = await open("pane=300");
    await page.evaluate(() => {
      const s = window.__wsoa!.memory.sheet("Action plan")!;
      const body = s.values.slice(4).map((r) => [...r]);
      const formats = s.numberFormats.slice(4).map((r) => [...r]);
      for (let i = 0; i < 20; i++) {
        s.values.push(...body.map((r) => [...r]));
        s.numberFormats.push(...formats.map((r) => [...r]));
      }
    });
    await page.locator("#wsoa-title").focus();
    await tabTo(page, byName("Check plan"));
    await press(page, "Enter");
    await liveSays(page, /Checked\s*252 items/);
    const stops = await page.evaluate(() => document.querySelectorAll("[data-pane] section[aria-labelledby='issues-heading'] button, [data-pane] section[aria-labelledby='issues-heading'] select").length);
    expect(stops).toBeLessThan(60);
    await tabTo(page, (f) => /^Show 10 more/.test(f.name));
    const before = await focused(page);
    await press(page, "Enter");
    const after = await focused(page);
    expect(after.name).toMatch(/^Go to /);
    expect(after.id).not.toBe(before.id);
    await shot(page, "14-big-plan-paged");
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.close();
  });

  it("Excel's dark theme", async () => {
    const page = await open("pane=300&theme=dark");
    const bg = await page.evaluate(() => getComputedStyle(document.querySelector("main")!).backgroundColor);
    expect(bg).toBe("rgb(41, 41, 41)");
    await shot(page, "15-dark-theme");
    expect(await axe(page, "dark")).toEqual({ label: "dark", violations: [] });
    await page.close();
  });

  it("forced colours: links look like links and focus is visible", async () => {
    const page = await open("pane=300");
    await page.emulateMedia({ forcedColors: "active", colorScheme: "dark" });
    await page.locator("#wsoa-title").focus();
    await tabTo(page, byName("Check plan"));
    await press(page, "Enter");
    await tabTo(page, byName(/^Go to /));
    const style = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      return { decoration: s.textDecorationLine, outline: s.outlineStyle };
    });
    expect(style.decoration).toContain("underline");
    await shot(page, "16-forced-colours-focus");
    await page.close();
  });

  it("200% zoom (a 350 px pane at 175 CSS px): nothing scrolls sideways, the New plan form included", async () => {
    const page = await open("pane=175");
    await page.locator("#wsoa-title").focus();
    await tabTo(page, byName("Check plan"));
    await press(page, "Enter");
    await tabTo(page, byId("wsoa-new-plan"), 200, true);
    await press(page, "Enter");
    expect(await noSidewaysScroll(page)).toBe(true);
    await shot(page, "17-zoom-200-new-plan");
    await page.close();
  });

  it("made no request beyond 127.0.0.1 and raised no page errors", () => {
    expect(browser.requests.length).toBeGreaterThan(0);
    expect(browser.requests.filter((u) => !u.startsWith(browser.server.url))).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
