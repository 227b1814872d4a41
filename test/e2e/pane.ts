/**
 * Helpers for driving the playground's task pane in Chromium the way a keyboard user does:
 * Tab to a control, press a key, then ask where focus landed and what the live regions say.
 */
import AxeBuilder from "@axe-core/playwright";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Page } from "playwright-core";
import { serveFolder } from "./static-server";

export const ROOT = path.resolve(__dirname, "../..");
export const SHOTS = path.join(ROOT, "test-results");
export const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export const pane = (page: Page) => page.locator("[data-pane]");
export const gridCell = (page: Page, address: string) => page.locator(`td[data-cell="${address}"]`);

/** Plain data about the memory workbook, read inside the page. */
export function workbookState(page: Page) {
  return page.evaluate(() => {
    const w = window.__wsoa!;
    const s = w.memory.state;
    return {
      active: s.active ?? null,
      selection: w.workbook.selection,
      names: Object.fromEntries(s.names),
      sheets: s.sheets.map((sh) => ({
        name: sh.name, visibility: sh.visibility, values: sh.values, freezeRows: sh.freezeRows ?? null,
        rules: sh.rules.map((r) => ({ range: r.range, formula: r.formula, fill: r.style.fill ?? null })),
        validations: sh.validations.map((v) => ({ range: v.range, source: v.source })),
      })),
    };
  });
}

export async function sheetValues(page: Page, name: string) {
  return (await workbookState(page)).sheets.find((s) => s.name === name)!.values;
}

/** What has focus: its id, accessible-ish name (aria-label or text) and tag. */
export function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { id: el?.id ?? "", tag: el?.tagName.toLowerCase() ?? "", name: (el?.getAttribute("aria-label") ?? el?.textContent ?? "").trim() };
  });
}

/** Press Tab (or Shift+Tab) until the focused element matches; fails after `limit` presses. */
export async function tabTo(page: Page, match: (f: { id: string; tag: string; name: string }) => boolean, limit = 120, back = false) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const f = await focused(page);
    if (match(f)) return f;
  }
  throw new Error(`Tab never reached the control (last: ${JSON.stringify(await focused(page))})`);
}

export const byName = (name: string | RegExp) => (f: { name: string }) => (typeof name === "string" ? f.name === name : name.test(f.name));
export const byId = (id: string) => (f: { id: string }) => f.id === id;

export async function until(page: Page, check: () => Promise<boolean>, timeout = 15_000, what = "condition") {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`${what} not met in time`);
    await page.waitForTimeout(50);
  }
}

/** Wait until the pane is idle (no busy spinner in its status region). */
export const idle = (page: Page) => until(page, async () => (await page.locator("#wsoa-activity [role=progressbar], #wsoa-activity .fui-Spinner").count()) === 0, 15_000, "pane idle");

/** The text of the polite and assertive live regions, which exist from the first render. */
export const live = (page: Page) => page.evaluate(() => ({ polite: document.getElementById("wsoa-live")?.textContent ?? null, alert: document.getElementById("wsoa-alert")?.textContent ?? null }));

export async function liveSays(page: Page, text: RegExp, region: "polite" | "alert" = "polite") {
  await until(page, async () => text.test((await live(page))[region] ?? ""), 15_000, `live region (${region}) to say ${text}`);
}

/** axe over the pane (WCAG 2.0–2.2 A/AA and best practice): no violation of any impact, Fluent's focus-trap dummies aside. */
export async function axe(page: Page, label: string) {
  const result = await new AxeBuilder({ page }).include("[data-pane]").exclude("[data-tabster-dummy]").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  return { label, violations: result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`) };
}

/** True when nothing in the pane scrolls sideways. */
export const noSidewaysScroll = (page: Page) => page.evaluate(() => {
  const p = document.querySelector("[data-pane]") as HTMLElement;
  return p.scrollWidth <= p.clientWidth + 1;
});

export const shot = (page: Page, name: string) => pane(page).screenshot({ path: path.join(SHOTS, `${name}.png`) });

/** One Chromium for a test file, serving dist/ on 127.0.0.1; every request is recorded, and refused unless local. */
export async function startBrowser() {
  mkdirSync(SHOTS, { recursive: true });
  const server = await serveFolder(path.join(ROOT, "dist"));
  const profile = mkdtempSync(path.join(os.tmpdir(), "wsoa-e2e-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: "/usr/bin/chromium", args: ARGS, viewport: { width: 1100, height: 900 } });
  const requests: string[] = [];
  const pageErrors: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    requests.push(url);
    return url.startsWith(server.url) || url.startsWith("data:") ? route.continue() : route.abort();
  });
  /** The playground with the pane at a width (and other query options), once its plan is read. */
  const open = async (query: string): Promise<Page> => {
    const page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    await page.goto(`${server.url}playground/index.html?${query}`);
    await pane(page).getByRole("heading", { name: "Plan", exact: true }).waitFor();
    return page;
  };
  const stop = async () => {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { server, context, requests, pageErrors, open, stop };
}

/** Press a key, wait for the pane to settle. */
export async function press(page: Page, key: string) {
  await page.keyboard.press(key);
  await page.waitForTimeout(30);
  await idle(page);
}
