import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import type { PaneHost } from "../../src/taskpane/host";

export function renderPane(host: PaneHost) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );
}

export const click = async (el: HTMLElement) => act(async () => void fireEvent.click(el));
export const choose = async (el: HTMLElement, value: string) => act(async () => void fireEvent.change(el, { target: { value } }));
export const key = async (el: HTMLElement, k: string) => act(async () => void fireEvent.keyDown(el, { key: k }));

/** The polite live region's text (present from the start). */
export const polite = () => document.getElementById("wsoa-live")!;
export const alertRegion = () => screen.getByRole("alert");

export async function checkPlan() {
  await click(await screen.findByRole("button", { name: "Check plan" }));
  await screen.findByRole("heading", { name: "Issues" });
}

/** Confirm the open preview. */
export async function confirmPreview(label: string | RegExp) {
  const region = await screen.findByRole("region", { name: /\?$/ });
  await click(within(region).getByRole("button", { name: label }));
}
