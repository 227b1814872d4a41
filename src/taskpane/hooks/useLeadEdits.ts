import { useEffect, useRef } from "react";
import type { Outcome } from "../../review/describe";
import { planLeadEdit } from "../../review/leads";
import type { PaneLoad } from "../../review/load-plan";
import type { PaneHost } from "../host";

/** Wait this long after the last keystroke-commit before re-checking: one read for a burst of edits. */
export const EDIT_DEBOUNCE_MS = 700;

/**
 * While a plan is followed and the pane is idle, listen for edits to its sheet (Excel's
 * Worksheet.onChanged), and after a pause re-check the edited rows with one read; when the
 * programme manager turned stamping on, write today's date into their "Last updated" cells.
 */
export function useLeadEdits(host: PaneHost, sheet: string | null, ownCells: Set<string>, reload: () => Promise<PaneLoad>, report: (o: Outcome) => void, fail: (e: unknown) => void): void {
  const latest = useRef({ reload, report, fail });
  latest.current = { reload, report, fail };
  useEffect(() => {
    if (!sheet || !host.watchSheet) return;
    let pendingAddresses: string[] = [];
    let local = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = async () => {
      const addresses = pendingAddresses;
      const mine = local;
      pendingAddresses = [];
      local = false;
      timer = null;
      try {
        const load = await latest.current.reload();
        if (load.kind !== "ready") return;
        const edit = planLeadEdit(load.resolved, addresses, host.today(), { stamp: mine });
        // Only this person's own edits are stamped here; a co-author's pane stamps theirs.
        if (edit.stamps.length) {
          for (const s of edit.stamps) ownCells.add(s.cell);
          await host.workbook.write({ edits: edit.stamps });
          await latest.current.reload();
        }
        latest.current.report(edit.outcome);
      } catch (e) {
        latest.current.fail(e);
      }
    };
    const stop = host.watchSheet(sheet, (changed, remote) => {
      // The pane's own writes (Fix, stamps) raise the change event too: skip those cells once, so
      // a fix is not reported as a lead's edit and a stamp never loops.
      const addresses = changed.filter((a) => !ownCells.delete(a.replace(/\$/g, "").replace(/^.*!/, "")));
      if (addresses.length === 0) return;
      pendingAddresses.push(...addresses);
      if (!remote) local = true;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(), EDIT_DEBOUNCE_MS);
    });
    return () => {
      if (timer) clearTimeout(timer);
      stop();
    };
  }, [host, sheet, ownCells]);
}
