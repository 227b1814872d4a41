"""Every cell value of every sheet, as openpyxl (an independent reader) sees it, for each file
given: prints JSON {file: {sheet: {"state": …, "cells": {A1: value}}}}. A file openpyxl cannot
open is reported as {"error": message}, so the test fails naming it."""
import json, sys, warnings
import openpyxl

warnings.simplefilter("ignore")
out = {}
for path in sys.argv[1:]:
    try:
        wb = openpyxl.load_workbook(path)
        book = {}
        for ws in wb.worksheets:
            cells = {}
            for row in ws.iter_rows():
                for c in row:
                    if c.value is not None:
                        cells[c.coordinate] = c.value.isoformat() if hasattr(c.value, "isoformat") else c.value
            book[ws.title] = {"state": ws.sheet_state, "cells": cells}
        out[path] = book
    except Exception as e:  # noqa: BLE001 - the test reports it
        out[path] = {"error": f"{type(e).__name__}: {e}"}
print(json.dumps(out, default=str))
