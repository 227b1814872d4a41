/**
 * Excel's Worksheet.onChanged for the pane's "re-check as leads type": registered in its own
 * Excel.run, removed with the handler's own context (as Microsoft documents for event handlers).
 */
export function watchSheet(sheet: string, listener: (addresses: string[], remote: boolean) => void): () => void {
  let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;
  let stopped = false;
  const remove = (h: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>) =>
    Excel.run(h.context, async (context) => {
      h.remove();
      await context.sync();
    }).catch(() => undefined);
  void Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
    await context.sync();
    if (ws.isNullObject) return;
    handler = ws.onChanged.add(async (e) => listener([e.address], e.source === Excel.EventSource.remote));
    await context.sync();
    if (stopped) void remove(handler);
  }).catch(() => undefined); // No events in this Excel: the pane still re-checks on every action.
  return () => {
    stopped = true;
    if (handler) void remove(handler);
  };
}
