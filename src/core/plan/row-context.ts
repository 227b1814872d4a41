/**
 * What a row inherits from the rows above it: the section (workstream), the area and outcome
 * written once for several rows, and the action its milestones belong to.
 */
export interface RowContext {
  section: string | null;
  area: string | null;
  outcome: string | null;
  action: { ref: string | null; text: string | null } | null;
}

/** The cells a row fills itself (blank below the top of a merge). */
export interface OwnCells {
  ref: string;
  workstream: string;
  outcome: string;
  action: string;
  milestone: string;
}

/** A section row starts afresh: nothing above it carries over. */
export function enterSection(text: string): RowContext {
  return { section: text, area: null, outcome: null, action: null };
}

/** Any row may write the area or outcome that the rows below share (merged or written once). */
export function carryOver(context: RowContext, own: OwnCells): RowContext {
  return { ...context, area: own.workstream || context.area, outcome: own.outcome || context.outcome };
}

/**
 * Move the context on past an item row, and say whether the row is a milestone continuing
 * the action above (its own action text, if any, is a wrapped line of that action).
 */
export function nextAction(context: RowContext, own: OwnCells, columns: { ref?: number; milestone?: number }): { context: RowContext; continuation: boolean } {
  if (own.ref) return { context: { ...context, action: { ref: own.ref, text: own.action || null } }, continuation: false };
  if (columns.milestone !== undefined && own.milestone && context.action) return { context, continuation: true };
  if (columns.ref === undefined || !context.action || own.action) return { context: { ...context, action: { ref: null, text: own.action || null } }, continuation: false };
  return { context, continuation: false };
}
