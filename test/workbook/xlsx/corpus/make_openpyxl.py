"""Corpus of workbooks written by openpyxl (as pandas and many council exports write them),
one per write-side finding of the file-reliability review. Usage: make_openpyxl.py OUTDIR"""
import datetime, os, sys
import openpyxl
from openpyxl.comments import Comment
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation

out = sys.argv[1]


def base():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws.append(["SEND Written Statement of Action"])
    ws.append([])
    ws.append(["Ref", "Workstream", "Action", "Deadline", "Lead", "RAG"])
    items = [
        ["1.1", "Identification", "Recruit two EPs", datetime.datetime(2024, 3, 31), "Jo Smith", "Red"],
        ["1.2", "Identification", "Train SENCOs", "June 2024", "Al Khan", "amber "],
        ["1.3", "Identification", "Publish the local offer", datetime.datetime(2025, 6, 30), "Jo Smith", "Green"],
        ["2.1", "Transitions", "Preparing for adulthood", "Ongoing", "Sam Lee", "Complete"],
    ]
    for i in range(12):
        r = list(items[i % 4])
        r[0] = f"{1 + i // 4}.{1 + i % 4}"
        ws.append(r)
    return wb, ws


def save(wb, name):
    wb.save(os.path.join(out, name + ".xlsx"))


# F1: a user's own sheet called "WSOA Tracker" (and "wsoa tracker")
for name, title in [("tracker-not-ours", "WSOA Tracker"), ("tracker-not-ours-case", "wsoa tracker")]:
    wb, ws = base()
    t = wb.create_sheet(title)
    t["A1"] = "Our tracker of WSOA meetings"
    t["B3"] = datetime.datetime(2024, 2, 1)
    t["C5"] = "Important user data - must not be lost"
    save(wb, name)

# F2 (write side): a phone number in a date-formatted cell on another sheet
wb, ws = base()
c = wb.create_sheet("Contacts")
c.append(["Name", "Phone"])
c.append(["SEND team", 7700900123])
c["B2"].number_format = "dd/mm/yyyy"
save(wb, "date-phone-other-sheet")

# F4: structure protection; a legacy sheet password on another sheet
wb, ws = base()
wb.security = WorkbookProtection(workbookPassword="pw", lockStructure=True)
save(wb, "protected-workbook")
wb, ws = base()
o = wb.create_sheet("Budget")
o["A1"] = "Locked figures"
o.protection.sheet = True
o.protection.password = "pw"
save(wb, "protected-other")

# F6: internal hyperlinks (a contents page), and one on the plan sheet
wb, ws = base()
contents = wb.create_sheet("Contents", 0)
contents["A1"] = "Go to the plan"
contents["A1"].hyperlink = "#'Action plan'!A3"
ws["B4"].hyperlink = "#Contents!A1"
save(wb, "hyperlink-internal")

# F7: the user's validations (limits as references and formulas, a hidden arrow, a list on the rating column)
wb, ws = base()
dv = DataValidation(type="whole", operator="between", formula1="$Z$1", formula2="100")
dv.add("E4:E15")
ws.add_data_validation(dv)
dd = DataValidation(type="date", operator="greaterThan", formula1="TODAY()")
dd.add("D4:D15")
ws.add_data_validation(dd)
hide = DataValidation(type="list", formula1='"Yes,No"', showDropDown=True)
hide.add("G4:G15")
ws.add_data_validation(hide)
mine = DataValidation(type="list", formula1='"R,A,G"')
mine.add("F4:F15")
ws.add_data_validation(mine)
ws.conditional_formatting.add("F4:F15", FormulaRule(formula=['$F4="R"'], fill=PatternFill(bgColor="FFC7CE", fill_type="solid")))
save(wb, "user-cf-dv")

# F14: comment authors, autofilter criteria, hidden names, print titles without $
wb, ws = base()
ws["C4"].comment = Comment("Check with finance", "Priya Patel")
ws.auto_filter.ref = "A3:F15"
ws.auto_filter.add_filter_column(5, ["Red", "Amber"])
wb.defined_names.append(DefinedName("HiddenTotal", attr_text="'Action plan'!$A$1", hidden=True))
ws.print_title_rows = "3:3"
save(wb, "minor-drops")

# F9: openpyxl's images/charts/tables (default namespaces, absolute targets)
wb, ws = base()
from openpyxl.chart import BarChart, Reference
ch = BarChart()
ch.add_data(Reference(ws, min_col=1, min_row=4, max_row=8))
ws.add_chart(ch, "H2")
save(wb, "chart")
