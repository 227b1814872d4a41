import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { BuiltInSchemeId } from "../../core/ratings/scheme";
import { describeFailure, describeFix, describeFormatting, describeNewPlan, describeSummary, describeValidation, type Outcome } from "../../review/describe";
import { issueRows, type IssueRow } from "../../review/issue-rows";
import type { LabelTreatment } from "../../review/labels";
import { myActions, type MyAction } from "../../review/leads";
import { loadPlan, type PaneLoad } from "../../review/load-plan";
import type { Preview } from "../../review/preview";
import type { SettingChange } from "../../review/settings";
import { isWorkbookError } from "../../workbook/errors";
import type { WorkbookSnapshot, WritePlan } from "../../workbook/port";
import type { PaneHost } from "../host";
import { useLeadEdits } from "./useLeadEdits";

/** The write buttons' use cases: fetched on the first click that needs them (see write-cases.ts). */
const writeCases = () => import("./write-cases");

/** What the pane is doing: a discriminated union, so "working" always has a label. */
export type Activity = { kind: "idle" } | { kind: "working"; label: string };
export type PlanState = { kind: "loading" } | PaneLoad;
export interface Result extends Outcome {
  id: number;
}
/** A write waiting for the user's yes: what it will change, and where focus goes back on Cancel. */
export interface Pending {
  preview: Preview;
  returnFocus: string | null;
}

export interface Tracker {
  plan: PlanState;
  /** Null until the user checks the plan. */
  issues: IssueRow[] | null;
  activity: Activity;
  /** The one result shown (the newest replaces the last). */
  result: Result | null;
  pending: Pending | null;
  /** The element to focus after the last action (an id), bumped on each request. */
  focus: { id: string; seq: number } | null;
  myName: string | null;
  mine: MyAction[] | null;
  setMyName(name: string | null): void;
  focusOn(id: string): void;
  dismiss(): void;
  validate(): Promise<void>;
  select(cell: string): Promise<void>;
  /** `answer`: the chosen meaning for a fix that asks (Green: Light Green or Dark Green). */
  fix(cell: string | undefined, from: string, answer?: string): Promise<void>;
  treatLabel(label: string, treatment: LabelTreatment, from: string): Promise<void>;
  applyFormatting(from: string): Promise<void>;
  buildSummary(from: string): Promise<void>;
  changeSetting(change: SettingChange, title: string, from: string): Promise<void>;
  resetSettings(from: string): Promise<void>;
  newPlan(scheme: BuiltInSchemeId, name: string): Promise<void>;
  confirm(): Promise<void>;
  cancel(): void;
}

export const RESULT_ID = "wsoa-result";
const NAME_KEY = "wsoa.myName";

/**
 * The pane's state and the use cases behind its buttons. Checking reads the workbook afresh;
 * a write's preview may use the snapshot shown, since every write re-reads and re-checks what it
 * overwrites (co-authors may have changed it); every write is previewed and confirmed
 * once; results replace each other in one place. Decisions and sentences come from src/review.
 */
