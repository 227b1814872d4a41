/** A rating a lead can give an item, e.g. Amber: behind schedule. */
export interface Rating {
  label: string;
  /** Other spellings that mean this rating (`G`, `Done`): accepted with a warning and a fix. */
  aliases: string[];
  meaning: string;
  /** Counts towards "% complete" and is never overdue. */
  complete: boolean;
  /** Claims the item is on track: a warning when the item is overdue. */
  onTrack: boolean;
  /** Fill and text colours, `#RRGGBB`; text on fill has at least 4.5:1 contrast. */
  fill: string;
  font: string;
  /** Higher is further along, for direction of travel (initial → current). */
  rank: number;
}

export interface RatingScheme {
  id: string;
  name: string;
  /** In the order boards read them (contract: DESIGN.md "Rating schemes"). */
  ratings: Rating[];
}

/** The label used for items with no rating. */
export const NOT_RATED = "Not rated";

const RED = { fill: "#C00000", font: "#FFFFFF" };
const AMBER = { fill: "#FFC000", font: "#000000" };
const GREEN = { fill: "#00B050", font: "#000000" };
const LIGHT_GREEN = { fill: "#92D050", font: "#000000" };
const DARK_GREEN = { fill: "#00703C", font: "#FFFFFF" };
const BLUE = { fill: "#0062A8", font: "#FFFFFF" };
const COMPLETED = { fill: "#404040", font: "#FFFFFF" };

/** BRAG, as Peterborough uses it: Blue is complete. */
export const BRAG: RatingScheme = {
  id: "brag",
  name: "BRAG (Blue, Green, Amber, Red)",
  ratings: [
    { label: "Blue", aliases: ["B", "Complete", "Completed", "Done"], meaning: "Complete", complete: true, onTrack: false, rank: 3, ...BLUE },
    { label: "Green", aliases: ["G", "On track"], meaning: "On track", complete: false, onTrack: true, rank: 2, ...GREEN },
    { label: "Amber", aliases: ["A", "Behind schedule", "Behind"], meaning: "Behind schedule", complete: false, onTrack: false, rank: 1, ...AMBER },
    { label: "Red", aliases: ["R", "Not started", "At risk"], meaning: "Not started / at risk", complete: false, onTrack: false, rank: 0, ...RED },
  ],
};

/** Five-level RAG, as Thurrock and Kingston use it: Dark Green is complete and embedded. */
export const RAG5: RatingScheme = {
  id: "rag5",
  name: "Five-level RAG",
  ratings: [
    { label: "Red", aliases: ["R"], meaning: "Not started or significantly delayed", complete: false, onTrack: false, rank: 0, ...RED },
    { label: "Amber", aliases: ["A"], meaning: "Started, some delay", complete: false, onTrack: false, rank: 1, ...AMBER },
    { label: "Light Green", aliases: ["LG", "L Green", "Lt Green", "On track"], meaning: "On track; evidence of embedding still needed", complete: false, onTrack: true, rank: 2, ...LIGHT_GREEN },
    { label: "Dark Green", aliases: ["DG", "D Green", "Green"], meaning: "Complete, with evidence the improvement is embedded and sustained", complete: true, onTrack: false, rank: 3, ...DARK_GREEN },
    { label: "Completed", aliases: ["Complete", "Done", "C"], meaning: "Completed", complete: true, onTrack: false, rank: 4, ...COMPLETED },
  ],
};

/** Plain RAG with a Complete rating. */
export const RAG: RatingScheme = {
  id: "rag",
  name: "RAG (Red, Amber, Green, Complete)",
  ratings: [
    { label: "Red", aliases: ["R"], meaning: "Not started / at risk", complete: false, onTrack: false, rank: 0, ...RED },
    { label: "Amber", aliases: ["A"], meaning: "Behind schedule", complete: false, onTrack: false, rank: 1, ...AMBER },
    { label: "Green", aliases: ["G", "On track"], meaning: "On track", complete: false, onTrack: true, rank: 2, ...GREEN },
    { label: "Complete", aliases: ["Completed", "Done", "C", "Blue"], meaning: "Complete", complete: true, onTrack: false, rank: 3, ...BLUE },
  ],
};

export const BUILT_IN_SCHEMES: Record<"rag" | "brag" | "rag5", RatingScheme> = { rag: RAG, brag: BRAG, rag5: RAG5 };
export type BuiltInSchemeId = keyof typeof BUILT_IN_SCHEMES;

/** Board order of labels, then Not rated: the summary's columns. */
export function summaryLabels(scheme: RatingScheme): string[] {
  return [...scheme.ratings.map((r) => r.label), NOT_RATED];
}
