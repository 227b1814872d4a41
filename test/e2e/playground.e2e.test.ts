/**
 * The task pane in real Chromium (Debian's, via playwright-core) over the playground's memory
 * workbook, at Excel's narrow pane widths (300 and 350 px), driven by the keyboard only: after
 * each action the test asserts where focus landed, what the live regions announced, what the
 * workbook holds, that axe finds nothing, and that nothing scrolls sideways. Screenshots of each
 * state at 300 px go to test-results/. No request may leave 127.0.0.1.
 */
import type { Page } from "playwright-core";
import { axe, byId, byName, focused, gridCell, idle, liveSays, noSidewaysScroll, pane, press, sheetValues, shot, startBrowser, tabTo, until, workbookState } from "./pane";

let browser: Awaited<ReturnType<typeof startBrowser>>;

beforeAll(async () => {
  browser = await startBrowser();
});

afterAll(async () => browser?.stop());

const open = (query: string) => browser.open(query);

describe.each([300, 350])("the pane at %i px, by keyboard", (width) => {
  let page: Page;
  const snap = async (name: string) => {
    if (width === 300) await shot(page, name);
  };
  const check = async (label: string) => {
    expect(await axe(page, `${width}px ${label}`)).toEqual({ label: `${width}px ${label}`, violations: [] });
    expect(await noSidewaysScroll(page)).toBe(true);
  };

  beforeAll(async () => {
    page = await open(`pane=${width}`);
  });
  afterAll(async () => page?.close());

  it("opens with the plan understood, its live regions already present, in a loading-free state", async () => {
    await expect(pane(page).getByText("3 of 12 items complete (25.0%), 4 overdue.").isVisible()).resolves.toBe(true);
    await expect(pane(page).getByText(/1 overdue deadline is written in words/).isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => [document.getElementById("wsoa-live")?.getAttribute("aria-live"), document.getElementById("wsoa-alert")?.getAttribute("role")])).toEqual(["polite", "alert"]);
    await snap("01-opened");
    await check("opened");
  });

  it("Check plan: the result is announced and focused; issues show ref, text and lead", async () => {
    await page.locator("body").focus();
    await tabTo(page, byName("Check plan"));
    await press(page, "Enter");
    await liveSays(page, /Checked\s*12 items on "Action plan": 1 problem to fix, 10 items to review and 1 note/);
    expect((await focused(page)).id).toBe("wsoa-result");
    await expect(pane(page).getByRole("heading", { name: "To fix (1)" }).isVisible()).resolves.toBe(true);
    await expect(pane(page).getByRole("button", { name: "Go to G19: 3.2 Section 75 agreement signed, overdue 121 days" }).isVisible()).resolves.toBe(true);
    // The buttons and the first issues stay in view: the result did not push them away.
    expect(await pane(page).getByRole("button", { name: "Check plan" }).boundingBox()).toMatchObject({ y: expect.any(Number) });
    await snap("02-checked");
    await check("checked");
  });

  it("a cell link selects its cell; its name says what the row is", async () => {
    await tabTo(page, byName(/^Go to G19: 3\.2/));
    await press(page, "Enter");
    expect((await workbookState(page)).selection).toEqual({ sheet: "Action plan", cell: "G19" });
    await expect(gridCell(page, "G19").getAttribute("aria-selected")).resolves.toBe("true");
  });

  it("Fix one: a preview of the cell, confirmed once; focus on the preview, then on the result", async () => {
    await page.locator("#wsoa-title").focus();
    await tabTo(page, byName("Fix G9: write Amber"));
    await press(page, "Enter");
    expect((await focused(page)).id).toBe("wsoa-preview-heading");
    await expect(pane(page).getByText('G9: "amber " → "Amber"').isVisible()).resolves.toBe(true);
    expect((await sheetValues(page, "Action plan"))[8]![6]).toBe("amber ");
    await snap("03-fix-preview");
    await check("fix preview");
    await tabTo(page, byName("Fix"));
    await press(page, "Enter");
    await liveSays(page, /Fixed.*1 rating rewritten/);
    expect((await focused(page)).id).toBe("wsoa-result");
    expect((await sheetValues(page, "Action plan"))[8]![6]).toBe("Amber");
    await snap("04-fixed");
  });

  it("Fix all: Escape cancels the preview, writes nothing and returns focus to the button", async () => {
    await tabTo(page, byId("wsoa-fix-all"));
    await press(page, "Enter");
    // G12 "lt green" is tidied; G18 "Green" (five-level scheme) is a question, not in Fix all.
    const cells = await pane(page).getByRole("list", { name: "Cells that will change" }).innerText();
    expect(cells).toMatch(/G12: .* → "Light Green"/);
    expect(cells).not.toMatch(/G18/);
    await press(page, "Escape");
    expect((await focused(page)).id).toBe("wsoa-fix-all");
    expect((await sheetValues(page, "Action plan"))[17]![6]).toBe("Green");
  });

  it("Apply formatting: the preview names the ranges; after confirming, rating cells show their fills", async () => {
    await page.locator("#wsoa-title").focus();
    await tabTo(page, byName("Apply formatting"));
    await press(page, "Enter");
    await expect(pane(page).getByText(/Colour the ratings on "Action plan" G5:G119 and F5:F119/).isVisible()).resolves.toBe(true);
    await snap("05-apply-preview");
    await tabTo(page, byName("Apply formatting"));
    await press(page, "Enter");
    await liveSays(page, /Formatting applied.*rating colours and dropdowns on G5:G119 and F5:F119/);
    expect((await focused(page)).id).toBe("wsoa-result");
    await expect(gridCell(page, "G10").getAttribute("data-fill")).resolves.toBe("#C00000");
    await expect(gridCell(page, "E10").getAttribute("data-fill")).resolves.toBe("#FFD7D7");
    const sheet = (await workbookState(page)).sheets.find((s) => s.name === "Action plan")!;
    expect(sheet.validations.map((v) => v.source)).toEqual(["=WSOA_Ratings", "=WSOA_Ratings"]);
    await snap("06-formatted");
    await check("formatted");
  });

  it("Build summary: previewed, then the sheet with the same figures as the pane", async () => {
    await page.locator("#wsoa-title").focus();
    await tabTo(page, byName("Build summary"));
    await press(page, "Enter");
    await expect(pane(page).getByText('Create the sheet "Summary".').isVisible()).resolves.toBe(true);
    await tabTo(page, byName("Build summary"));
    await press(page, "Enter");
    await liveSays(page, /"Summary" created: 3 of 12 items complete \(25\.0%\), 4 overdue\./);
    const summary = (await workbookState(page)).sheets.find((s) => s.name === "Summary")!;
    const total = summary.values.find((r) => r[0] === "Total")!;
    expect(total.slice(1, 8)).toEqual([1, 3, 3, 2, 1, 2, 12]);
    await snap("07-summary");
    await check("summary");
  });

  it("Plan settings: a column choice opens a preview that says it applies to everyone; Escape returns to the control", async () => {
    await page.locator("#wsoa-title").focus();
    await tabTo(page, byName(/^Plan settings/));
    await press(page, "Enter");
    await tabTo(page, byId("wsoa-set-col-lead"));
    await press(page, "ArrowDown");
    await expect(pane(page).getByText(/applies to everyone who opens it/).isVisible()).resolves.toBe(true);
    await snap("08-settings-preview");
    await check("settings preview");
    await press(page, "Escape");
    expect((await focused(page)).id).toBe("wsoa-set-col-lead");
  });

  it("New plan: Escape closes the form back to its button; creating one leaves the first plan's dropdowns and list intact", async () => {
    await tabTo(page, byId("wsoa-new-plan"), 200, true);
    await press(page, "Enter");
    expect((await focused(page)).id).toBe("new-plan-heading");
    await snap("09-new-plan-form");
    await check("new plan form");
    await press(page, "Escape");
    expect((await focused(page)).id).toBe("wsoa-new-plan");
    await press(page, "Enter");
    await tabTo(page, byId("wsoa-new-plan-name"));
    await page.keyboard.press("Control+A");
    await page.keyboard.type("Plan 2024");
    await tabTo(page, byName("Create plan sheet"));
    await press(page, "Enter");
    await liveSays(page, /"Plan 2024" is ready for leads, and WSOA Tracker now follows it\. "Action plan" is unchanged/);
    expect((await focused(page)).id).toBe("wsoa-result");
    const state = await workbookState(page);
    expect(state.sheets.find((s) => s.name === "Action plan")!.validations.map((v) => v.source)).toEqual(["=WSOA_Ratings", "=WSOA_Ratings"]);
    const settings = state.sheets.find((s) => s.name === "WSOA Tracker")!.values;
    expect(settings.slice(1, 6).map((r) => r[3])).toEqual(["Red", "Amber", "Light Green", "Dark Green", "Completed"]);
    expect(state.names.WSOA_Ratings).toMatch(/\$D\$2:\$D\$6/);
    expect(state.sheets.find((s) => s.name === "Plan 2024")!.validations.map((v) => v.source)).toEqual(["=WSOA_Ratings_2", "=WSOA_Ratings_2"]);
    await snap("10-new-plan-created");
    await check("new plan created");
  });

  it("switching back is explicit: the plan sheet picker, previewed", async () => {
    await tabTo(page, byName(/^Plan settings/));
    if ((await page.locator("#wsoa-set-sheet").count()) === 0) await press(page, "Enter");
    await tabTo(page, byId("wsoa-set-sheet"));
    await page.selectOption("#wsoa-set-sheet", "Action plan");
    await idle(page);
    expect((await focused(page)).id).toBe("wsoa-preview-heading");
    await tabTo(page, byName("Save"));
    await press(page, "Enter");
    await liveSays(page, /Now following the plan on "Action plan"/);
    await expect(pane(page).locator("dd").first().innerText()).resolves.toBe("Action plan");
  });

  it("a renamed plan sheet is found again, and the pane offers to keep following it", async () => {
    await page.evaluate(() => {
      window.__wsoa!.memory.sheet("Action plan")!.name = "Action plan Mar 2023";
    });
    await page.locator("#wsoa-title").focus();
    await tabTo(page, byName("Check plan"));
    await press(page, "Enter");
    await expect(pane(page).getByText(/Your plan sheet "Action plan" is no longer in this workbook; WSOA Tracker is now reading "Action plan Mar 2023"/).isVisible()).resolves.toBe(true);
    await snap("11-renamed-found");
    await check("renamed sheet found");
    await tabTo(page, byId("wsoa-keep-moved"));
    await press(page, "Enter");
    await tabTo(page, byName("Save"));
    await press(page, "Enter");
    await liveSays(page, /Now following the plan on "Action plan Mar 2023"/);
  });

  it("damaged settings: said in plain words, reset from the pane", async () => {
    await page.evaluate(() => {
      window.__wsoa!.memory.sheet("WSOA Tracker")!.values[1]![1] = '{"version":1,"sheet":"Action plan" "scheme":"rag5"}';
    });
    await page.locator("#wsoa-title").focus();
    await tabTo(page, byName("Check plan"));
    await press(page, "Enter");
    expect((await focused(page)).id).toBe("plan-heading");
    await expect(pane(page).getByText("The saved settings cannot be read: the text holding them was cut short or edited by hand.").isVisible()).resolves.toBe(true);
    await snap("12-settings-damaged");
    await check("settings damaged");
    await tabTo(page, byId("wsoa-reset-damaged"));
    await press(page, "Enter");
    await tabTo(page, byName("Reset settings"));
    await press(page, "Enter");
    await liveSays(page, /The damaged settings were replaced/);
    expect((await focused(page)).id).toBe("wsoa-result");
    const settings = (await sheetValues(page, "WSOA Tracker"))!;
    expect(settings.slice(1, 6).map((r) => r[3])).toEqual(["Red", "Amber", "Light Green", "Dark Green", "Completed"]);
  });

  it("the leads' round: My actions, re-checks as a lead types, Last updated stamped only when turned on", async () => {
    // After the reset, detection follows the plan with the strongest header (the new, empty one): choose the old plan.
    await page.locator("#wsoa-title").focus();
    await tabTo(page, byName(/^Plan settings/));
    if ((await page.locator("#wsoa-set-sheet").count()) === 0) await press(page, "Enter");
    await tabTo(page, byId("wsoa-set-sheet"));
    await page.selectOption("#wsoa-set-sheet", "Action plan Mar 2023");
    await idle(page);
    await tabTo(page, byName("Save"));
    await press(page, "Enter");
    await liveSays(page, /Now following the plan on "Action plan Mar 2023"/);
    await tabTo(page, byId("wsoa-my-name"), 200);
    await page.selectOption("#wsoa-my-name", "SEND Casework Manager");
    await expect(pane(page).getByText("You lead 1 row: 1 overdue, 1 row with something to look at.").isVisible()).resolves.toBe(true);
    const sheetName = await pane(page).locator("dd").first().innerText();
    await page.evaluate((s) => window.__wsoa!.workbook.userEdit(s, "G10", "Purple"), sheetName);
    await liveSays(page, /Rows checked.*1\.3: 2 things to look at/);
    expect((await sheetValues(page, sheetName))[9]![8]).not.toBe("31 Mar 2023");
    await snap("13-my-actions-edited");
    await check("my actions");
    await tabTo(page, byName(/^Plan settings/), 200, true);
    if ((await page.locator("#wsoa-set-stamp").count()) === 0) await press(page, "Enter");
    await tabTo(page, byId("wsoa-set-stamp"));
    await press(page, "Space");
    await tabTo(page, byName("Save"));
    await press(page, "Enter");
    await liveSays(page, /"Last updated" is now stamped/);
    await page.evaluate((s) => window.__wsoa!.workbook.userEdit(s, "G10", "Amber"), sheetName);
    await until(page, async () => (await sheetValues(page, sheetName))[9]![8] === "31 Mar 2023", 10_000, "Last updated stamped");
    await liveSays(page, /"Last updated" set to today on 1 row/);
    // Re-saying the option made the whole pane settle; the stamp did not loop.
    await page.waitForTimeout(1500);
    await liveSays(page, /"Last updated" set to today on 1 row/);
  });
});

describe("the whole run", () => {
  it("made no request beyond 127.0.0.1 and raised no page errors", () => {
    expect(browser.requests.length).toBeGreaterThan(0);
    expect(browser.requests.filter((u) => !u.startsWith(browser.server.url))).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
