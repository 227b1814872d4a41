/**
 * The real task pane page (dist/taskpane.html) before and without Excel: what a person sees
 * while Office.js loads, when it cannot load (offline, a council proxy) and outside Excel.
 * Office.js is served from the npm copy, or refused, by the test: no request leaves 127.0.0.1.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Route } from "playwright-core";
import { ARGS, ROOT, SHOTS } from "./pane";
import { serveFolder } from "./static-server";

const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
let server: Awaited<ReturnType<typeof serveFolder>>;
let context: BrowserContext;
let profile: string;
let office: "blocked" | "slow" = "blocked";

/** Office.js from the npm copy (slowly, so the loading state can be seen), or refused like a proxy would. */
async function officeRoute(route: Route) {
  const url = route.request().url();
  if (url.startsWith(server.url)) return route.continue();
  const m = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/(.+)$/.exec(url);
  const file = m ? path.join(OFFICE_DIST, m[1]!) : null;
  if (office === "blocked" || !file || !existsSync(file)) return route.abort();
  await new Promise((r) => setTimeout(r, 2500));
  return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) });
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveFolder(path.join(ROOT, "dist"));
  profile = mkdtempSync(path.join(os.tmpdir(), "wsoa-e2e-tp-"));
  context = await chromium.launchPersistentContext(profile, { executablePath: "/usr/bin/chromium", args: ARGS, viewport: { width: 300, height: 600 } });
  await context.route("**/*", officeRoute);
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe("the task pane page outside Excel", () => {
  it("says plainly when Office.js cannot load (offline, a proxy), instead of a blank pane", async () => {
    office = "blocked";
    const page = await context.newPage();
    await page.goto(`${server.url}taskpane.html`);
    await page.getByText("Office did not load").waitFor({ timeout: 20_000 });
    await expect(page.getByText(/ask IT to allow appsforoffice\.microsoft\.com/).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: path.join(SHOTS, "20-taskpane-office-blocked.png") });
    await page.close();
  });

  it("shows a loading state from the HTML itself while Office.js loads, then says to open it from Excel", async () => {
    office = "slow";
    const page = await context.newPage();
    await page.goto(`${server.url}taskpane.html`, { waitUntil: "commit" });
    await page.getByText("Loading WSOA Tracker…").waitFor({ timeout: 5_000 });
    await page.screenshot({ path: path.join(SHOTS, "21-taskpane-loading.png") });
    await page.getByText("Open WSOA Tracker from Excel").waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(SHOTS, "22-taskpane-outside-excel.png") });
    await page.close();
  });

  it("has a script-free message for web views that cannot run the pane", () => {
    const html = readFileSync(path.join(ROOT, "dist/taskpane.html"), "utf8");
    expect(html).toMatch(/<noscript>.*WSOA Tracker needs JavaScript/s);
    expect(html).toMatch(/window\.__wsoaStarted/);
    expect(html).toMatch(/WSOA Tracker could not start here/);
  });
});
