/**
 * The use cases behind the pane's write buttons, in one module loaded on the first such click
 * (a dynamic import: its own chunk), so the pane's first paint does not carry them.
 */
export { afterWrite } from "../../review/after-write";
export { planTreatLabel } from "../../review/labels";
export { planApply } from "../../review/apply";
export { planFix } from "../../review/fix";
export { planNewPlan } from "../../review/new-plan";
export { previewApply, previewFix, previewSettings } from "../../review/preview";
export { planResetSettings, planSettingChange } from "../../review/settings";
export { ratingsChartSpec, trendChartSpec } from "../../review/summary-chart";
