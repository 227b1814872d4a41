/**
 * Section rows and reference prefixes: the two ways a plan names the workstream (area of
 * weakness) of the rows below when it has no workstream column.
 */

const SECTION_WORDS = /^(significant\s+(area\s+of\s+)?(weakness|concern)|areas?\s+(of\s+)?(significant\s+)?(weakness|concern|improvement|focus)|area\s+for\s+improvement|work\s*stream|priority|theme|area|improvement\s+area|objective|strand|section|part|outcome|domain)\b\s*[:.]?\s*(\d+|[ivx]+\b|[a-z]\b)/i;
const NUMBERED_HEADING = /^\d+(\.\d+)*\.?\s+\p{L}.{8,}/u;

/**
 * True when a lone cell reads as a section heading:
 * "Significant weakness 1: …", "Workstream 3: …", "4.2. Poor communication…".
 */
export function looksLikeSection(text: string): boolean {
  const t = text.trim();
  return SECTION_WORDS.test(t) || NUMBERED_HEADING.test(t);
}

/**
 * The workstream a reference implies: its prefix. "4.1.3" → "4.1", "1.1a" → "1", "2.2b" → "2".
 * Returns null when the reference has no prefix ("7", "A").
 */
export function refPrefix(ref: string): string | null {
  const stripped = ref.trim().replace(/[.\s]+$/, "").replace(/[a-z]+$/i, "").replace(/\.$/, "");
  const cut = stripped.lastIndexOf(".");
  if (cut <= 0) return null;
  return stripped.slice(0, cut);
}

/** The workstream name used when nothing names one. */
export const NO_WORKSTREAM = "(none)";