export function useTracker(host: PaneHost): Tracker {
  const { workbook } = host;
  const [plan, setPlan] = useState<PlanState>({ kind: "loading" });
  const [issues, setIssues] = useState<IssueRow[] | null>(null);
  const [activity, setActivity] = useState<Activity>({ kind: "idle" });
  const [result, setResult] = useState<Result | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [focus, setFocus] = useState<Tracker["focus"]>(null);
  const [myName, setName] = useState<string | null>(() => host.storage?.get(NAME_KEY) ?? null);
  const confirmRef = useRef<(() => Promise<void>) | null>(null);
  const seq = useRef(1);
  const validated = useRef(false);
  /** Cells the pane itself is writing: their change events are not a lead's edits. */
  const ownCells = useRef(new Set<string>()).current;
  /**
   * The snapshot the pane shows, kept so a preview costs no round trip: the write re-checks
   * what it overwrites (its preflight reads the cells it changes; an edit carries its `before`
   * and is refused if the cell changed), and a lead's edit re-reads (useLeadEdits). Null after
   * a write that changed what we cannot patch in here (our state sheet): the next preview reads.
   */
  const shown = useRef<WorkbookSnapshot | null>(null);

  const focusOn = useCallback((id: string) => setFocus({ id, seq: seq.current++ }), []);
  const show = useCallback((o: Outcome, moveFocus = true) => {
    setResult({ ...o, id: seq.current++ });
    if (moveFocus) focusOn(RESULT_ID);
  }, [focusOn]);

  /** Read and load; the issue list follows when the user has checked the plan. */
  const reload = useCallback(async (snapshot?: WorkbookSnapshot) => {
    const read = snapshot ?? (await workbook.read());
    shown.current = read;
    const load = loadPlan(read, host.today());
    setPlan(load);
    if (load.kind === "ready") setIssues(validated.current ? issueRows(load.resolved, host.today()) : null);
    else setIssues(null);
    return load;
  }, [workbook, host]);

  const run = useCallback(async (label: string, failure: string, work: () => Promise<void>) => {
    setActivity({ kind: "working", label });
    try {
      await work();
    } catch (e) {
      show(describeFailure(failure, e, isWorkbookError));
    } finally {
      setActivity({ kind: "idle" });
    }
  }, [show]);

  useEffect(() => {
    void reload().catch((e: unknown) => setPlan({ kind: "none", reason: describeFailure("", e, isWorkbookError).body, sheets: [] }));
  }, [reload]);

  /** Show a preview; the write runs only on confirm. */
  const ask = useCallback((preview: Preview, from: string | null, write: () => Promise<void>) => {
    confirmRef.current = write;
    setPending({ preview, returnFocus: from });
    focusOn("wsoa-preview-heading");
  }, [focusOn]);

  const current = plan.kind === "ready" ? plan.overview.sheet : null;
  /** What a preview is built from: the snapshot shown, or a fresh read when there is none. */
  const previewSnapshot = async () => shown.current ?? (await workbook.read());

  const validate = () => run("Checking the plan…", "The check did not finish", async () => {
    validated.current = true;
    const load = await reload();
    if (load.kind !== "ready") {
      show({ intent: "warning", title: "Nothing to check yet", body: "WSOA Tracker cannot read a plan in this workbook: the Plan section says why and what to do." }, false);
      return focusOn("plan-heading");
    }
    show(describeValidation(load.resolved.report));
  });

  const select = async (cell: string) => {
    if (!current || !workbook.select) return;
    // A cell on another sheet (a KPI table) comes as "KPIs!D7".
    const bang = cell.lastIndexOf("!");
    const [sheet, address] = bang > 0 ? [cell.slice(0, bang).replace(/^'|'$/g, ""), cell.slice(bang + 1)] : [current, cell];
    try {
      await workbook.select(sheet, address);
    } catch (e) {
      show(describeFailure("Could not go to the cell", e, isWorkbookError));
    }
  };

  const fix = (cell: string | undefined, from: string, answer?: string) => run("Reading the ratings…", "Fix did not finish", async () => {
    const { planFix, previewFix, afterWrite } = await writeCases();
    const snapshot = await previewSnapshot();
    // An answer to a question (Green: Light or Dark?) is given for its one cell; Fix all gives none.
    const { edits, skipped } = planFix(snapshot, { today: host.today(), sheet: current ?? undefined }, cell && answer ? { [cell]: answer } : {});
    const chosen = cell ? edits.filter((e) => e.cell === cell) : edits;
    if (chosen.length === 0) {
      await reload(snapshot);
      return show(describeFix([], skipped));
    }
    const write: WritePlan = { edits: chosen };
    ask(previewFix(snapshot, write, skipped.map((s) => s.cell)), from, () => run("Fixing ratings…", "Fix did not finish", async () => {
      for (const e of chosen) ownCells.add(e.cell);
      await workbook.write(write);
      // The write changed exactly these cells: refresh from them, not from another read.
      await reload(afterWrite(snapshot, write) ?? undefined);
      show(describeFix(chosen, skipped));
    }));
  });

  const applyFormatting = (from: string) => run("Working out the formatting…", "Formatting did not finish", async () => {
    const { planApply, previewApply, afterWrite } = await writeCases();
    const snapshot = await previewSnapshot();
    const planned = planApply(snapshot, { today: host.today(), sheet: current ?? undefined, format: true, summary: false });
    ask(previewApply(snapshot, planned, "Apply formatting?", "Apply formatting"), from, () => run("Applying formatting…", "Formatting did not finish", async () => {
      await workbook.write(planned.write);
      // Formatting changes no value the pane shows; our state sheet's new rows are in the write.
      await reload(afterWrite(snapshot, planned.write) ?? undefined);
      show(describeFormatting(planned.resolved.sheet.name, planned.write.format!));
    }));
  });

  const buildSummary = (from: string) => run("Working out the summary…", "The summary did not finish", async () => {
    const { planApply, previewApply, afterWrite, ratingsChartSpec, trendChartSpec } = await writeCases();
    // A fresh read: the preview warns about anything typed on the summary since we wrote it,
    // which the write itself does not re-check (it replaces a sheet proved ours).
    const snapshot = await workbook.read();
    const planned = planApply(snapshot, { today: host.today(), sheet: current ?? undefined, format: false });
    const name = planned.summarySheet!;
    const replaced = snapshot.sheets.some((s) => s.name === name);
    ask(previewApply(snapshot, planned, replaced ? `Update "${name}"?` : "Build the summary sheet?", replaced ? "Update summary" : "Build summary"), from, () => run("Building the summary…", "The summary did not finish", async () => {
      await workbook.write(planned.write);
      // The plan's cells did not change; the summary and state sheets are as the write made them.
      const load = await reload(afterWrite(snapshot, planned.write) ?? undefined);
      const summary = planned.resolved.analysis.summary;
      const spec = load.kind === "ready" ? ratingsChartSpec(planned.write.sheets![0]!, summary, load.overview.ratings) : null;
      const trend = load.kind === "ready" ? trendChartSpec(planned.write.sheets![0]!, load.overview.ratings) : null;
      if (host.chart.kind === "unavailable" || !spec) return show(describeSummary(name, replaced, summary, { kind: "none", why: host.chart.kind === "unavailable" ? host.chart.reason : "there are no workstreams to chart." }));
      try {
        await host.chart.run(spec, trend);
        show(describeSummary(name, replaced, summary, { kind: "added", trend: trend !== null }));
      } catch (e) {
        // The sheet is written; only the chart failed: say so rather than call the whole action failed.
        show(describeSummary(name, replaced, summary, { kind: "failed", why: isWorkbookError(e) ? e.message : String(e) }));
      }
    }));
  });

  const changeSetting = (change: SettingChange, title: string, from: string) => run("Reading the settings…", "The setting was not saved", async () => {
    const { planSettingChange, previewSettings } = await writeCases();
    const snapshot = await workbook.read();
    const planned = planSettingChange(snapshot, current, change);
    ask(previewSettings(title, planned.change), from, () => run("Saving the setting…", "The setting was not saved", async () => {
      await workbook.write(planned.write);
      await reload();
      show({ intent: "success", title: "Saved", body: planned.done });
    }));
  });

  const treatLabel = (label: string, treatment: LabelTreatment, from: string) => run("Reading the settings…", "The setting was not saved", async () => {
    const { planTreatLabel, previewSettings } = await writeCases();
    const snapshot = await workbook.read();
    const planned = planTreatLabel(snapshot, { today: host.today(), sheet: current ?? undefined }, label, treatment);
    ask(previewSettings(`Treat "${label}" as a rating?`, planned.change), from, () => run("Saving the setting…", "The setting was not saved", async () => {
      await workbook.write(planned.write);
      await reload();
      show({ intent: "success", title: "Saved", body: planned.done });
    }));
  });

  const resetSettings = (from: string) => run("Reading the settings…", "The settings were not reset", async () => {
    const { planResetSettings, previewSettings } = await writeCases();
    const snapshot = await workbook.read();
    const planned = planResetSettings(snapshot);
    ask(previewSettings("Reset WSOA Tracker's settings?", planned.change, "Reset settings"), from, () => run("Resetting the settings…", "The settings were not reset", async () => {
      await workbook.write(planned.write);
      await reload();
      show({ intent: "success", title: "Settings reset", body: planned.done });
    }));
  });

  const newPlan = (scheme: BuiltInSchemeId, name: string) => run("Creating the plan sheet…", "New plan did not finish", async () => {
    const { planNewPlan } = await writeCases();
    const { sheet, writes } = planNewPlan(await workbook.read(), { scheme, name: name.trim() || undefined, current });
    for (const w of writes) await workbook.write(w);
    validated.current = false;
    await reload();
    show(describeNewPlan(sheet, current));
  });

  const confirm = async () => {
    const write = confirmRef.current;
    confirmRef.current = null;
    setPending(null);
    if (write) await write();
  };
  const cancel = () => {
    const back = pending?.returnFocus;
    confirmRef.current = null;
    setPending(null);
    if (back) focusOn(back);
  };
  const dismiss = () => {
    setResult(null);
    focusOn("wsoa-title");
  };

  const setMyName = (name: string | null) => {
    setName(name);
    host.storage?.set(NAME_KEY, name ?? "");
  };
  const mine = useMemo(() => (plan.kind === "ready" && myName ? myActions(plan.resolved, myName, host.today()) : null), [plan, myName, host]);

  useLeadEdits(host, plan.kind === "ready" ? plan.overview.sheet : null, ownCells, reload, (o) => show(o, false), (m) => show(describeFailure("Re-checking the edited rows did not finish", m, isWorkbookError), false));

  return { plan, issues, activity, result, pending, focus, myName: myName || null, mine, setMyName, focusOn, dismiss, validate, select, fix, treatLabel, applyFormatting, buildSummary, changeSetting, resetSettings, newPlan, confirm, cancel };
}
