#!/usr/bin/env bash
# The independent readers the file tests open every written workbook with: openpyxl (Debian's
# python3-openpyxl, for /usr/bin/python3) and LibreOffice (soffice). Installed when missing;
# the tests fail, not skip, without them.
set -euo pipefail
need=()
/usr/bin/python3 -c "import openpyxl" 2>/dev/null || need+=(python3-openpyxl)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc)
if ((${#need[@]})); then
  sudo_=""
  [ "$(id -u)" -ne 0 ] && sudo_="sudo"
  $sudo_ apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
