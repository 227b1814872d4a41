import { makeStyles, mergeClasses, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { a1, columnLetter } from "../core/address";
import { displayStyle, type MemorySheet } from "../workbook/memory";
import { displayText } from "./cell-text";
import type { ObservableWorkbook } from "./observable-workbook";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, height: "100%" },
  scroller: { flexGrow: 1, overflow: "auto", backgroundColor: "#FFFFFF" },
  table: { borderCollapse: "collapse", tableLayout: "fixed", fontSize: "12px", fontFamily: "Calibri, 'Segoe UI', Arial, sans-serif" },
  corner: { position: "sticky", top: 0, left: 0, zIndex: 3, backgroundColor: "#F3F3F3", border: "1px solid #D4D4D4", width: "40px" },
  colHead: { position: "sticky", top: 0, zIndex: 2, backgroundColor: "#F3F3F3", border: "1px solid #D4D4D4", fontWeight: "normal", color: "#424242" },
  rowHead: { position: "sticky", left: 0, zIndex: 1, backgroundColor: "#F3F3F3", border: "1px solid #D4D4D4", fontWeight: "normal", color: "#424242", textAlign: "center" },
  cell: { border: "1px solid #E1E1E1", padding: "2px 4px", whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis", height: "20px", color: "#000000" },
  selected: { outline: "2px solid #107C41", outlineOffset: "-2px" },
  /** Text spills into an empty cell to its right, as in Excel. */
  spill: { overflow: "visible", textOverflow: "clip", position: "relative", zIndex: 0 },
  tabs: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground2 },
  frozen: { borderBottom: "2px solid #8A8A8A" },
});

const PX_PER_CHAR = 7;

function columnWidth(sheet: MemorySheet, col: number): number {
  const chars = sheet.columnWidths[col - 1];
  return Math.min(320, Math.max(48, (chars ?? 14) * PX_PER_CHAR));
}

/**
 * A read-only picture of the memory workbook as Excel would show it: values in their number
 * formats, static styles, conditional formats evaluated (rating fills), the selection, and
 * tabs for the visible sheets.
 */
export function GridView({ workbook, today }: { workbook: ObservableWorkbook; today: string }) {
  const styles = useStyles();
  useSyncExternalStore(workbook.subscribe, () => workbook.version);
  const visible = workbook.state.sheets.filter((s) => s.visibility === "visible");
  const active = visible.find((s) => s.name === workbook.state.active) ?? visible[0];
  const selected = workbook.selection && workbook.selection.sheet === active?.name ? workbook.selection.cell : null;
  const selectedRef = useRef<HTMLTableCellElement>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  // A sheet opens at A1, as in Excel; then the selection (if on this sheet) is scrolled into view.
  useEffect(() => {
    scrollerRef.current?.scrollTo?.({ top: 0, left: 0 });
  }, [active?.name]);
  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: "center", inline: "nearest" });
  }, [selected, workbook.version]);
  if (!active) return <Text>No visible sheets.</Text>;
  const rows = Math.max(active.values.length + 3, 30);
  const cols = Math.max(...active.values.map((r) => r.length), 8) + 1;
  const colNums = Array.from({ length: cols }, (_, i) => i + 1);
  return (
    <div className={styles.root}>
      {/* Focusable so keyboard users can scroll the sheet (axe: scrollable-region-focusable). */}
      <div ref={scrollerRef} className={styles.scroller} tabIndex={0} role="region" aria-label={`${active.name}: cells`}>
        <table className={styles.table} style={{ width: 40 + colNums.reduce((sum, c) => sum + columnWidth(active, c), 0) }} aria-label={`Sheet ${active.name}`} data-sheet={active.name}>
          <colgroup>
            <col style={{ width: 40 }} />
            {colNums.map((c) => <col key={c} style={{ width: columnWidth(active, c) }} />)}
          </colgroup>
          <thead>
            <tr>
              <td className={styles.corner} />
              {colNums.map((c) => <th key={c} scope="col" className={styles.colHead}>{columnLetter(c)}</th>)}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, i) => i + 1).map((row) => (
              <tr key={row} className={active.freezeRows === row ? styles.frozen : undefined}>
                <th scope="row" className={styles.rowHead}>{row}</th>
                {colNums.map((col) => {
                  const address = a1(row, col);
                  const value = active.values[row - 1]?.[col - 1] ?? null;
                  const look = displayStyle(active, row, col, today);
                  const text = displayText(value, active.numberFormats[row - 1]?.[col - 1] ?? look.numberFormat);
                  const isSelected = address === selected;
                  const next = active.values[row - 1]?.[col] ?? null;
                  const spills = typeof value === "string" && (next === null || next === "") && !look.fill;
                  const classes = mergeClasses(styles.cell, spills && styles.spill, isSelected && styles.selected);
                  return (
                    <td
                      key={col}
                      ref={isSelected ? selectedRef : undefined}
                      data-cell={address}
                      data-fill={look.fill ?? undefined}
                      aria-selected={isSelected || undefined}
                      title={text || undefined}
                      className={classes}
                      style={{
                        backgroundColor: look.fill, color: look.font, fontWeight: look.bold ? 700 : undefined, fontStyle: look.italic ? "italic" : undefined,
                        fontSize: look.size ? `${Math.min(look.size, 16)}px` : undefined, textAlign: look.align ?? (typeof value === "number" ? "right" : undefined),
                      }}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <TabList className={styles.tabs} size="small" selectedValue={active.name} onTabSelect={(_, d) => workbook.activate(String(d.value))} aria-label="Sheets">
        {visible.map((s) => <Tab key={s.name} value={s.name}>{s.name}</Tab>)}
      </TabList>
    </div>
  );
}
