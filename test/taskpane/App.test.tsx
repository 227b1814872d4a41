/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { readState, STATE_SHEET } from "../../src/core/state";
import { WorkbookError } from "../../src/workbook/errors";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { exampleWorkbook, hostFor } from "./helpers";
import { alertRegion, checkPlan, choose, click, confirmPreview, key, polite, renderPane } from "./render";
import { sheetGridForTest } from "./sheet-grid";

jest.setTimeout(30_000);

describe("the task pane", () => {
  it("shows the sheet, header row and items it understood, and ratings as words with their meanings", async () => {
    renderPane(hostFor(exampleWorkbook().workbook));
    const plan = await screen.findByRole("region", { name: "Plan" });
    expect(within(plan).getByText("Action plan")).toBeTruthy();
    expect(within(plan).getByText("4")).toBeTruthy();
    expect(within(plan).getByText("12")).toBeTruthy();
    const table = screen.getByRole("table", { name: "Items by rating" });
    expect(within(table).getByText("Red").style.backgroundColor).toBe("rgb(192, 0, 0)");
    expect(within(table).getByText("Not started or significantly delayed")).toBeTruthy();
    // The count and the sheet agree, and the pane says why one overdue deadline is not highlighted.
    expect(screen.getByText("3 of 12 items complete (25.0%), 4 overdue.")).toBeTruthy();
    expect(screen.getByText(/1 overdue deadline is written in words \(E8 "Autumn term 2022"/)).toBeTruthy();
  });

  it("has its live regions from the start, before any result", async () => {
    renderPane(hostFor(exampleWorkbook().workbook));
    await screen.findByRole("region", { name: "Plan" });
    expect(polite().getAttribute("aria-live")).toBe("polite");
    expect(polite().textContent).toBe("");
    expect(alertRegion().textContent).toBe("");
  });

  it("checks the plan: a result with counts (not a failure), announced politely, focus on it; issues with context", async () => {
    const { workbook, selected } = exampleWorkbook();
    renderPane(hostFor(workbook));
    await checkPlan();
    expect(polite().textContent).toMatch(/Checked\s*12 items on "Action plan": 1 problem to fix, 10 items to review and 1 note\./);
    expect(document.activeElement?.id).toBe("wsoa-result");
    expect(screen.getByRole("heading", { name: "To fix (1)" })).toBeTruthy();
    const link = screen.getByRole("button", { name: "Go to G19: 3.2 Section 75 agreement signed, overdue 121 days" });
    await click(link);
    expect(selected).toEqual([{ sheet: "Action plan", cell: "G19" }]);
    expect(screen.queryByText(/1 Errors/)).toBeNull();
  });

  it("fixes one rating after a preview of the cell, before → after; focus goes to the result", async () => {
    const { workbook, memory } = exampleWorkbook();
    renderPane(hostFor(workbook));
    await checkPlan();
    await click(screen.getByRole("button", { name: "Fix G9: write Amber" }));
    const preview = await screen.findByRole("region", { name: "Fix this rating?" });
    expect(within(preview).getByText('G9: "amber " → "Amber"')).toBeTruthy();
    expect(document.activeElement?.id).toBe("wsoa-preview-heading");
    expect(memory.sheet("Action plan")!.values[8]![6]).toBe("amber "); // nothing written yet
    await click(within(preview).getByRole("button", { name: "Fix" }));
    await waitFor(() => expect(polite().textContent).toMatch(/1 rating rewritten/));
    expect(memory.sheet("Action plan")!.values[8]![6]).toBe("Amber");
    expect(document.activeElement?.id).toBe("wsoa-result");
  });

  it("Fix all lists every cell; Cancel writes nothing and returns focus to the button", async () => {
    const { workbook, memory } = exampleWorkbook();
    renderPane(hostFor(workbook));
    await checkPlan();
    // "Green" (G18) in the five-level scheme is a question (Light or Dark Green?), not a fix: 2, not 3.
    await click(screen.getByRole("button", { name: "Fix all 2 ratings written differently" }));
    const preview = await screen.findByRole("region", { name: "Fix 2 ratings?" });
    const cells = within(preview).getByRole("list", { name: "Cells that will change" }).textContent;
    expect(cells).toMatch(/G12: .* → "Light Green"/);
    expect(cells).not.toMatch(/G18/);
    await key(within(preview).getByRole("button", { name: "Fix 2" }), "Escape");
    expect(screen.queryByRole("region", { name: "Fix 2 ratings?" })).toBeNull();
    expect(document.activeElement?.id).toBe("wsoa-fix-all");
    expect(memory.sheet("Action plan")!.values[17]![6]).toBe("Green");
  });

  it("applies formatting after saying which ranges get rules and dropdowns", async () => {
    const { workbook, memory } = exampleWorkbook();
    renderPane(hostFor(workbook));
    await click(await screen.findByRole("button", { name: "Apply formatting" }));
    const preview = await screen.findByRole("region", { name: "Apply formatting?" });
    expect(preview.textContent).toMatch(/Colour the ratings on "Action plan" G5:G119 and F5:F119: 5 rules per column/);
    expect(preview.textContent).toMatch(/Highlight overdue deadlines on E5:E119/);
    await click(within(preview).getByRole("button", { name: "Apply formatting" }));
    await waitFor(() => expect(polite().textContent).toMatch(/rating colours and dropdowns on G5:G119 and F5:F119/));
    expect(memory.sheet("Action plan")!.rules).toHaveLength(11);
    expect(memory.sheet("Summary")).toBeUndefined();
  });

  it("builds the summary after saying it creates the sheet, and adds the chart where the host can", async () => {
    const { workbook, memory } = exampleWorkbook();
    const chart = jest.fn(async () => undefined);
    renderPane(hostFor(workbook, chart));
    await click(await screen.findByRole("button", { name: "Build summary" }));
    const preview = await screen.findByRole("region", { name: "Build the summary sheet?" });
    expect(preview.textContent).toMatch(/Create the sheet "Summary"/);
    expect(preview.textContent).toMatch(/1 rating is not in the scheme \(G19\) and will be counted as Not rated/);
    await click(within(preview).getByRole("button", { name: "Build summary" }));
    await waitFor(() => expect(polite().textContent).toMatch(/"Summary" created with a chart of ratings by workstream: 3 of 12 items complete/));
    expect(chart).toHaveBeenCalledWith(expect.objectContaining({ sheet: "Summary", range: "A15:G18" }), null); // below the title, the as-at line and two warning lines; no rounds recorded, so no trend chart
    // A second build says it replaces our sheet, and warns when someone has typed on it.
    memory.sheet("Summary")!.values[2]![0] = "Board commentary: agreed to escalate 3.2.";
    await click(screen.getByRole("button", { name: "Build summary" }));
    const again = await screen.findByRole("region", { name: 'Update "Summary"?' });
    expect(again.textContent).toMatch(/Replace the sheet "Summary", which WSOA Tracker made/);
    expect(again.textContent).toMatch(/Someone has changed "Summary" since WSOA Tracker last wrote it \(row 3\)/);
    expect(memory.sheet("Action plan")!.rules).toHaveLength(0);
  });

  it("saves a column only after a preview that says it applies to everyone", async () => {
    const { workbook, memory } = exampleWorkbook();
    renderPane(hostFor(workbook));
    await click(await screen.findByRole("button", { name: /Plan settings/ }));
    await choose(screen.getByRole("combobox", { name: "Lead" }), "C");
    const preview = await screen.findByRole("region", { name: "Change the lead column?" });
    expect(preview.textContent).toMatch(/applies to everyone who opens it/);
    expect(memory.sheet(STATE_SHEET)).toBeUndefined();
    await click(within(preview).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(polite().textContent).toMatch(/The lead is now read from column C/));
    const state = readState(sheetGridForTest(memory.sheet(STATE_SHEET)!));
    expect(state.ok && state.state.config).toMatchObject({ sheet: "Action plan", columns: { lead: "C" } });
  });

  it("shows a failure in the assertive region in plain words", async () => {
    const { workbook } = exampleWorkbook();
    const failing = { ...workbook, write: async () => { throw new Error("RichApi.Error: InvalidOperation"); } };
    renderPane(hostFor(failing));
    await click(await screen.findByRole("button", { name: "Apply formatting" }));
    await confirmPreview("Apply formatting");
    await waitFor(() => expect(alertRegion().textContent).toMatch(/Formatting did not finish.*Excel reported a problem/));
    expect(alertRegion().textContent).not.toMatch(/RichApi/); // only under Details
    await click(screen.getByRole("button", { name: "Dismiss: Formatting did not finish" }));
    expect(alertRegion().textContent).toBe("");
    expect(document.activeElement?.id).toBe("wsoa-title");
  });

  it("shows a WorkbookError's own words", async () => {
    const { workbook } = exampleWorkbook();
    const failing = { ...workbook, write: async () => { throw new WorkbookError("protected", 'Sheet "Action plan" is protected: unprotect it.'); } };
    renderPane(hostFor(failing));
    await click(await screen.findByRole("button", { name: "Apply formatting" }));
    await confirmPreview("Apply formatting");
    await waitFor(() => expect(alertRegion().textContent).toMatch('Sheet "Action plan" is protected: unprotect it.'));
  });

  it("explains an empty workbook and offers a new plan", async () => {
    renderPane(hostFor(MemoryWorkbook.fromRows([{ name: "Sheet1", rows: [] }])));
    await screen.findByText("No plan to read yet");
    expect(screen.getByText(/The workbook is empty/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Check plan" }).getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByRole("button", { name: "New plan" }).getAttribute("aria-disabled")).not.toBe("true");
  });

  it("lists what this Excel cannot do", async () => {
    renderPane({ ...hostFor(exampleWorkbook().workbook), limitations: ["This version of Excel cannot set print options from an add-in."] });
    expect(await screen.findByText("This version of Excel cannot set print options from an add-in.")).toBeTruthy();
  });
});
