#!/usr/bin/env bash
# Renders the demo city's report and the cohort ranking to HTML, then to PNG with headless Chromium
# (Debian's `chromium` package; installed when missing), so anyone can look at them:
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
  chromium --headless=new --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$out/$name.pdf" "file://$PWD/$out/$name.html" 2>/dev/null
  echo "$out/$name.png $out/$name.pdf"
done
