/**
 * The playground in real Chromium (Debian's, via playwright-core): the task pane's flows over
 * the memory workbook, checked in the workbook's state and in the grid view, with an axe scan
 * and screenshots of each state in test-results/. No request may leave 127.0.0.1.
 */
import AxeBuilder from "@axe-core/playwright";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { serveFolder } from "./static-server";

const ROOT = path.resolve(__dirname, "../..");
const SHOTS = path.join(ROOT, "test-results");
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

let server: Awaited<ReturnType<typeof serveFolder>>;
let context: BrowserContext;
let page: Page;
let profile: string;
const requests: string[] = [];
const pageErrors: string[] = [];

/** Plain data about the memory workbook, read inside the page. */
function workbookState(p: Page) {
  return p.evaluate(() => {
    const w = window.__wsoa!;
    const s = w.memory.state;
    return {
      active: s.active ?? null,
      selection: w.workbook.selection,
      sheets: s.sheets.map((sh) => ({
        name: sh.name, visibility: sh.visibility, values: sh.values, freezeRows: sh.freezeRows ?? null,
        rules: sh.rules.map((r) => ({ range: r.range, formula: r.formula, fill: r.style.fill ?? null })),
        validations: sh.validations.map((v) => ({ range: v.range, source: v.source })),
      })),
    };
  });
}

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
const pane = () => page.getByRole("complementary", { name: "Task pane" });
const cell = (address: string) => page.locator(`td[data-cell="${address}"]`);

