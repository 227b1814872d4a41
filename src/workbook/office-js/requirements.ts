import type { IsSetSupported } from "./excel-api";

/**
 * What each feature needs from Excel (ExcelApi requirement sets) and what to tell a user whose
 * Excel is older. ExcelApi 1.8 is the manifest's minimum; later sets are detected at run time.
 */
export const FEATURES = {
  conditionalFormats: { set: "1.6", missing: "This version of Excel cannot add conditional formatting from an add-in, so ratings were not coloured. Update Excel (Microsoft 365, or Office 2021 or later)." },
  dataValidation: { set: "1.8", missing: "This version of Excel cannot add dropdown lists from an add-in, so the rating dropdowns were not added. Update Excel (Microsoft 365, or Office 2021 or later)." },
  pageLayout: { set: "1.9", missing: "This version of Excel cannot set print options from an add-in: the summary was written, but set it to landscape, one page wide, with page numbers yourself (Page Layout tab) before printing." },
  formulaCells: { set: "1.9", missing: "This version of Excel cannot list the cells that hold formulas: Fix checks each cell it would change just before writing, and changes none that holds a formula." },
  mergedAreas: { set: "1.13", missing: "This version of Excel does not tell add-ins which cells are merged: section rows written across merged cells are still read, but less surely." },
} as const;

export type Feature = keyof typeof FEATURES;

/** True when this Excel has the requirement set the feature needs. */
export function supports(isSetSupported: IsSetSupported, feature: Feature): boolean {
  return isSetSupported("ExcelApi", FEATURES[feature].set);
}

/** The plain-English message for each feature this Excel lacks. */
export function missingFeatures(isSetSupported: IsSetSupported): { feature: Feature; message: string }[] {
  return (Object.keys(FEATURES) as Feature[]).filter((f) => !supports(isSetSupported, f)).map((feature) => ({ feature, message: FEATURES[feature].missing }));
}

/** Office's own check when running inside Office; outside it (tests, the playground) nothing is supported. */
export function officeIsSetSupported(): IsSetSupported {
  if (typeof Office === "undefined" || !Office.context?.requirements) return () => false;
  return (name, version) => Office.context.requirements.isSetSupported(name, version);
}
