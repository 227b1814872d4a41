import { useCallback, useEffect, useRef, useState } from "react";
import { FIELD_LABELS, type Field } from "../../core/fields";
import type { Issue } from "../../core/issue";
import type { BuiltInSchemeId } from "../../core/ratings/scheme";
import { planApply } from "../../review/apply";
import { checkSnapshot, type ResolvedPlan } from "../../review/check";
import { planFix } from "../../review/fix";
import { planNewPlan } from "../../review/new-plan";
import { isWorkbookError } from "../../workbook/errors";
import type { PaneHost } from "../host";
import { issueHeadline, overviewOf, ratingsChartSpec, setColumnWrite, type PlanOverview } from "../model";

export type Intent = "success" | "error" | "warning" | "info";
export interface PaneMessage {
  id: number;
  intent: Intent;
  title: string;
  body: string;
}

/** What the pane is doing: a discriminated union, so "working" always has a label. */
export type Activity = { kind: "idle" } | { kind: "working"; label: string };

/** The plan as last read: understood, or why not (a WorkbookError's sentence, shown as is). */
export type PlanState = { kind: "loading" } | { kind: "ready"; overview: PlanOverview } | { kind: "none"; reason: string };

export interface Tracker {
  plan: PlanState;
  /** Null until the user validates. */
  issues: Issue[] | null;
  activity: Activity;
  messages: PaneMessage[];
  dismiss(id: number): void;
  validate(): Promise<void>;
  select(cell: string): Promise<void>;
  fix(cell?: string): Promise<void>;
  applyFormatting(): Promise<void>;
  buildSummary(): Promise<void>;
  newPlan(scheme: BuiltInSchemeId, name: string): Promise<void>;
  setColumn(field: Field, letter: string): Promise<void>;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * The pane's state and the use cases behind its buttons. Every action re-reads the workbook
 * before deciding (co-authors may have changed it) and reports through messages.
 */
export function useTracker(host: PaneHost): Tracker {
  const { workbook } = host;
  const [plan, setPlan] = useState<PlanState>({ kind: "loading" });
  const [issues, setIssues] = useState<Issue[] | null>(null);
  const [activity, setActivity] = useState<Activity>({ kind: "idle" });
  const [messages, setMessages] = useState<PaneMessage[]>([]);
  const nextId = useRef(1);

  const say = useCallback((intent: Intent, title: string, body: string) => {
    const id = nextId.current++;
    // Newest first, and one of each title: repeating an action replaces its old result.
    setMessages((old) => [{ id, intent, title, body }, ...old.filter((m) => m.title !== title)].slice(0, 3));
  }, []);
  const dismiss = useCallback((id: number) => setMessages((old) => old.filter((m) => m.id !== id)), []);

  /** Read and check; updates the overview. Throws WorkbookError when there is no usable plan. */
  const check = useCallback(async () => {
    const snapshot = await workbook.read();
    const resolved = checkSnapshot(snapshot, { today: host.today() });
    setPlan({ kind: "ready", overview: overviewOf(resolved) });
    return { snapshot, resolved };
  }, [workbook, host]);

  const run = useCallback(async (label: string, failure: string, work: () => Promise<void>) => {
    setActivity({ kind: "working", label });
    try {
      await work();
    } catch (e) {
      // A WorkbookError is written for people: show it as it is.
      say("error", failure, isWorkbookError(e) ? e.message : `Something unexpected went wrong: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setActivity({ kind: "idle" });
    }
  }, [say]);

  const refresh = useCallback(async () => {
    try {
      await check();
    } catch (e) {
      setPlan({ kind: "none", reason: isWorkbookError(e) ? e.message : String(e) });
    }
  }, [check]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const revalidate = useCallback(async (resolved?: ResolvedPlan) => {
    const r = resolved ?? (await check()).resolved;
    setIssues(r.report.issues);
    return r;
  }, [check]);

  const validate = () => run("Validating the plan…", "Validation failed", async () => {
    const r = await revalidate();
    const list = r.report.issues;
    const intent = list.some((i) => i.severity === "error") ? "error" : list.some((i) => i.severity === "warning") ? "warning" : "success";
    say(intent, "Validation", `${issueHeadline(list)} in ${plural(r.report.items, "item")} on "${r.report.sheet}".`);
  });

  const select = async (cell: string) => {
    if (plan.kind !== "ready" || !workbook.select) return;
    try {
      await workbook.select(plan.overview.sheet, cell);
    } catch (e) {
      say("error", "Could not go to the cell", isWorkbookError(e) ? e.message : String(e));
    }
  };

  const fix = (cell?: string) => run("Fixing ratings…", "Fix failed", async () => {
    const snapshot = await workbook.read();
    const { edits } = planFix(snapshot, { today: host.today() });
    const chosen = cell ? edits.filter((e) => e.cell === cell) : edits;
    if (chosen.length === 0) return say("info", "Fix", "Nothing to fix: the ratings already use the scheme's labels.");
    await workbook.write({ edits: chosen });
    await revalidate();
    // The issue list now shows the new count; an old "Validation" headline would contradict it.
    setMessages((old) => old.filter((m) => m.title !== "Validation"));
    say("success", "Fix", `${plural(chosen.length, "rating")} rewritten: ${chosen.map((e) => `${e.cell} "${e.before}" → "${e.after}"`).join("; ")}.`);
  });

  const applyFormatting = () => run("Applying formatting…", "Formatting failed", async () => {
    const { write, resolved } = planApply(await workbook.read(), { today: host.today(), format: true, summary: false });
    await workbook.write(write);
    await check();
    const f = write.format!;
    const rules = f.rules.filter((r) => r.purpose === "rating").length;
    const overdue = f.rules.some((r) => r.purpose === "overdue") ? ", the overdue rule on the deadline column" : "";
    say("success", "Formatting", `"${resolved.sheet.name}": ${plural(rules, "rating colour rule")}, ${plural(f.validations.length, "rating dropdown")}${overdue}. The rules stay live in Excel without the add-in.`);
  });

  const buildSummary = () => run("Building the summary…", "Summary failed", async () => {
    const { write, summarySheet, resolved } = planApply(await workbook.read(), { today: host.today(), format: false });
    await workbook.write(write);
    await check();
    const s = resolved.analysis.summary;
    const figures = `${s.complete} of ${s.total} items complete (${s.percentComplete.toFixed(1)}%), ${s.overdue} overdue.`;
    const spec = ratingsChartSpec(write.sheets![0]!, s, overviewOf(resolved).ratings);
    if (host.chart.kind === "unavailable" || !spec) {
      const why = host.chart.kind === "unavailable" ? host.chart.reason : "there are no workstreams to chart.";
      return say("success", "Summary", `"${summarySheet}" built: ${figures} No chart: ${why}`);
    }
    try {
      await host.chart.run(spec);
    } catch (e) {
      // The sheet is written; only the chart failed: say so rather than call the whole action failed.
      return say("warning", "Summary", `"${summarySheet}" built: ${figures} The chart could not be added: ${isWorkbookError(e) ? e.message : String(e)}`);
    }
    say("success", "Summary", `"${summarySheet}" built with a stacked bar chart of ratings by workstream: ${figures}`);
  });

  const newPlan = (scheme: BuiltInSchemeId, name: string) => run("Creating the plan sheet…", "New plan failed", async () => {
    const { sheet, writes } = planNewPlan(await workbook.read(), { scheme, name: name.trim() || undefined });
    for (const w of writes) await workbook.write(w);
    setIssues(null);
    await check();
    say("success", "New plan", `"${sheet}" created: headings in row 5 (frozen), a rating key above them, rating dropdowns and colours ready for leads.`);
  });

  const setColumn = (field: Field, letter: string) => run("Saving the column…", "Could not save the column", async () => {
    const snapshot = await workbook.read();
    const resolved = checkSnapshot(snapshot, { today: host.today() });
    await workbook.write(setColumnWrite(snapshot, resolved, field, letter));
    const r = (await check()).resolved;
    if (issues) setIssues(r.report.issues);
    say("success", "Columns", `Column ${letter} is now read as the ${FIELD_LABELS[field].toLowerCase()} column, for everyone who opens this workbook (saved in its settings).`);
  });

  return { plan, issues, activity, messages, dismiss, validate, select, fix, applyFormatting, buildSummary, newPlan, setColumn };
}
