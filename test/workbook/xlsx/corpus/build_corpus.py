#!/usr/bin/python3
"""Build the reader's test corpus with writers other than ExcelJS: openpyxl, and raw zip/XML
edits as Excel, LibreOffice and the .NET Open XML SDK write them (review file-reliability.md).

Usage: build_corpus.py OUT_DIR    (needs python3-openpyxl; .ci/setup-readers.sh installs it)
"""
import datetime
import io
import os
import re
import struct
import sys
import zipfile

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill, Border, Side
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.table import Table

OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RAGS = ["Red", "Amber", "Green", "Complete"]


def path(name):
    return os.path.join(OUT, name)


def base_wb():
    """A 12-item plan sheet: title, blank row, header on row 3, items on rows 4-15."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws.append(["SEND Written Statement of Action"])
    ws.append([])
    ws.append(["Ref", "Action", "Deadline", "Lead", "RAG"])
    for i in range(12):
        ws.append([f"1.{i + 1}", f"Action number {i + 1}", datetime.datetime(2023, 1 + i % 12, 28), "Head of SEND", RAGS[i % 4]])
        ws.cell(row=4 + i, column=3).number_format = "dd/mm/yyyy"
    return wb, ws


def parts_of(name):
    with zipfile.ZipFile(path(name)) as z:
        return [(i, z.read(i.filename)) for i in z.infolist()]


def rewrite(src, dst, edit, add=None, drop=()):
    """Copy a zip, changing parts with edit(name, bytes) -> bytes, adding and dropping parts."""
    with zipfile.ZipFile(path(dst), "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in parts_of(src):
            if info.filename in drop:
                continue
            out.writestr(info.filename, edit(info.filename, data))
        for n, d in (add or {}).items():
            out.writestr(n, d)


def keep(_n, d):
    return d


def save(wb, name):
    wb.save(path(name))


def shared_strings(src, dst):
    """Move inline strings into a shared strings part, as Excel writes text (this openpyxl writes inline)."""
    table = []

    def index(text):
        if text not in table:
            table.append(text)
        return table.index(text)

    def edit(n, d):
        if n.startswith("xl/worksheets/sheet"):
            return re.sub(r'<c ([^>]*?)t="inlineStr"><is><t>([^<]*)</t></is></c>', lambda m: f'<c {m.group(1)}t="s"><v>{index(m.group(2))}</v></c>', d.decode("utf-8")).encode("utf-8")
        if n == "[Content_Types].xml":
            return d.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        if n == "xl/_rels/workbook.xml.rels":
            return d.replace(b"</Relationships>", b'<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        return d

    parts = [(i.filename, edit(i.filename, d)) for i, d in parts_of(src)]
    sst = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{MAIN}" count="{len(table)}" uniqueCount="{len(table)}">' + "".join(f"<si><t>{t}</t></si>" for t in table) + "</sst>"
    with zipfile.ZipFile(path(dst), "w", zipfile.ZIP_DEFLATED) as out:
        for n, d in parts:
            out.writestr(n, d)
        out.writestr("xl/sharedStrings.xml", sst)


# --- the plain plan, as openpyxl writes it (inline strings), and as Excel does (shared) ---
wb, ws = base_wb()
save(wb, "base.xlsx")
shared_strings("base.xlsx", "base-sst.xlsx")

# --- F2: a phone number in a date-formatted cell -----------------------------------------
wb, ws = base_wb()
c = wb.create_sheet("Contacts")
c.append(["Name", "Phone"])
c.append(["SEND team", 7700900123])
c["B2"].number_format = "dd/mm/yyyy"
save(wb, "date-phone-other-sheet.xlsx")

wb, ws = base_wb()
ws["J6"] = 7700900123
ws["J6"].number_format = "dd/mm/yyyy"
ws["C7"] = 7700900123  # in the deadline column itself
ws["C7"].number_format = "dd/mm/yyyy"
save(wb, "date-phone-plan.xlsx")

# --- F8: LibreOffice writes an empty custom-properties part ------------------------------
rewrite("base.xlsx", "lo-custom-empty.xlsx",
        lambda n, d: d.replace(b'<Override PartName="/docProps/app.xml"', b'<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/><Override PartName="/docProps/app.xml"') if n == "[Content_Types].xml" else d,
        add={"docProps/custom.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"></Properties>'})


# --- F9: namespace prefixes, as the .NET Open XML SDK writes them ------------------------
def prefixed(n, d):
    if not n.endswith(".xml") or n.startswith("docProps/") or n == "[Content_Types].xml" or "theme" in n:
        return d
    s = d.decode("utf-8")
    if f'xmlns="{MAIN}"' not in s:
        return d
    s = s.replace(f'xmlns="{MAIN}"', f'xmlns:x="{MAIN}"')
    s = re.sub(r"<(/?)([A-Za-z][\w.]*)(?=[\s/>])", r"<\1x:\2", s)
    return s.encode("utf-8")


rewrite("base-sst.xlsx", "ns-prefixed.xlsx", prefixed)

# F9: notes, a table with an absolute target, an image (openpyxl's default-namespace drawing)
wb, ws = base_wb()
ws["E4"].comment = Comment("Checked at the March board", "Programme manager")
save(wb, "comments.xlsx")

wb, ws = base_wb()
t = wb.create_sheet("Contacts")
t.append(["Name", "Phone"])
t.append(["SEND team", "01234 567890"])
t.add_table(Table(displayName="Contacts", ref="A1:B2"))
save(wb, "table.xlsx")

try:
    from openpyxl.drawing.image import Image as XlImage
    from PIL import Image as PilImage

    buf = io.BytesIO()
    PilImage.new("RGB", (8, 8), (200, 30, 30)).save(buf, "PNG")
    buf.seek(0)
    wb, ws = base_wb()
    ws.add_image(XlImage(buf), "H2")
    save(wb, "image.xlsx")
except ImportError:  # PIL is optional for openpyxl; the image case is then left out
    pass


# --- F12: parts in other encodings -------------------------------------------------------
def encoded_strings(encoding, declared, bom=b"", text="Café £500 naïve €"):
    def edit(n, d):
        if n != "xl/sharedStrings.xml":
            return d
        s = d.decode("utf-8").replace("Head of SEND", text)
        s = re.sub(r'<\?xml[^?]*\?>', f'<?xml version="1.0" encoding="{declared}"?>', s)
        if "<?xml" not in s:
            s = f'<?xml version="1.0" encoding="{declared}"?>' + s
        return bom + s.encode(encoding)
    return edit


rewrite("base-sst.xlsx", "strings-utf16.xlsx", encoded_strings("utf-16-le", "UTF-16", b"\xff\xfe"))
rewrite("base-sst.xlsx", "strings-cp1252.xlsx", encoded_strings("cp1252", "windows-1252"))
rewrite("base-sst.xlsx", "strings-latin1.xlsx", encoded_strings("latin-1", "ISO-8859-1", text="Café £500 naïve"))

# --- F11: ISO dates (t="d"), as openpyxl writes them with iso_dates --------------------
wb, ws = base_wb()
wb.iso_dates = True
ws["C4"] = datetime.datetime(2019, 3, 31)
save(wb, "iso-dates.xlsx")

# --- F13: date-times and numbers with more digits than a millisecond --------------------
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Times"
ws.append(["When", "Number"])
ws.append([1, 43830.5000000001])
ws["A2"].number_format = "dd/mm/yyyy hh:mm:ss"
save(wb, "precision.xlsx")
rewrite("precision.xlsx", "precision.xlsx.tmp", lambda n, d: re.sub(rb'(<c r="A2"[^>]*><v>)1(</v>)', rb"\g<1>43555.1234567891\g<2>", d) if n.startswith("xl/worksheets/") else d)
os.replace(path("precision.xlsx.tmp"), path("precision.xlsx"))

# --- F10: rows formatted down to 1,048,576 -----------------------------------------------
wb, ws = base_wb()
ws["E4"].border = Border(left=Side(style="thin"), right=Side(style="thin"))  # a bordered cell format to spread down
save(wb, "inflated-src.xlsx")


def inflate(n, d):
    if n != "xl/worksheets/sheet1.xml":
        return d
    s = d.decode("utf-8")
    style = re.search(r'<c r="E4" s="(\d+)"', s).group(1)
    rows = "".join(f'<row r="{r}" s="{style}" customFormat="1"><c r="E{r}" s="{style}"/></row>' for r in range(16, 1048577))
    s = s.replace("</sheetData>", rows + "</sheetData>")
    return re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:E1048576"/>', s).encode("utf-8")


rewrite("inflated-src.xlsx", "inflated.xlsx", inflate)
os.remove(path("inflated-src.xlsx"))

# --- cell types Excel writes: merges, errors, formulas with cached values, rich text -----
wb, ws = base_wb()
ws.merge_cells("E4:E5")
ws["A17"] = "placeholder-err"
ws["B17"] = "placeholder-f"
ws["C17"] = "placeholder-str"
ws["D17"] = True
save(wb, "cells-inline.xlsx")
shared_strings("cells-inline.xlsx", "cells-src.xlsx")
os.remove(path("cells-inline.xlsx"))


def cells(n, d):
    s = d.decode("utf-8")
    if n == "xl/worksheets/sheet1.xml":
        s = re.sub(r'<c r="A17"[^>]*>.*?</c>', '<c r="A17" t="e"><v>#N/A</v></c>', s)
        s = re.sub(r'<c r="B17"[^>]*>.*?</c>', '<c r="B17"><f>SUM(1,2)</f><v>3</v></c>', s)
        s = re.sub(r'<c r="C17"[^>]*>.*?</c>', '<c r="C17" t="str"><f>"Gr"&amp;"een"</f><v>Green</v></c><c r="F17" t="inlineStr"><is><r><rPr><b/></rPr><t>Amb</t></r><r><t xml:space="preserve">er </t></r></is></c><c r="G17"><f>1/0</f></c>', s)
        s = s.replace("</sheetData>", '<row r="18"><c r="A18" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B18" t="s"><v>RICH</v></c><c r="C18" t="b"><f>TRUE()</f><v>1</v></c></row></sheetData>')
    if n == "xl/sharedStrings.xml":
        count = s.count("<si>")
        s = s.replace("</sst>", '<si><r><rPr><b/></rPr><t>Com</t></r><r><t>plete</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si></sst>')
        s = re.sub(r'count="\d+"', f'count="{count + 1}"', s, count=1)
        s = re.sub(r'uniqueCount="\d+"', f'uniqueCount="{count + 1}"', s, count=1)
        cells.rich_index = count
        return s.encode("utf-8")
    return s.encode("utf-8")


rewrite("cells-src.xlsx", "cells.xlsx.tmp", cells)
rewrite("cells.xlsx.tmp", "cells.xlsx", lambda n, d: d.replace(b"<v>RICH</v>", f"<v>{cells.rich_index}</v>".encode()) if n == "xl/worksheets/sheet1.xml" else d)
os.remove(path("cells-src.xlsx"))
os.remove(path("cells.xlsx.tmp"))

# --- protection: a protected sheet (legacy password) and a protected workbook structure ---
wb, ws = base_wb()
other = wb.create_sheet("Locked")
other["A1"] = "Budget"
other.protection.sheet = True
other.protection.password = "pw"
wb.security = WorkbookProtection(workbookPassword="pw", lockStructure=True)
save(wb, "protected.xlsx")

# --- ownership: our marker names, a user's look-alike sheets, a marker gone to #REF! ------
wb, ws = base_wb()
ours = wb.create_sheet("Summary")
ours["A1"] = "Summary (ours)"
user = wb.create_sheet("WSOA Tracker")
user["A1"] = "Our tracker of WSOA meetings"
wb.defined_names.append(DefinedName("WSOA_Owned_Summary", attr_text="'Summary'!$A$1", hidden=True))
wb.defined_names.append(DefinedName("WSOA_Owned_Settings", attr_text="#REF!$A$1", hidden=True))
save(wb, "owned.xlsx")

# --- fills: ratings shown only as colour (rgb, theme + tint, legacy indexed) -------------
wb, ws = base_wb()
ws["E4"].value = None
ws["E4"].fill = PatternFill("solid", fgColor="FFFF0000")
ws["E5"].value = None
ws["E5"].fill = PatternFill("solid", fgColor=openpyxl.styles.colors.Color(theme=9, tint=0.3999755851924192))
ws["E6"].fill = PatternFill("solid", fgColor=openpyxl.styles.colors.Color(indexed=17))
ws["E7"].fill = PatternFill("lightGray", fgColor="FF00FF00")
ws["G4"].fill = PatternFill("solid", fgColor="FF00B050")  # an empty coloured cell right of the values
save(wb, "fills.xlsx")

# --- F16: a hidden plan sheet ---------------------------------------------------------------
wb, ws = base_wb()
cover = wb.create_sheet("Cover", 0)
cover["A1"] = "Cover page"
ws.sheet_state = "hidden"
save(wb, "hidden-plan.xlsx")

# --- files that are not .xlsx workbooks -----------------------------------------------------
with open(path("text.xlsx"), "w") as f:
    f.write("Ref,Action,Deadline\n1.1,Do it,31/03/2023\n")
with zipfile.ZipFile(path("empty-zip.xlsx"), "w"):
    pass
with zipfile.ZipFile(path("zip-not-xlsx.xlsx"), "w") as z:
    z.writestr("README.txt", "just a zip")
with zipfile.ZipFile(path("ods-renamed.xlsx"), "w") as z:
    z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
    z.writestr("content.xml", '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>')
    z.writestr("META-INF/manifest.xml", "<manifest/>")
with open(path("base.xlsx"), "rb") as f:
    whole = f.read()
with open(path("truncated.xlsx"), "wb") as f:
    f.write(whole[: len(whole) // 2])


def cfb(streams):
    """A minimal compound file (v3, 512-byte sectors), as Excel uses for .xls and encrypted .xlsx.
    Streams are padded to 4,096 bytes so that none needs the mini stream."""
    sector = 512
    data = [s.ljust(max(4096, len(s)), b"\0") for _, s in streams]
    data_sectors = [len(d) // sector + (len(d) % sector > 0) for d in data]
    total = 2 + sum(data_sectors)  # FAT, directory, streams
    fat = [0xFFFFFFFD, 0xFFFFFFFE]  # sector 0 is the FAT, sector 1 the directory
    starts = []
    nxt = 2
    for n in data_sectors:
        starts.append(nxt)
        fat += [nxt + i + 1 for i in range(n - 1)] + [0xFFFFFFFE]
        nxt += n
    fat += [0xFFFFFFFF] * (128 - len(fat))

    def entry(name, kind, start, size, child=0xFFFFFFFF, right=0xFFFFFFFF):
        n = (name + "\0").encode("utf-16-le")
        return (n.ljust(64, b"\0") + struct.pack("<HBB", len(n), kind, 1) + struct.pack("<III", 0xFFFFFFFF, right, child)
                + b"\0" * 16 + b"\0" * 4 + b"\0" * 16 + struct.pack("<IIi", start, size, 0))

    dirs = [entry("Root Entry", 5, 0xFFFFFFFE, 0, child=1)]
    for i, (name, s) in enumerate(streams):
        dirs.append(entry(name, 2, starts[i], len(data[i]), right=(i + 2) if i + 1 < len(streams) else 0xFFFFFFFF))
    directory = b"".join(dirs).ljust(sector, b"\0")
    header = (bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIII", 0, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE) + struct.pack("<I", 0)
              + struct.pack("<I", 0xFFFFFFFF) * 0)
    header = header.ljust(76, b"\0")[:76] + struct.pack("<I", 0) + struct.pack("<I", 0xFFFFFFFF) * 108
    assert total > 0
    return header + struct.pack("<128I", *fat) + directory + b"".join(d.ljust(n * sector, b"\0") for d, n in zip(data, data_sectors))


with open(path("encrypted.xlsx"), "wb") as f:
    f.write(cfb([("EncryptionInfo", b"\x04\x00\x04\x00\x40\x00\x00\x00"), ("EncryptedPackage", os.urandom(5000))]))
with open(path("old.xls"), "wb") as f:
    f.write(cfb([("Workbook", b"\x09\x08\x10\x00\x00\x06\x05\x00")]))

print("corpus built in", OUT)
