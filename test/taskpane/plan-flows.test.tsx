/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { readState, STATE_SHEET } from "../../src/core/state";
import { EXAMPLE_TODAY } from "../../src/playground/example";
import { planApply } from "../../src/review/apply";
import { planSettingChange } from "../../src/review/settings";
import { exampleWorkbook, hostFor, memoryStorage } from "./helpers";
import { choose, click, confirmPreview, key, polite, renderPane } from "./render";
import { sheetGridForTest } from "./sheet-grid";

async function formatted() {
  const ex = exampleWorkbook();
  await ex.memory.write(planApply(await ex.memory.read(), { today: EXAMPLE_TODAY, summary: false }).write);
  return ex;
}

jest.setTimeout(30_000);

describe("plans in the pane", () => {
  it("New plan leaves the first plan's dropdowns and list intact; Escape closes the form back to its button", async () => {
    const { workbook, memory } = await formatted();
    const dropdowns = memory.sheet("Action plan")!.validations.map((v) => ({ ...v }));
    renderPane(hostFor(workbook));
    await click(await screen.findByRole("button", { name: "New plan" }));
    const form = screen.getByRole("form", { name: "New plan sheet" });
    expect(form.textContent).toMatch(/Your current plan "Action plan" stays exactly as it is/);
    await key(screen.getByRole("textbox", { name: "Sheet name" }), "Escape");
    expect(screen.queryByRole("form", { name: "New plan sheet" })).toBeNull();
    expect(document.activeElement?.id).toBe("wsoa-new-plan");

    await click(screen.getByRole("button", { name: "New plan" }));
    await click(screen.getByRole("radio", { name: /^BRAG:/ }));
    await click(screen.getByRole("button", { name: "Create plan sheet" }));
    await waitFor(() => expect(polite().textContent).toMatch(/"New action plan" is ready for leads.*"Action plan" is unchanged/));
    expect(memory.sheet("Action plan")!.validations).toEqual(dropdowns);
    expect(memory.sheet(STATE_SHEET)!.values.slice(1, 6).map((r) => r[3])).toEqual(["Red", "Amber", "Light Green", "Dark Green", "Completed"]);
    expect(memory.sheet("New action plan")!.validations[0]!.source).toBe("=WSOA_Ratings_2");
    // Switching back is explicit: the plan sheet picker, with a preview.
    await click(screen.getByRole("button", { name: /Plan settings/ }));
    await choose(screen.getByRole("combobox", { name: "Plan sheet" }), "Action plan");
    await confirmPreview("Save");
    await waitFor(() => expect(polite().textContent).toMatch(/Now following the plan on "Action plan"/));
    expect((screen.getByRole("combobox", { name: "Rating scheme" }) as HTMLSelectElement).selectedOptions[0]!.textContent).toBe("Detected (Five-level RAG)");
  });

  it("finds a renamed plan sheet again and offers to keep following it", async () => {
    const { workbook, memory } = await formatted();
    await memory.write(planSettingChange(await memory.read(), "Action plan", { kind: "column", field: "lead", letter: "D" }).write);
    memory.sheet("Action plan")!.name = "Action plan Mar 2023";
    renderPane(hostFor(workbook));
    await screen.findByText(/Your plan sheet "Action plan" is no longer in this workbook; WSOA Tracker is now reading "Action plan Mar 2023"/);
    await click(screen.getByRole("button", { name: 'Keep following "Action plan Mar 2023"' }));
    await confirmPreview("Save");
    await waitFor(() => expect(screen.queryByText(/no longer in this workbook/)).toBeNull());
    const state = readState(sheetGridForTest(memory.sheet(STATE_SHEET)!));
    expect(state.ok && state.state.config).toMatchObject({ sheet: "Action plan Mar 2023", columns: { lead: "D" } });
  });

  it("resets damaged settings from the pane, saying what was wrong in plain words", async () => {
    const { workbook, memory } = await formatted();
    memory.sheet(STATE_SHEET)!.values[1]![1] = '{"version":1,"sheet":"Action plan" "scheme":"rag5"}';
    renderPane(hostFor(workbook));
    await screen.findByText("WSOA Tracker's saved settings in this workbook are damaged");
    expect(screen.getByText("The saved settings cannot be read: the text holding them was cut short or edited by hand.")).toBeTruthy();
    expect(screen.queryByText(/JSON|position \d+/)).toBeNull();
    await click(screen.getByRole("button", { name: "Reset settings" }));
    await confirmPreview("Reset settings");
    await waitFor(() => expect(polite().textContent).toMatch(/The damaged settings were replaced/));
    expect(await screen.findByRole("region", { name: "Plan" })).toBeTruthy();
    expect(within(screen.getByRole("region", { name: "Plan" })).getByText("Action plan")).toBeTruthy();
    expect(memory.sheet(STATE_SHEET)!.values.slice(1, 6).map((r) => r[3])).toEqual(["Red", "Amber", "Light Green", "Dark Green", "Completed"]);
  });
});

describe("the leads' round", () => {
  it("My actions: choose your name once (remembered in the browser, not the workbook)", async () => {
    const storage = memoryStorage();
    const { workbook } = exampleWorkbook();
    renderPane(hostFor(workbook, undefined, { storage }));
    await choose(await screen.findByRole("combobox", { name: "Your name, as the plan writes it" }), "Principal Educational Psychologist");
    const list = screen.getByRole("list", { name: "Rows led by Principal Educational Psychologist" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(2);
    expect(list.textContent).toMatch(/Not updated since 10 Jan 2023/);
    expect(storage.map.get("wsoa.myName")).toBe("Principal Educational Psychologist");
  });

  it("a lead's edit updates the pane, and stamps Last updated only when turned on", async () => {
    const { memory, observable } = exampleWorkbook();
    const host = hostFor(observable, undefined, { watchSheet: observable.watchSheet });
    renderPane(host);
    await screen.findByRole("region", { name: "Plan" });
    observable.userEdit("Action plan", "G10", "Purple");
    await waitFor(() => expect(polite().textContent).toMatch(/1\.3: 2 things to look at/), { timeout: 3000 });
    expect(memory.sheet("Action plan")!.values[9]![8]).not.toBe("31 Mar 2023");

    await click(screen.getByRole("button", { name: /Plan settings/ }));
    await click(screen.getByRole("switch", { name: /Stamp today's date/ }));
    await confirmPreview("Save");
    await waitFor(() => expect(polite().textContent).toMatch(/"Last updated" is now stamped/));
    observable.userEdit("Action plan", "G10", "Amber");
    await waitFor(() => expect(memory.sheet("Action plan")!.values[9]![8]).toBe("31 Mar 2023"), { timeout: 3000 });
    await waitFor(() => expect(polite().textContent).toMatch(/"Last updated" set to today on 1 row/));
  });
});
