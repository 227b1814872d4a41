/**
 * A short code for a progress update, so a recorded round can tell "updated" from "not
 * updated" without copying every update onto the history sheet. Letters only: Excel never
 * reads it as a number or a date, whatever the locale.
 */

/** Seven letters from the text (whitespace collapsed). progressFingerprint("") → "blank". */
export function progressFingerprint(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t === "") return "blank";
  // FNV-1a, 32 bits: tiny, stable across platforms, and plenty to notice an edited update.
  let hash = 0x811c9dc5;
  for (let i = 0; i < t.length; i++) {
    hash ^= t.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let out = "";
  for (let i = 0; i < 7; i++) {
    out += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26);
  }
  return out;
}
