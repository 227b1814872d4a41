export { comparePoints, ratingOrder, type ChangeCounts, type Comparison, type Direction, type ItemChange } from "./compare-points";
export { matchItems, normaliseRef, type ItemIdentity, type ItemMatching, type ItemPair } from "./match-items";
export { overdueAt, planPoint, pointFigures, pointItem, type PlanPoint, type PointFigures, type PointItem } from "./plan-point";
export { progressFingerprint } from "./fingerprint";
