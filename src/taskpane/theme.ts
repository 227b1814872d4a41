/** Excel's theme, as Office.context.officeTheme gives it: only the colours we need. */
export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
}

/** True when Excel's pane background is dark (Dark Grey, Black themes): follow it. */
export function isDarkTheme(theme: OfficeThemeColours | undefined | null): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(theme?.bodyBackgroundColor ?? "");
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16));
  // Relative brightness (ITU-R BT.601 weights): below the middle reads as dark.
  return 0.299 * r! + 0.587 * g! + 0.114 * b! < 128;
}
