/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { readState, STATE_SHEET } from "../../src/core/state";
import { exampleWorkbook, hostFor } from "./helpers";
import { checkPlan, choose, click, confirmPreview, polite, renderPane } from "./render";
import { sheetGridForTest } from "./sheet-grid";

jest.setTimeout(30_000);

// The playground's example is a five-level plan with "Purple" in G19 (a label the scheme does
// not know) and a bare "Green" in G18 (Light Green or Dark Green?).
const savedConfig = (memory: ReturnType<typeof exampleWorkbook>["memory"]) => {
  const sheet = memory.sheet(STATE_SHEET);
  if (!sheet) return null;
  const state = readState(sheetGridForTest(sheet));
  return state.ok && state.found ? state.state.config : null;
};
const issues = () => screen.getByRole("region", { name: "Issues" });
const offers = () => screen.queryByRole("region", { name: "Labels the scheme does not know" });

describe("Treat “Purple” as …", () => {
  it("reads Purple as another spelling of Red, saved for everyone after a preview; the error goes", async () => {
    const { workbook, memory } = exampleWorkbook();
    renderPane(hostFor(workbook));
    await checkPlan();
    expect(within(issues()).getAllByText(/G19/).length).toBeGreaterThan(0);
    const offer = offers()!;
    expect(offer.textContent).toMatch(/“Purple” is used in 1 cell \(G19\)/);
    await choose(within(offer).getByRole("combobox", { name: "Treat “Purple” as" }), "Red");
    await click(within(offer).getByRole("button", { name: "Save how to read “Purple”" }));
    const preview = await screen.findByRole("region", { name: "Treat \"Purple\" as a rating?" });
    expect(preview.textContent).toMatch(/Read "Purple" \(1 cell: G19\) as another way of writing Red/);
    expect(preview.textContent).toMatch(/applies to everyone who opens it/);
    expect(document.activeElement?.id).toBe("wsoa-preview-heading");
    expect(savedConfig(memory)?.aliases).toBeUndefined();
    await confirmPreview("Save");
    await waitFor(() => expect(polite().textContent).toMatch(/"Purple" is now read as another way of writing Red, for everyone/));
    expect(document.activeElement?.id).toBe("wsoa-result");
    expect(savedConfig(memory)?.aliases).toEqual({ Purple: "Red" });
    expect(offers()).toBeNull();
    expect(within(issues()).queryByText(/G19/)).toBeNull();
    // The plan's cell itself is untouched.
    expect(memory.sheet("Action plan")!.values[18]![6]).toBe("Purple");
  });

  it("reads Purple as a new rating with its meaning and completeness; asks for a meaning first", async () => {
    const { workbook, memory } = exampleWorkbook();
    renderPane(hostFor(workbook));
    await checkPlan();
    const offer = offers()!;
    await click(within(offer).getByRole("button", { name: "Save how to read “Purple”" }));
    // No meaning yet: nothing is previewed, the field says why and has focus.
    expect(screen.queryByRole("region", { name: /\?$/ })).toBeNull();
    expect(offer.textContent).toMatch(/Say what this rating means/);
    const meaning = within(offer).getByRole("textbox", { name: /What “Purple” means/ });
    expect(document.activeElement).toBe(meaning);
    await choose(meaning, "Carried over");
    await click(within(offer).getByRole("checkbox", { name: "Counts as complete" }));
    await click(within(offer).getByRole("button", { name: "Save how to read “Purple”" }));
    const preview = await screen.findByRole("region", { name: "Treat \"Purple\" as a rating?" });
    expect(preview.textContent).toMatch(/as a rating of its own, meaning "Carried over", counted as complete/);
    await confirmPreview("Save");
    await waitFor(() => expect(polite().textContent).toMatch(/"Purple" is now read as a rating of its own/));
    expect(savedConfig(memory)?.addRatings).toEqual([expect.objectContaining({ label: "Purple", meaning: "Carried over", complete: true })]);
    expect(offers()).toBeNull();
    expect(within(issues()).queryByText(/G19/)).toBeNull();
  });

  it("Cancel writes nothing and returns focus to the Save button", async () => {
    const { workbook, memory } = exampleWorkbook();
    renderPane(hostFor(workbook));
    await checkPlan();
    await choose(within(offers()!).getByRole("combobox", { name: "Treat “Purple” as" }), "Amber");
    await click(within(offers()!).getByRole("button", { name: "Save how to read “Purple”" }));
    await click(within(await screen.findByRole("region", { name: /\?$/ })).getByRole("button", { name: "Cancel" }));
    expect(document.activeElement?.id).toBe("wsoa-treat-0");
    expect(savedConfig(memory)?.aliases).toBeUndefined();
  });
});

describe("an ambiguous Green", () => {
  it("offers both meanings; choosing Light Green writes exactly that cell after the preview", async () => {
    const { workbook, memory } = exampleWorkbook();
    renderPane(hostFor(workbook));
    await checkPlan();
    const before = memory.sheet("Action plan")!.values.map((r) => [...r]);
    expect(within(issues()).queryByRole("button", { name: /^Fix G18/ })).toBeNull();
    expect(within(issues()).getByRole("button", { name: "G18: write Dark Green" })).toBeTruthy();
    await click(within(issues()).getByRole("button", { name: "G18: write Light Green" }));
    const preview = await screen.findByRole("region", { name: "Fix this rating?" });
    expect(within(preview).getByRole("list", { name: "Cells that will change" }).textContent).toMatch(/G18.*Green.*Light Green/);
    await confirmPreview("Fix");
    await waitFor(() => expect(polite().textContent).toMatch(/1 rating rewritten/));
    expect(document.activeElement?.id).toBe("wsoa-result");
    const after = memory.sheet("Action plan")!.values;
    expect(after[17]![6]).toBe("Light Green");
    const changed = after.flatMap((r, i) => r.map((v, j) => (v !== before[i]![j] ? `${i},${j}` : null))).filter(Boolean);
    expect(changed).toEqual(["17,6"]);
    expect(within(issues()).queryByRole("button", { name: /^G18: write/ })).toBeNull();
  });

  it("Fix all never answers the question: the Green stays Green", async () => {
    const { workbook, memory } = exampleWorkbook();
    renderPane(hostFor(workbook));
    await checkPlan();
    await click(screen.getByRole("button", { name: "Fix all 2 ratings written differently" }));
    const preview = await screen.findByRole("region", { name: "Fix 2 ratings?" });
    expect(within(preview).getByRole("list", { name: "Cells that will change" }).textContent).toMatch(/G9.*G12/);
    expect(preview.textContent).not.toMatch(/G18/);
    await confirmPreview("Fix 2");
    await waitFor(() => expect(polite().textContent).toMatch(/2 ratings rewritten/));
    expect(memory.sheet("Action plan")!.values[11]![6]).toBe("Light Green");
    expect(memory.sheet("Action plan")!.values[17]![6]).toBe("Green");
    expect(within(issues()).getByRole("button", { name: "G18: write Light Green" })).toBeTruthy();
  });
});
