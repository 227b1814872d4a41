/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { readState, STATE_SHEET } from "../../src/core/state";
import { App } from "../../src/taskpane/components/App";
import type { PaneHost } from "../../src/taskpane/host";
import { WorkbookError } from "../../src/workbook/errors";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { sheetGridForTest } from "./sheet-grid";
import { exampleWorkbook, hostFor } from "./helpers";

function renderPane(host: PaneHost) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );
}

const click = async (el: HTMLElement) => act(async () => void fireEvent.click(el));

async function validate() {
  await click(await screen.findByRole("button", { name: "Validate" }));
  await screen.findByRole("heading", { name: "Issues" });
}

describe("the task pane", () => {
  it("shows the sheet, header row and items it understood", async () => {
    renderPane(hostFor(exampleWorkbook().workbook));
    const plan = await screen.findByRole("region", { name: "Plan" });
    expect(within(plan).getByText("Action plan")).toBeTruthy();
    expect(within(plan).getByText("4")).toBeTruthy();
    expect(within(plan).getByText("12")).toBeTruthy();
    expect(within(plan).getByRole("button", { name: "Columns understood (8)" })).toBeTruthy();
  });

  it("shows ratings as words as well as colours", async () => {
    renderPane(hostFor(exampleWorkbook().workbook));
    const table = await screen.findByRole("table", { name: "Items by rating" });
    const red = within(table).getByText("Red");
    expect(red.style.backgroundColor).toBe("rgb(192, 0, 0)");
    expect(within(table).getByText("Not rated")).toBeTruthy();
  });

  it("validates: issues grouped by severity and rule; clicking one selects its cell", async () => {
    const { workbook, selected } = exampleWorkbook();
    renderPane(hostFor(workbook));
    await validate();
    expect(screen.getByRole("heading", { name: "Unknown ratings (1)" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Ratings to tidy (2)" })).toBeTruthy();
    // "Green" in the five-level scheme asks (Light or Dark Green?) instead of being tidied silently.
    expect(screen.getByText(/G18: "Green" could mean Light Green/)).toBeTruthy();
    expect(screen.getByText(/1 error, 10 warnings and 1 note in 12 items/)).toBeTruthy();
    await click(screen.getByRole("button", { name: "Go to G19" }));
    expect(selected).toEqual([{ sheet: "Action plan", cell: "G19" }]);
  });

  it("fixes a normalisable rating with one click, and all of them with another", async () => {
    const { workbook, memory } = exampleWorkbook();
    renderPane(hostFor(workbook));
    await validate();
    await click(screen.getByRole("button", { name: "Fix G9: write Amber" }));
    await screen.findByText(/1 rating rewritten: G9 "amber " → "Amber"/);
    expect(memory.sheet("Action plan")!.values[8]![6]).toBe("Amber");
    await click(screen.getByRole("button", { name: "Fix all 1 ratings" }));
    await screen.findByText(/1 rating rewritten: G12/);
    expect(memory.sheet("Action plan")!.values[11]![6]).toBe("Light Green");
    expect(memory.sheet("Action plan")!.values[17]![6]).toBe("Green"); // a question, not a fix
    expect(screen.queryByRole("heading", { name: /Ratings to tidy/ })).toBeNull();
  });

  it("saves a corrected column in the workbook's config", async () => {
    const { workbook, memory } = exampleWorkbook();
    renderPane(hostFor(workbook));
    await click(await screen.findByRole("button", { name: "Columns understood (8)" }));
    const lead = screen.getByRole("combobox", { name: "Lead" });
    await click(lead);
    await click(await screen.findByRole("option", { name: "C: Milestone" }));
    await screen.findByText(/Column C is now read as the lead column/);
    const state = readState(sheetGridForTest(memory.sheet(STATE_SHEET)!));
    expect(state.ok && state.state.config.columns).toEqual({ lead: "C" });
  });

  it("applies formatting and says what it wrote", async () => {
    const { workbook, memory } = exampleWorkbook();
    renderPane(hostFor(workbook));
    await click(await screen.findByRole("button", { name: "Apply formatting" }));
    await screen.findByText(/10 rating colour rules, 2 rating dropdowns, the overdue rule/);
    expect(memory.sheet("Action plan")!.rules).toHaveLength(11);
    expect(memory.sheet("Summary")).toBeUndefined();
  });

  it("builds the summary and adds the chart where the host can", async () => {
    const { workbook, memory } = exampleWorkbook();
    const chart = jest.fn(async () => undefined);
    renderPane(hostFor(workbook, chart));
    await click(await screen.findByRole("button", { name: "Build summary" }));
    await screen.findByText(/"Summary" built with a stacked bar chart/);
    expect(memory.sheet("Summary")).toBeDefined();
    expect(chart).toHaveBeenCalledWith(expect.objectContaining({ sheet: "Summary", range: "A15:G18" })); // below the title, the as-at line and two warning lines
    expect(memory.sheet("Action plan")!.rules).toHaveLength(0); // format: false
  });

  it("says plainly when the chart is unavailable", async () => {
    renderPane(hostFor(exampleWorkbook().workbook));
    await click(await screen.findByRole("button", { name: "Build summary" }));
    await screen.findByText(/No chart: no Excel here\./);
  });

  it("creates a new plan sheet from the chosen scheme", async () => {
    const { workbook, memory } = exampleWorkbook();
    renderPane(hostFor(workbook));
    await click(await screen.findByRole("button", { name: "New plan" }));
    await click(screen.getByRole("radio", { name: /^RAG:/ }));
    fireEvent.change(screen.getByRole("textbox", { name: "Sheet name" }), { target: { value: "Action plan" } });
    await click(screen.getByRole("button", { name: "Create plan sheet" }));
    await screen.findByText(/"WSOA Action plan" created/);
    expect(memory.sheet("WSOA Action plan")!.values[1]!.slice(1, 5)).toEqual(["Red", "Amber", "Green", "Complete"]);
    await waitFor(() => expect(within(screen.getByRole("region", { name: "Plan" })).getByText("WSOA Action plan")).toBeTruthy());
  });

  it("shows a WorkbookError's message as it is, in a dismissable message bar", async () => {
    const { workbook } = exampleWorkbook();
    const failing = { ...workbook, write: async () => { throw new WorkbookError("protected", 'Sheet "Action plan" is protected: unprotect it.'); } };
    renderPane(hostFor(failing));
    await click(await screen.findByRole("button", { name: "Apply formatting" }));
    const text = await screen.findByText('Sheet "Action plan" is protected: unprotect it.');
    expect(text).toBeTruthy();
    await click(screen.getByRole("button", { name: "Dismiss: Formatting failed" }));
    expect(screen.queryByText('Sheet "Action plan" is protected: unprotect it.')).toBeNull();
  });

  it("explains an empty workbook and still offers New plan", async () => {
    renderPane(hostFor(MemoryWorkbook.fromRows([{ name: "Sheet1", rows: [] }])));
    await screen.findByText("No plan sheet yet");
    expect(screen.getByText(/The workbook is empty/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Validate" }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole("button", { name: "New plan" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("lists what this Excel cannot do", async () => {
    renderPane({ ...hostFor(exampleWorkbook().workbook), limitations: ["This version of Excel cannot set print options from an add-in."] });
    expect(await screen.findByText("This version of Excel cannot set print options from an add-in.")).toBeTruthy();
  });
});
