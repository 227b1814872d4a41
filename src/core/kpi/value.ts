/**
 * Reading one KPI cell: a number, a percentage or a rate, with any bracketed annotation kept as
 * a note. Words that say "no figure yet" (`Baseline established`, `TBC`, blank) are no value,
 * not an error; anything else that is not a number is unreadable.
 */
import type { CellValue } from "../grid";

/** What a KPI cell holds. `unit` is "%", "number", or a word such as "months" or "per 1,000". */
export type KpiValue =
  | { kind: "number"; value: number; unit: string; note: string | null; text: string }
  | { kind: "none"; text: string }
  | { kind: "unreadable"; text: string };

/** "No figure" wordings seen in real KPI tables (matched on the lower-cased, trimmed text). */
const NO_VALUE =
  /^(?:baseline (?:to be )?established|baseline (?:tbc|tba|to be (?:set|confirmed|agreed))|baseline|tbc|tba|tbd|to be (?:confirmed|agreed|established|set|reported)|n\/?a|not applicable|not (?:yet )?(?:available|reported|known|collected|due)|data not (?:yet )?available|awaiting(?: data)?|pending|no data|nil return|-+|–|—|\?)\.?$/;

/** A number as people type it: `1,234.5`, `-3`, `.5`, with an optional comparison in front (`>85%`). */
const NUMBER = /^(?:(?:[<>]=?|≥|≤|at least|over|above|below|under|less than|more than)\s*)?([-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-−]?\.\d+)\s*(%|per ?cent\b|pc\b)?\s*(.*)$/i;

/** A unit after the number: one word (`months`), or a rate (`per 1,000`, `per 10,000 pupils`). */
const UNIT = /^(?:per\s+[\d,]+(?:\s+[a-z]+)?|[a-z]+)$/i;

/** Bracketed annotations at the end: `12.1% (academic year 22/23)` → note "academic year 22/23". */
function splitNotes(text: string): { main: string; note: string | null } {
  const notes: string[] = [];
  let main = text;
  for (let m = /\s*\(([^()]*)\)\s*$/.exec(main); m; m = /\s*\(([^()]*)\)\s*$/.exec(main)) {
    notes.unshift(m[1]!.trim());
    main = main.slice(0, m.index);
  }
  return { main: main.trim(), note: notes.filter(Boolean).join("; ") || null };
}

/** Units compare by meaning: "Months" and "month" are one unit. */
function unitWord(raw: string): string {
  const w = raw.toLowerCase().replace(/\s+/g, " ");
  if (w.startsWith("per ")) return w;
  return w.endsWith("s") || w.length <= 2 ? w : `${w}s`;
}

/**
 * The value in a KPI cell. Numbers formatted as percentages (0.85 shown as 85%) read as 85 "%".
 * readKpiValue("12.1% (academic year 22/23)") → { kind: "number", value: 12.1, unit: "%", note: "academic year 22/23", … };
 * readKpiValue("21 months") → { kind: "number", value: 21, unit: "months", … };
 * readKpiValue("Baseline established") → { kind: "none", … }; readKpiValue("good") → { kind: "unreadable", … }.
 */
export function readKpiValue(value: CellValue, numberFormat: string | null = null): KpiValue {
  if (value === null) return { kind: "none", text: "" };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "unreadable", text: String(value) };
    const percent = numberFormat !== null && /%/.test(numberFormat.replace(/"[^"]*"/g, ""));
    // 0.85 × 100 is 85.00000000000001 in floating point: round away the noise.
    return percent
      ? { kind: "number", value: Math.round(value * 100 * 1e9) / 1e9, unit: "%", note: null, text: `${Math.round(value * 100 * 1e9) / 1e9}%` }
      : { kind: "number", value, unit: "number", note: null, text: String(value) };
  }
  if (value instanceof Date || typeof value === "boolean") return { kind: "unreadable", text: value instanceof Date ? value.toISOString().slice(0, 10) : String(value).toUpperCase() };
  const text = value.replace(/\s+/g, " ").trim();
  if (text === "") return { kind: "none", text };
  const { main, note } = splitNotes(text);
  if (NO_VALUE.test(main.toLowerCase()) || NO_VALUE.test(text.toLowerCase())) return { kind: "none", text };
  const m = NUMBER.exec(main);
  if (!m) return { kind: "unreadable", text };
  const number = Number(m[1]!.replace(/,/g, "").replace("−", "-"));
  const rest = m[3]!.trim();
  if (!Number.isFinite(number) || (rest !== "" && !UNIT.test(rest)) || (rest !== "" && m[2])) return { kind: "unreadable", text };
  const unit = m[2] ? "%" : rest ? unitWord(rest) : "number";
  return { kind: "number", value: number, unit, note, text };
}
