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
# zlib (zlib.h, libz): the dashboard's gzip answers (server/, compress-nio links the system's zlib).
packages+=(zlib1g-dev)
packages+=(libxlsxwriter-dev libreoffice-calc-nogui python3-openpyxl)
packages+=(librsvg2-bin libreoffice-writer-nogui poppler-utils fonts-liberation chromium fonts-dejavu-core)
# The numpy peers of `make bench-peers` (benchmarks/peers), and the test that keeps the rank peer honest.
packages+=(python3-numpy)
# The dashboard (issue 21): its browser tests drive Chromium through chromium-driver (selenium, below), and
# `make bench-serve` loads it with wrk.
packages+=(chromium-driver wrk curl python3-pip)
# The dashboard's Python test tools from PyPI, pinned: selenium (the browser tests) and schemathesis (the
# OpenAPI conformance run). pip refuses Debian's own Python without --break-system-packages.
pip_packages=(selenium==4.51.0 schemathesis==4.32.5)
install_pip() {
  local missing_pip=()
  for p in "${pip_packages[@]}"; do
    python3 -m pip show -q "${p%%==*}" >/dev/null 2>&1 && [ "$(python3 -m pip show "${p%%==*}" 2>/dev/null | sed -n 's/^Version: //p')" = "${p##*==}" ] \
      || missing_pip+=("$p")
  done
  [ ${#missing_pip[@]} -eq 0 ] && return 0
  echo "installing from PyPI: ${missing_pip[*]}" >&2
  python3 -m pip install -q "${missing_pip[@]}" 2>/dev/null || python3 -m pip install -q --break-system-packages "${missing_pip[@]}"
}
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  install_pip
  exit 0
fi
echo "installing: ${missing[*]}" >&2
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
install_pip
