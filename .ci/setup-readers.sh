#!/usr/bin/env bash
# Tools the file tests call outside Node: openpyxl (Debian's python3-openpyxl, for /usr/bin/python3)
# builds the reader's corpus and, with LibreOffice (soffice), opens every workbook we write as
# readers that are not ours. Installed when missing; the tests fail, not skip, without them.
set -euo pipefail
need=()
[ -x /usr/bin/python3 ] || need+=(python3)
/usr/bin/python3 -c "import openpyxl" 2>/dev/null || need+=(python3-openpyxl)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc)
if ((${#need[@]})); then
  sudo_=""
  [ "$(id -u)" -ne 0 ] && sudo_="sudo"
  $sudo_ apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq "${need[@]}"
fi