async function axe(label: string) {
  const result = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect({ label, violations: bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`) }).toEqual({ label, violations: [] });
}

async function waitIdle() {
  await expectEventually(async () => (await pane().locator('[role="status"] [role="progressbar"]').count()) === 0);
}

async function expectEventually(check: () => Promise<boolean>, timeout = 10_000) {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await page.waitForTimeout(50);
  }
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveFolder(path.join(ROOT, "dist/playground"));
  profile = mkdtempSync(path.join(os.tmpdir(), "wsoa-e2e-"));
  context = await chromium.launchPersistentContext(profile, { executablePath: "/usr/bin/chromium", args: ARGS, viewport: { width: 1400, height: 860 } });
  // Record every request; anything not on our loopback server is refused as well as reported.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    requests.push(url);
    return url.startsWith(server.url) || url.startsWith("data:") ? route.continue() : route.abort();
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  await page.goto(server.url);
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe("the playground in Chromium", () => {
  it("opens with the example plan understood", async () => {
    await expect(pane().getByRole("heading", { name: "Plan" }).waitFor()).resolves.toBeUndefined();
    await expect(pane().getByText("Action plan", { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole("table", { name: "Sheet Action plan" }).isVisible()).resolves.toBe(true);
    await shot("01-opened");
    await axe("opened");
  });

  it("validates: issues grouped by severity and rule, each with its cell", async () => {
    await pane().getByRole("button", { name: "Validate" }).click();
    await pane().getByRole("heading", { name: "Issues" }).waitFor();
    await expect(pane().getByRole("heading", { name: "Unknown ratings (1)" }).isVisible()).resolves.toBe(true);
    await expect(pane().getByRole("heading", { name: "Ratings to tidy (2)" }).isVisible()).resolves.toBe(true);
    await expect(pane().getByText(/1 error, \d+ warnings and 1 note in 12 items/).isVisible()).resolves.toBe(true);
    await shot("02-validated");
    await axe("validated");
  });

  it("clicking an issue selects its cell in the sheet", async () => {
    await pane().getByRole("button", { name: "Go to G19" }).click();
    await expect(cell("G19").getAttribute("aria-selected")).resolves.toBe("true");
    const state = await workbookState(page);
    expect(state.selection).toEqual({ sheet: "Action plan", cell: "G19" });
    await shot("03-issue-selected");
  });

  it("fixes one normalisable rating with one click", async () => {
    await pane().getByRole("button", { name: "Fix G9: write Amber" }).click();
    await waitIdle();
    await pane().getByText(/1 rating rewritten: G9 "amber " → "Amber"/).waitFor();
    const sheet = (await workbookState(page)).sheets.find((s) => s.name === "Action plan")!;
    expect(sheet.values[8]![6]).toBe("Amber");
    await expect(pane().getByRole("heading", { name: "Ratings to tidy (1)" }).isVisible()).resolves.toBe(true);
  });

  it("applies formatting: rating cells show their fills", async () => {
    expect(await cell("G10").getAttribute("data-fill")).toBeNull();
    await pane().getByRole("button", { name: "Apply formatting" }).click();
    await pane().getByText(/rating colour rules/).waitFor();
    await expect(cell("G10").getAttribute("data-fill")).resolves.toBe("#C00000"); // Red
    await expect(cell("G6").getAttribute("data-fill")).resolves.toBe("#404040"); // Completed
    await expect(cell("G12").getAttribute("data-fill")).resolves.toBe("#92D050"); // "lt green" → Light Green
    await expect(cell("F6").getAttribute("data-fill")).resolves.toBe("#C00000"); // initial rating column too
    await expect(cell("E10").getAttribute("data-fill")).resolves.toBe("#FFD7D7"); // overdue real date
    const sheet = (await workbookState(page)).sheets.find((s) => s.name === "Action plan")!;
    expect(sheet.rules.filter((r) => r.formula.includes('N("WSOA Tracker")=0'))).toHaveLength(11); // 5 ratings × 2 columns + overdue
    expect(sheet.validations.map((v) => v.source)).toEqual(["=WSOA_Ratings", "=WSOA_Ratings"]);
    await shot("04-formatted");
  });

  it("builds the summary sheet with the right counts", async () => {
    await pane().getByRole("button", { name: "Build summary" }).click();
    await pane().getByText(/"Summary" built: 3 of 12 items complete \(25\.0%\), 4 overdue\. No chart: charts are drawn by Excel/).waitFor();
    await expect(page.getByRole("tab", { name: "Summary", selected: true }).isVisible()).resolves.toBe(true);
    const state = await workbookState(page);
    expect(state.active).toBe("Summary");
    const summary = state.sheets.find((s) => s.name === "Summary")!;
    const head = summary.values.findIndex((r) => r[0] === "Workstream");
    expect(summary.values[head]!.slice(0, 7)).toEqual(["Workstream", "Red", "Amber", "Light Green", "Dark Green", "Completed", "Not rated"]);
    const totalRow = summary.values.findIndex((r) => r[0] === "Total") + 1;
    const total = summary.values[totalRow - 1]!;
    // After the fix of G9 (amber → Amber): Red 1, Amber 3, Light Green 3, Dark Green 2, Completed 1, Not rated 2; 12 items.
    expect(total.slice(1, 8)).toEqual([1, 3, 3, 2, 1, 2, 12]);
    // The grid shows the same figures: the Total row's item count, and the rating header on its colour.
    await expect(cell(`H${totalRow}`).innerText()).resolves.toBe("12");
    await expect(cell(`B${head + 1}`).getAttribute("data-fill")).resolves.toBe("#C00000");
    await shot("05-summary");
    await axe("summary");
  });

  it("creates a new plan sheet from a chosen scheme", async () => {
    await pane().getByRole("button", { name: "New plan" }).click();
    await pane().getByRole("radio", { name: /^BRAG/ }).check();
    await pane().getByRole("textbox", { name: "Sheet name" }).fill("Plan 2024");
    await axe("new plan form");
    await shot("06-new-plan-form");
    await pane().getByRole("button", { name: "Create plan sheet" }).click();
    await pane().getByText(/"Plan 2024" created/).waitFor();
    const state = await workbookState(page);
    expect(state.active).toBe("Plan 2024");
    const sheet = state.sheets.find((s) => s.name === "Plan 2024")!;
    expect(sheet.values[4]).toContain("RAG status");
    expect(sheet.values[1]!.slice(1, 5)).toEqual(["Blue", "Green", "Amber", "Red"]);
    expect(sheet.freezeRows).toBe(5);
    expect(sheet.validations).toHaveLength(2);
    await expect(pane().getByText("Plan 2024", { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("tab", { name: "Plan 2024", selected: true }).isVisible()).resolves.toBe(true);
    // Typing a rating in the new sheet is coloured by the rules written with it.
    await page.evaluate(() => {
      const w = window.__wsoa!;
      const s = w.memory.sheet("Plan 2024")!;
      while (s.values.length < 6) s.values.push([]);
      s.values[5]![9] = "Amber";
      w.workbook.activate("Plan 2024");
    });
    await expect(cell("J6").getAttribute("data-fill")).resolves.toBe("#FFC000");
    await shot("07-new-plan");
  });

  it("is keyboard reachable: Tab reaches the Validate button", async () => {
    await page.keyboard.press("Escape");
    await page.locator("body").focus();
    let found = false;
    for (let i = 0; i < 60 && !found; i++) {
      await page.keyboard.press("Tab");
      found = await page.evaluate(() => document.activeElement?.textContent === "Validate");
    }
    expect(found).toBe(true);
  });

  it("made no request beyond 127.0.0.1 and raised no page errors", () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(server.url))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
