#!/usr/bin/env bash
# Check apply's output as a reader that is not ours sees it: LibreOffice renders each workbook
# to PDF and PNG (look at them: rating cells must show their RAG fills, the summary must fit one
# page wide) and openpyxl lists the conditional formats, validations and page setup.
# Usage: scripts/check-with-libreoffice.sh [OUT_DIR]   (default out/libreoffice). Not run in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-out/libreoffice}"
mkdir -p "$OUT"

if ! command -v soffice >/dev/null || ! command -v pdftoppm >/dev/null || ! /usr/bin/python3 -c "import openpyxl" 2>/dev/null; then
  echo "Installing LibreOffice, poppler and openpyxl (about 770 MB)…"
  apt-get install -y libreoffice-calc poppler-utils python3-openpyxl >/dev/null
fi

# The "today" of a board meeting in each example plan's life (as in scripts/demo.ts).
declare -A TODAY=([hounslow-2022]=2023-03-31 [thurrock-2019]=2019-10-31 [peterborough-2019]=2019-12-31)

shopt -s nullglob
for input in examples/*.xlsx; do
  name="$(basename "$input" .xlsx)"
  out="$OUT/$name.xlsx"
  echo "== $name"
  npm run -s wsoa -- apply "$input" -o "$out" --today "${TODAY[$name]:-2024-03-31}" || test $? -eq 1
  soffice -env:UserInstallation=file:///tmp/lo --headless --convert-to pdf --outdir "$OUT" "$out" >/dev/null 2>&1
  rm -f "$OUT/$name"-page-*.png
  pdftoppm -r 70 -png "$OUT/$name.pdf" "$OUT/$name-page"
  echo "   pages: $(ls "$OUT/$name"-page-*.png | wc -l) PNG(s) in $OUT"
  /usr/bin/python3 - "$out" <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print("   sheets:", [(ws.title, ws.sheet_state) for ws in wb.worksheets])
dn = wb.defined_names
pairs = [(d.name, d.attr_text) for d in dn.definedName] if hasattr(dn, "definedName") else [(n, d.attr_text) for n, d in dn.items()]
print("   names:", dict(pairs))
for ws in wb.worksheets:
    for rng in ws.conditional_formatting:
        for rule in rng.rules:
            fill = rule.dxf.fill.bgColor.rgb if rule.dxf and rule.dxf.fill else None
            print(f"   {ws.title}: cf {rng.sqref} {rule.type} fill={fill} {rule.formula[0][:70]}…")
    for dv in ws.data_validations.dataValidation:
        print(f"   {ws.title}: validation {dv.sqref} {dv.type} {dv.formula1} errorStyle={dv.errorStyle}")
    if ws.sheet_state == "visible" and (ws.print_title_rows or ws.page_setup.orientation == "landscape"):
        ps = ws.page_setup
        print(f"   {ws.title}: page {ps.orientation} paper={ps.paperSize} fitToPage={ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None} "
              f"fitToWidth={ps.fitToWidth} fitToHeight={ps.fitToHeight} titles={ws.print_title_rows} footer={ws.oddFooter.left.text!r}/{ws.oddFooter.right.text!r}")
PY
done
echo "Look at the PNGs in $OUT."
