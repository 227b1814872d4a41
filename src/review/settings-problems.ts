import type { ConfigProblem } from "../core/config";
import { FIELD_LABELS, type Field } from "../core/fields";

const KEY_WORDS: Record<string, string> = {
  sheet: "the plan sheet",
  headerRow: "the header row",
  scheme: "the rating scheme",
  columns: "the columns",
  terms: "the term dates",
  quarters: "how quarters are counted",
  plans: "the other plans in this workbook",
  ratingList: "the rating list name",
  stampUpdated: "the \"Last updated\" option",
  version: "the settings version",
  kpis: "the KPI directions",
};

/**
 * What is wrong with the saved settings, in words a programme manager can act on, never a
 * parser's message: "The saved rating scheme is not one WSOA Tracker knows."
 */
export function describeSettingsProblem(p: ConfigProblem): string {
  if (p.key === "config") return "The saved settings cannot be read: the text holding them was cut short or edited by hand.";
  if (p.key === "ownedSheets") return "The list of sheets WSOA Tracker made is damaged.";
  if (p.key === "(config)") return "The saved settings are not in the form WSOA Tracker expects.";
  const [top, sub] = p.key.split(".");
  if (top === "columns" && sub && sub in FIELD_LABELS) return `The saved column for ${FIELD_LABELS[sub as Field].toLowerCase()} is not a column letter.`;
  const what = KEY_WORDS[top ?? ""];
  if (what) return `The saved setting for ${what} is not one WSOA Tracker understands.`;
  return `The saved settings hold "${p.key}", which WSOA Tracker does not know (perhaps a newer version wrote it, or a typing slip).`;
}
