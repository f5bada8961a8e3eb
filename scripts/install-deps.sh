#!/usr/bin/env bash
# Installs the system packages smartscore builds against, only when some are missing:
# OpenBLAS (cblas.h), LAPACKE (lapacke.h), pkg-config (to find them) and SQLite (for GRDB);
# libxlsxwriter (xlsxwriter.h) to write collection templates; and for the workbook tests (issue 18)
# LibreOffice Calc without a GUI (writes and opens workbooks headless) and openpyxl (writes workbooks, and
# reads a template's validation and protection back); for the Word report (issue 19) librsvg's
# rsvg-convert (draws the charts as PNG), LibreOffice Writer without a GUI and poppler-utils (the tests
# open the .docx, print it to PDF and read its text back); Debian's chromium (headless) prints
# `report --format pdf`, and the tests print the reports to check their pages (summary on one page).
set -euo pipefail
packages=(libopenblas-dev liblapacke-dev pkg-config libsqlite3-dev)
packages+=(libxlsxwriter-dev libreoffice-calc-nogui python3-openpyxl)
packages+=(librsvg2-bin libreoffice-writer-nogui poppler-utils fonts-liberation chromium fonts-dejavu-core)
# The numpy peers of `make bench-peers` (benchmarks/peers), and the test that keeps the rank peer honest.
packages+=(python3-numpy)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "installing: ${missing[*]}" >&2
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
