#!/usr/bin/env bash
# Renders the demo city's report and the cohort ranking to HTML, then to PNG with headless Chromium
# (Debian's `chromium` package; installed when missing), so anyone can look at them; the PDFs are
# smartscore's own (`report --out x.pdf` prints through the same Chromium). The city's Word document
# (palu.docx) is converted to PDF by LibreOffice headless and its pages rendered to PNG (pdftoppm), to
# look at what a city's team sees when it opens the document:
#   scripts/render-reports.sh [BINARY] [OUT_DIR]
set -euo pipefail
bin=${1:-.build/release/smartscore}
out=${2:-out/reports}
mkdir -p "$out"
if ! command -v chromium >/dev/null 2>&1; then
  sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi
data=datasets/demo/demo_cohort.csv
"$bin" report --data "$data" --city "Kota Palu" --out "$out/palu.html"
"$bin" report --data "$data" --city "Kota Palu" --lang en --out "$out/palu-en.html"
"$bin" report --data "$data" --all --out "$out/ranking.html"
for name in palu palu-en ranking; do
  # A tall window shows the whole page; --virtual-time-budget lets the inline script run.
  chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,7000 \
    --virtual-time-budget=2000 --screenshot="$out/$name.png" "file://$PWD/$out/$name.html" 2>/dev/null
  echo "$out/$name.png"
done
"$bin" report --data "$data" --city "Kota Palu" --out "$out/palu.pdf"
"$bin" report --data "$data" --all --out "$out/ranking.pdf"
# Every printed A4 page as a picture, to look at page breaks (the summary's page, the overview's page).
for name in palu ranking; do
  mkdir -p "$out/$name-pages"
  pdftoppm -r 60 -png "$out/$name.pdf" "$out/$name-pages/page"
done
echo "$out/palu.pdf $out/ranking.pdf $out/palu-pages/page-*.png $out/ranking-pages/page-*.png"

# The Word document, as LibreOffice shows it (scripts/install-deps.sh installs Writer and poppler-utils).
"$bin" report --data "$data" --city "Kota Palu" --out "$out/palu.docx"
docx_dir="$out/palu-docx"
mkdir -p "$docx_dir"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
timeout 300 soffice "-env:UserInstallation=file://$profile" --headless --convert-to pdf --outdir "$docx_dir" "$out/palu.docx" >/dev/null 2>&1
pdftoppm -r 80 -png "$docx_dir/palu.pdf" "$docx_dir/page"
echo "$out/palu.docx $docx_dir/palu.pdf $docx_dir/page-*.png"
