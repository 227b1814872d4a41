/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { planRecord } from "../../src/review/record";
import type { RatingsChartSpec, TrendChartSpec } from "../../src/taskpane/host";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { exampleSheets } from "../../src/playground/example";
import { exampleWorkbook, hostFor } from "./helpers";
import { click, polite, renderPane } from "./render";

jest.setTimeout(30_000);

describe("Build summary with recorded rounds", () => {
  it("hands Excel the trend chart with the ratings chart, in one call, and says both were added", async () => {
    const memory = MemoryWorkbook.fromRows(exampleSheets());
    for (const asAt of ["2022-09-30", "2022-12-31"]) await memory.write(planRecord(await memory.read(), { asAt }).write);
    const chart = jest.fn(async (_spec: RatingsChartSpec, _trend: TrendChartSpec | null) => undefined);
    renderPane(hostFor(exampleWorkbook(memory).workbook, chart));
    await click(await screen.findByRole("button", { name: "Build summary" }));
    const preview = await screen.findByRole("region", { name: "Build the summary sheet?" });
    await click(within(preview).getByRole("button", { name: "Build summary" }));
    await waitFor(() => expect(polite().textContent).toMatch(/"Summary" created with charts of ratings by workstream and by reporting round/));
    expect(chart).toHaveBeenCalledTimes(1);
    const trend = chart.mock.calls[0]![1]!;
    expect(trend).toMatchObject({ sheet: "Summary", title: "Items by rating at each reporting round" });
    // The example's scheme, in its order, coloured as the ratings chart colours them.
    expect(trend.labels).toEqual(["Red", "Amber", "Light Green", "Dark Green", "Completed", "Not rated"]);
    expect(trend.colours).toEqual(chart.mock.calls[0]![0].colours);
    // Two rounds and the plan now (31 March 2023, not recorded): three columns.
    const [, top, bottom] = /^A(\d+):[A-Z]+(\d+)$/.exec(trend.range)!;
    expect(Number(bottom) - Number(top)).toBe(3);
  });
});
