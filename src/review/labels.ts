import { columnLetter } from "../core/address";
import { stateWrite } from "./state-write";
import { ratingKey } from "../core/ratings/match-rating";
import type { WorkbookSnapshot, WritePlan } from "../workbook/port";
import { checkSnapshot, stateOf, type CheckOptions, type ResolvedPlan } from "./check";
import { FOR_EVERYONE, type SettingsPlan } from "./settings";
import { plural } from "./words";

/** A label the plan uses that its scheme does not know, and where. */
export interface UnknownLabel {
  label: string;
  cells: string[];
}

/** How the user chose to read a label: as another spelling of a rating, or as a rating of its own. */
export type LabelTreatment =
  | { aliasOf: string }
  | { rating: { meaning: string; complete: boolean; onTrack?: boolean; fill?: string } };

/**
 * The labels behind the plan's `status.unknown` errors, most used first, for the pane's
 * "Treat `Purple` as …". Example: [{ label: "Purple", cells: ["H7", "H12"] }].
 */
export function unknownLabels(resolved: ResolvedPlan): UnknownLabel[] {
  const byLabel = new Map<string, UnknownLabel>();
  const { plan } = resolved.analysis;
  const cols = plan.columns;
  for (const item of plan.items)
    for (const [read, col] of [[item.status, cols.status], [item.initialStatus, cols.initialStatus]] as const) {
      if (read?.kind !== "unknown" || col === undefined) continue;
      const label = read.text.trim();
      const entry = byLabel.get(ratingKey(label)) ?? { label, cells: [] };
      entry.cells.push(`${columnLetter(col)}${item.row}`);
      byLabel.set(ratingKey(label), entry);
    }
  return [...byLabel.values()].sort((a, b) => b.cells.length - a.cells.length);
}

/**
 * The write that saves the user's choice for a label in the workbook's config (`aliases` or
 * `addRatings`), where every co-author and the CLI read it. Refuses an alias of no rating.
 */
export function treatLabelWrite(snapshot: WorkbookSnapshot, resolved: ResolvedPlan, label: string, treatment: LabelTreatment): WritePlan {
  const state = stateOf(snapshot);
  const scheme = resolved.analysis.plan.scheme;
  const config = { ...state.config, sheet: resolved.sheet.name };
  let labels = scheme.ratings.map((r) => r.label);
  if ("aliasOf" in treatment) {
    const target = scheme.ratings.find((r) => ratingKey(r.label) === ratingKey(treatment.aliasOf));
    if (!target) throw new RangeError(`"${treatment.aliasOf}" is not a rating of the ${scheme.name} scheme (${labels.join(", ")}).`);
    config.aliases = { ...config.aliases, [label]: target.label };
  } else {
    const { meaning, complete, onTrack = false, fill = "#A6A6A6" } = treatment.rating;
    config.addRatings = [...(config.addRatings ?? []).filter((r) => ratingKey(r.label) !== ratingKey(label)), { label, aliases: [], meaning, complete, onTrack, fill }];
    labels = [...labels, label];
  }
  return { stateSheet: stateWrite(snapshot, { ...state, config }, labels) };
}

/**
 * The pane's "Treat `Purple` as …": the config write for the plan as read now, with the
 * sentences for its preview (saying it applies to everyone) and its result.
 */
export function planTreatLabel(snapshot: WorkbookSnapshot, options: CheckOptions, label: string, treatment: LabelTreatment): SettingsPlan {
  const resolved = checkSnapshot(snapshot, options);
  const write = treatLabelWrite(snapshot, resolved, label, treatment);
  const cells = unknownLabels(resolved).find((u) => ratingKey(u.label) === ratingKey(label))?.cells ?? [];
  const where = cells.length ? ` (${plural(cells.length, "cell")}: ${cells.slice(0, 4).join(", ")}${cells.length > 4 ? "…" : ""})` : "";
  const as = "aliasOf" in treatment
    ? `as another way of writing ${treatment.aliasOf}`
    : `as a rating of its own, meaning "${treatment.rating.meaning}", ${treatment.rating.complete ? "counted as complete" : "not counted as complete"}`;
  return {
    write,
    change: `Read "${label}"${where} ${as}. The plan's cells are not changed. ${FOR_EVERYONE}`,
    done: `"${label}" is now read ${as}, for everyone who opens this workbook.`,
  };
}
