/** A rating a lead can give an item, e.g. Amber: behind schedule. */
export interface Rating {
  label: string;
  /** Other spellings that mean this rating (`G`, `Done`): accepted with a warning and a fix. */
  aliases: string[];
  /** Spellings as correct as the label (`Delayed` for Off track, 🔴 for Red): read exactly, no fix. */
  also?: string[];
  meaning: string;
  /** Counts towards "% complete" and is never overdue. */
  complete: boolean;
  /** Claims the item is on track: a warning when the item is overdue. */
  onTrack: boolean;
  /**
   * Other fills councils use for this rating (Excel's standard red #FF0000, its "Bad" style…):
   * a cell shown only by colour is read as the rating whose fill or shade is nearest.
   */
  shades?: string[];
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
  /**
   * Spellings that could mean more than one rating (`Green` in the five-level scheme): read as
   * the rating that lists them, and reported with a question offering each choice.
   */
  ambiguous?: { spellings: string[]; choices: string[] }[];
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
const ORANGE = { fill: "#ED7D31", font: "#000000" };
const YELLOW = { fill: "#FFFF00", font: "#000000" };
const GREY = { fill: "#D9D9D9", font: "#000000" };

/**
 * Fills councils use for each family of rating: Excel's standard and theme colours and its
 * Good / Bad / Neutral cell styles. Pale tints (banding) are not here on purpose.
 */
const SHADES = {
  red: ["#FF0000", "#C00000", "#FFC7CE", "#E74C3C"],
  amber: ["#FFC000", "#FF9900", "#FFBF00", "#FFEB9C", "#FFD966"],
  yellow: ["#FFFF00", "#FFFF66"],
  orange: ["#ED7D31", "#F4B084", "#FF6600"],
  green: ["#00B050", "#92D050", "#70AD47", "#C6EFCE", "#00FF00", "#A9D08E"],
  lightGreen: ["#92D050", "#A9D08E", "#C6EFCE", "#C4D79B"],
  darkGreen: ["#00703C", "#00B050", "#008000", "#375623", "#548235"],
  blue: ["#0062A8", "#0070C0", "#00B0F0", "#4472C4", "#5B9BD5", "#2F75B5", "#9BC2E6", "#8EA9DB"],
  grey: ["#D9D9D9", "#BFBFBF", "#A6A6A6", "#808080"],
  black: ["#404040", "#000000", "#595959"],
};

/**
 * Symbols and emoji councils type as ratings (one of each colour, circle or square, and ticks).
 * They are aliases read exactly, like the word: a symbol is a deliberate notation, not a slip.
 */
const SYM = {
  red: ["🔴", "🟥"],
  orange: ["🟠", "🟧"],
  yellow: ["🟡", "🟨"],
  green: ["🟢", "🟩"],
  blue: ["🔵", "🟦"],
  tick: ["✅", "✔", "✓", "☑"],
  white: ["⚪", "⬜"],
  black: ["⚫", "⬛"],
};

/** BRAG, as Peterborough uses it: Blue is complete. */
export const BRAG: RatingScheme = {
  id: "brag",
  name: "BRAG (Blue, Green, Amber, Red)",
  ratings: [
    { label: "Blue", aliases: ["B", "Complete", "Completed", "Done"], also: [...SYM.blue, ...SYM.tick], shades: SHADES.blue, meaning: "Complete", complete: true, onTrack: false, rank: 3, ...BLUE },
    { label: "Green", aliases: ["G", "On track"], also: [...SYM.green], shades: SHADES.green, meaning: "On track", complete: false, onTrack: true, rank: 2, ...GREEN },
    { label: "Amber", aliases: ["A", "Behind schedule", "Behind"], also: [...SYM.orange, ...SYM.yellow], shades: [...SHADES.amber, ...SHADES.yellow], meaning: "Behind schedule", complete: false, onTrack: false, rank: 1, ...AMBER },
    { label: "Red", aliases: ["R", "Not started", "At risk"], also: [...SYM.red], shades: SHADES.red, meaning: "Not started / at risk", complete: false, onTrack: false, rank: 0, ...RED },
  ],
};

/** Five-level RAG, as Thurrock and Kingston use it: Dark Green is complete and embedded. */
export const RAG5: RatingScheme = {
  id: "rag5",
  name: "Five-level RAG",
  ratings: [
    { label: "Red", aliases: ["R"], also: [...SYM.red], shades: SHADES.red, meaning: "Not started or significantly delayed", complete: false, onTrack: false, rank: 0, ...RED },
    { label: "Amber", aliases: ["A"], also: [...SYM.orange, ...SYM.yellow], shades: [...SHADES.amber, ...SHADES.yellow], meaning: "Started, some delay", complete: false, onTrack: false, rank: 1, ...AMBER },
    { label: "Light Green", aliases: ["LG", "L Green", "Lt Green", "On track"], shades: SHADES.lightGreen, meaning: "On track; evidence of embedding still needed", complete: false, onTrack: true, rank: 2, ...LIGHT_GREEN },
    { label: "Dark Green", aliases: ["DG", "D Green", "Green", ...SYM.green], shades: SHADES.darkGreen, meaning: "Complete, with evidence the improvement is embedded and sustained", complete: true, onTrack: false, rank: 3, ...DARK_GREEN },
    { label: "Completed", aliases: ["Complete", "Done", "C"], also: [...SYM.tick, ...SYM.black], shades: SHADES.black, meaning: "Completed", complete: true, onTrack: false, rank: 4, ...COMPLETED },
  ],
  ambiguous: [{ spellings: ["Green", ...SYM.green], choices: ["Light Green", "Dark Green"] }],
};

/** Plain RAG with a Complete rating. */
export const RAG: RatingScheme = {
  id: "rag",
  name: "RAG (Red, Amber, Green, Complete)",
  ratings: [
    { label: "Red", aliases: ["R"], also: [...SYM.red], shades: SHADES.red, meaning: "Not started / at risk", complete: false, onTrack: false, rank: 0, ...RED },
    { label: "Amber", aliases: ["A"], also: [...SYM.orange, ...SYM.yellow], shades: [...SHADES.amber, ...SHADES.yellow], meaning: "Behind schedule", complete: false, onTrack: false, rank: 1, ...AMBER },
    { label: "Green", aliases: ["G", "On track"], also: [...SYM.green], shades: SHADES.green, meaning: "On track", complete: false, onTrack: true, rank: 2, ...GREEN },
    { label: "Complete", aliases: ["Completed", "Done", "C", "Blue"], also: [...SYM.blue, ...SYM.tick], shades: SHADES.blue, meaning: "Complete", complete: true, onTrack: false, rank: 3, ...BLUE },
  ],
};

/**
 * Status words, worst to best as a board reads progress: not begun, slipping, at risk, under
 * way, on track, done. Each has its own colour (grey, red, amber, yellow, green, blue) so a
 * fill alone still says which.
 */
export const STATUS: RatingScheme = {
  id: "status",
  name: "Status words",
  ratings: [
    { label: "Not started", aliases: ["Not yet started", "Not begun", "To do"], also: [...SYM.white], shades: SHADES.grey, meaning: "Not started", complete: false, onTrack: false, rank: 0, ...GREY },
    { label: "Off track", aliases: ["Behind", "Behind schedule", "Slipped", "Overdue"], also: ["Delayed", ...SYM.red], shades: SHADES.red, meaning: "Delayed / off track", complete: false, onTrack: false, rank: 1, ...RED },
    { label: "At risk", aliases: ["Risk"], also: [...SYM.orange], shades: [...SHADES.amber, ...SHADES.orange], meaning: "At risk of delay", complete: false, onTrack: false, rank: 2, ...AMBER },
    { label: "In progress", aliases: ["Started", "Ongoing", "Underway", "Under way", "Progressing", "In hand"], also: [...SYM.yellow], shades: SHADES.yellow, meaning: "Started, under way", complete: false, onTrack: false, rank: 3, ...YELLOW },
    { label: "On track", aliases: ["On target", "On schedule"], also: [...SYM.green], shades: SHADES.green, meaning: "On track", complete: false, onTrack: true, rank: 4, ...GREEN },
    { label: "Complete", aliases: ["Completed", "Done", "Closed", "Achieved", "Finished", "Delivered"], also: [...SYM.blue, ...SYM.tick], shades: SHADES.blue, meaning: "Complete", complete: true, onTrack: false, rank: 5, ...BLUE },
  ],
};

/**
 * The five-point delivery confidence assessment (DCA) used by public-sector programme boards,
 * worst to best, plus Complete for the plans that close items off. Two-colour ratings in
 * every usual spelling: `Amber/Green`, `Amber-Green`, `Amber / Green`, `A/G`, `AG`.
 */
export const DCA: RatingScheme = {
  id: "dca",
  name: "Delivery confidence (five-point)",
  ratings: [
    { label: "Red", aliases: ["R"], also: [...SYM.red], shades: SHADES.red, meaning: "Successful delivery appears unachievable", complete: false, onTrack: false, rank: 0, ...RED },
    { label: "Amber/Red", aliases: ["A/R", "Amber Red", "Red/Amber", "R/A"], also: [...SYM.orange], shades: SHADES.orange, meaning: "Successful delivery in doubt", complete: false, onTrack: false, rank: 1, ...ORANGE },
    { label: "Amber", aliases: ["A"], also: [...SYM.yellow], shades: [...SHADES.amber, ...SHADES.yellow], meaning: "Successful delivery feasible, significant issues", complete: false, onTrack: false, rank: 2, ...AMBER },
    { label: "Amber/Green", aliases: ["A/G", "Amber Green", "Green/Amber", "G/A"], shades: SHADES.lightGreen, meaning: "Successful delivery probable", complete: false, onTrack: false, rank: 3, ...LIGHT_GREEN },
    { label: "Green", aliases: ["G"], also: [...SYM.green], shades: ["#00B050", "#70AD47", "#00FF00", "#008000"], meaning: "Successful delivery highly likely", complete: false, onTrack: true, rank: 4, ...GREEN },
    { label: "Complete", aliases: ["Completed", "Done", "Closed", "C"], also: [...SYM.blue, ...SYM.tick], shades: SHADES.blue, meaning: "Complete", complete: true, onTrack: false, rank: 5, ...BLUE },
  ],
};

export const BUILT_IN_SCHEMES: Record<"rag" | "brag" | "rag5" | "status" | "dca", RatingScheme> = { rag: RAG, brag: BRAG, rag5: RAG5, status: STATUS, dca: DCA };
export const BUILT_IN_SCHEME_IDS = Object.keys(BUILT_IN_SCHEMES) as BuiltInSchemeId[];
export type BuiltInSchemeId = keyof typeof BUILT_IN_SCHEMES;

/** Every spelling of a rating: label, equally correct spellings, then aliases. */
export function spellings(rating: Rating): string[] {
  return [rating.label, ...(rating.also ?? []), ...rating.aliases];
}

/** Board order of labels, then Not rated: the summary's columns. */
export function summaryLabels(scheme: RatingScheme): string[] {
  return [...scheme.ratings.map((r) => r.label), NOT_RATED];
}
