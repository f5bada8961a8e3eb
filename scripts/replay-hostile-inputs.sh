#!/usr/bin/env bash
# Replays, against a built binary, every hostile input the red-team pass of issue 15 found: each must end
# in a clear error (exit 1, a message on stderr) or a correct result, within seconds, and a refused import
# must leave the store exactly as it was. The unit and CLI tests cover each class in depth; this script is
# the end-to-end check that the classes stay closed together, as a user meets them.
#
#   scripts/replay-hostile-inputs.sh [path/to/smartscore]      (default: .build/debug/smartscore)
set -uo pipefail
bin=$(realpath "${1:-.build/debug/smartscore}")
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export SMARTSCORE_INDICATORS="$root/indicators" SMARTSCORE_DATASETS="$root/datasets" SMARTSCORE_LANG=en
unset SMARTSCORE_DB
db="$work/store.sqlite"
failures=0
cases=0

header='city_code,city_name,year,indicator,value,province,type,source'
row() { printf '%s,%s,2021,%s,%s,%s,%s,%s\n' "$@"; }
good_file() {  # a valid three-row file
  { echo "$header"
    row 72.71 'Kota Palu' '37120:5.1' 10.5 'Sulawesi Tengah' kota 'BPS 2021'
    row 72.71 'Kota Palu' '37120:5.2' 30.25 'Sulawesi Tengah' kota 'BPS 2021'
    row 34.71 'Kota Yogyakarta' '37120:5.1' 12 'DI Yogyakarta' kota 'BPS 2021'; } > "$1"
}

# What the store holds, as the tool itself reports it: dataset list and every dataset's export.
state() {
  "$bin" datasets list --db "$db" --format json 2>/dev/null | sed 's/"created_at"[^,}]*//g'
  for name in $("$bin" datasets list --db "$db" --format json 2>/dev/null | grep -o '"name" *: *"[^"]*"' | sed 's/.*"\([^"]*\)"$/\1/'); do
    "$bin" datasets export "$name" --db "$db" 2>/dev/null
  done
}

out=""; err=""; status=0
run() {  # run CMD… with a 20 s limit; sets out, err, status
  timeout 20 "$@" >"$work/out" 2>"$work/err" </dev/null; status=$?
  out=$(cat "$work/out"); err=$(cat "$work/err")
}
pass() { cases=$((cases + 1)); echo "ok    $1"; }
fail() { cases=$((cases + 1)); failures=$((failures + 1)); echo "FAIL  $1: $2"; echo "      exit $status; stderr: ${err:0:400}"; }
# The case passed when the command was refused (exit 1 with a message) and the store did not change.
expect_refused() {
  local name=$1; shift
  local before; before=$(state)
  run "$@"
  if [ $status -ne 1 ]; then fail "$name" "expected exit 1"; return; fi
  if [ -z "$err" ]; then fail "$name" "no message"; return; fi
  if [ "$(state)" != "$before" ]; then fail "$name" "the store changed"; return; fi
  if grep -q $'\x1b' "$work/err"; then fail "$name" "an ESC byte reached the terminal"; return; fi
  pass "$name"
}
# A refused flag: exit 2 (a usage error, as documented), a message naming the flag, the store unchanged.
expect_usage() {
  local name=$1 flag=$2; shift 2
  local before; before=$(state)
  run "$@"
  if [ $status -ne 2 ] && [ $status -ne 1 ]; then fail "$name" "expected exit 2 (usage) or 1"; return; fi
  if ! grep -qF -- "$flag" "$work/err"; then fail "$name" "the message does not name $flag"; return; fi
  if [ "$(state)" != "$before" ]; then fail "$name" "the store changed"; return; fi
  pass "$name"
}
expect_ok() {
  local name=$1; shift
  run "$@"
  if [ $status -ne 0 ]; then fail "$name" "expected exit 0"; return 1; fi
  pass "$name"
}
contains() { grep -qF -- "$2" "$work/$1"; }

good_file good.csv
expect_ok "a valid file imports" "$bin" import good.csv --db "$db" --dataset base

# ---- silently accepted, stored wrong ----
{ echo "$header"; printf '72.71,Kota Palu,2021,37120:5.1,10.5,Sulawesi Tengah,kota,Dinas Kesehatan \xe2\x80\x94 catatan caf\xe9\n'; } > latin1.csv
run "$bin" import latin1.csv --db "$db" --dataset latin1
if [ $status -eq 0 ] && "$bin" datasets export latin1 --db "$db" | grep -q $'\xef\xbf\xbd'; then
  fail "invalid UTF-8 / Windows-1252" "a replacement character was stored"
elif [ $status -ne 0 ] && [ $status -ne 1 ]; then fail "invalid UTF-8 / Windows-1252" "crashed"; else pass "invalid UTF-8 / Windows-1252"; fi
{ echo "$header"; printf '72.71,Kota Palu,2021,37120:5.1,10.5,Sulawesi Tengah,kota,Dinas Pariwisata \x96 caf\xe9\n'; } > cp1252.csv
run "$bin" import cp1252.csv --db "$db" --dataset cp1252
if [ $status -eq 0 ]; then
  if "$bin" datasets export cp1252 --db "$db" | grep -q 'Dinas Pariwisata – café'; then pass "Windows-1252 read as such"; else fail "Windows-1252 read as such" "stored text differs"; fi
elif [ $status -eq 1 ] && grep -qi '1252\|latin' "$work/err"; then pass "Windows-1252 refused by name"; else fail "Windows-1252" "neither read nor named"; fi
good_file utf8.csv; iconv -f UTF-8 -t UTF-16 utf8.csv > utf16.csv
run "$bin" import utf16.csv --db "$db" --dataset utf16
if [ $status -eq 0 ] && [ "$("$bin" datasets export utf16 --db "$db" | wc -l)" -eq 4 ]; then pass "UTF-16 read"
elif [ $status -eq 1 ] && grep -q 'UTF-16' "$work/err"; then pass "UTF-16 named"; else fail "UTF-16" "neither read nor named"; fi
{ echo "$header"; printf '72.71,Kota Palu,2021,37120:5.1,4.19\x00,Sulawesi Tengah,kota,BPS\n'; } > nul-value.csv
expect_refused "NUL inside a value" "$bin" import nul-value.csv --db "$db" --dataset base
contains err '4.19' || fail "NUL inside a value" "the cell is not shown"
{ echo "$header"; printf '72.71,Kota Palu,2021,37120:5.3,4.19,Sulawesi Tengah,kota,BPS\x00hidden\n'; } > nul-source.csv
run "$bin" import nul-source.csv --db "$db" --dataset nulsource
if [ $status -eq 0 ] && ! "$bin" datasets export nulsource --db "$db" | grep -q 'hidden'; then fail "NUL inside a source" "stored truncated"
elif [ $status -gt 1 ]; then fail "NUL inside a source" "crashed"; else pass "NUL inside a source"; fi
{ echo "$header"; printf '72.71\xe2\x80\x8b,Kota Palu,2021,37120:5.1,10.5,Sulawesi Tengah,kota,BPS 2021\n'; } > zwsp.csv
run "$bin" import zwsp.csv --db "$db" --dataset base
if [ $status -eq 0 ] && [ "$("$bin" datasets export base --db "$db" | cut -d, -f1 | sort -u | wc -l)" -ne 3 ]; then
  fail "zero-width space in a code" "a second city was created"
elif [ $status -gt 1 ]; then fail "zero-width space in a code" "crashed"; else pass "zero-width space in a code"; fi
{ printf '\xef\xbb\xbf\xef\xbb\xbf'; good_file /dev/stdout; } > double-bom.csv
run "$bin" import double-bom.csv --db "$db" --dataset doublebom
if [ $status -eq 1 ] && grep -q 'missing' "$work/err"; then fail "double BOM" "reported as a missing column"
elif [ $status -gt 1 ]; then fail "double BOM" "crashed"; else pass "double BOM"; fi
{ echo "$header,37120:5.3"; row 72.71 'Kota Palu' '37120:5.1' 10.5 'Sulawesi Tengah' kota 'BPS' | sed 's/$/,7.5/'; } > extra-column.csv
expect_refused "an extra column in a long file" "$bin" import extra-column.csv --db "$db" --dataset extra
sed 's/,source$/,sourse/' good.csv > misspelt.csv
expect_refused "a misspelt optional column" "$bin" import misspelt.csv --db "$db" --dataset misspelt
contains err 'source' || fail "a misspelt optional column" "no suggestion of 'source'"
echo "$header" > header-only.csv
expect_refused "a header-only file" "$bin" import header-only.csv --db "$db" --dataset empty
{ echo "$header"; row 72.71 'Kota Palu' '37120:5.1' abc 'Sulawesi Tengah' kota BPS; } > all-bad.csv
expect_refused "--lenient with every row refused" "$bin" import all-bad.csv --lenient --db "$db" --dataset empty
{ echo "$header"; row 72.71 'Kota Palu' '37120:5.1' 10.5 'Sulawesi Tengah' desa BPS; } > bad-type.csv
expect_refused "a type other than kota/kabupaten" "$bin" import bad-type.csv --db "$db" --dataset badtype
{ echo "$header"; row 72.71 'Kota Palu' '37120:5.1' 10.5 'Jawa Barat' kota BPS; } > bad-province.csv
expect_refused "a province contradicting the region list" "$bin" import bad-province.csv --db "$db" --dataset badprovince
digits=$(printf '9%.0s' $(seq 1 420))
{ echo "$header"; row 72.71 'Kota Palu' '37120:5.1' "$digits" 'Sulawesi Tengah' kota BPS; } > digits.csv
expect_refused "a 420-digit number" "$bin" import digits.csv --db "$db" --dataset digits
if contains err 'inf '; then fail "a 420-digit number" "reported as inf"; fi
{ echo "$header"; row 72.71 'Kota Palu' '37120:5.1' 99 'Sulawesi Tengah' kota BPS; } > conflict.csv
expect_refused "--dry-run of a conflicting file" "$bin" import conflict.csv --dry-run --db "$db" --dataset base

# ---- hangs and blow-ups ----
bomb() {  # a billion-laughs weights file; every alias follows $1 (a tab or a space)
  local s=$1
  printf 'a: &a [x,x,x,x,x,x,x,x,x]\n'
  local prev=a
  for level in b c d e f g h; do
    printf '%s: &%s [%s*%s,%s*%s,%s*%s,%s*%s,%s*%s,%s*%s,%s*%s,%s*%s,%s*%s]\n' $level $level \
      "$s" $prev "$s" $prev "$s" $prev "$s" $prev "$s" $prev "$s" $prev "$s" $prev "$s" $prev "$s" $prev
    prev=$level
  done
  printf 'i: {? %s*h : 1}\n' "$s"
}
bomb $'\t' > bomb-tab.yaml
expect_refused "a YAML alias bomb after a tab" "$bin" rank --data good.csv --weights bomb-tab.yaml
bomb ' ' | tr '\n' '\r' > bomb-cr.yaml
expect_refused "a YAML alias bomb with CR line ends" "$bin" rank --data good.csv --weights bomb-cr.yaml
mkfifo fifo.csv
expect_refused "a FIFO as input" "$bin" import fifo.csv --db "$db" --dataset fifo
mkfifo fifo.sqlite
expect_refused "a FIFO as --db" "$bin" rank --db fifo.sqlite --dataset base
run bash -c "cat good.csv | '$bin' import /dev/stdin --db '$db' --dataset piped"
if [ $status -eq 0 ] && [ "$("$bin" datasets export piped --db "$db" | wc -l)" -eq 4 ]; then pass "/dev/stdin on a pipe"
elif [ $status -eq 1 ] && ! grep -q 'empty' "$work/err"; then pass "/dev/stdin on a pipe refused clearly"; else fail "/dev/stdin on a pipe" "not read"; fi
long_city=$(head -c 30000 /dev/zero | tr '\0' 'x')
start=$(date +%s)
expect_usage "a 30,000-character --city" --city "$bin" evaluate --data good.csv --city "$long_city"
[ $(( $(date +%s) - start )) -le 2 ] || fail "a 30,000-character --city" "took more than 2 s"
[ ${#err} -lt 2000 ] || fail "a 30,000-character --city" "the argument was echoed whole"

# ---- the store ----
good_file race-a.csv; sed 's/10.5/11.5/; s/30.25/31.25/; s/,12,/,13,/' good.csv > race-b.csv
"$bin" import race-a.csv --db "$db" --dataset race-a >/dev/null 2>"$work/race-a.err" & pa=$!
"$bin" import race-b.csv --db "$db" --dataset race-b >/dev/null 2>"$work/race-b.err" & pb=$!
wait $pa; sa=$?; wait $pb; sb=$?
status=$sb; err=$(cat "$work/race-a.err" "$work/race-b.err")
if [ $sa -eq 0 ] && [ $sb -eq 0 ]; then pass "two imports at once"; else fail "two imports at once" "exit $sa and $sb"; fi
python3 - "$work/foreign.sqlite" <<'EOF' 2>/dev/null || sqlite3 "$work/foreign.sqlite" 'CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY); INSERT INTO grdb_migrations VALUES ("createPlayers"); CREATE TABLE player (id INTEGER PRIMARY KEY, name TEXT);'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.executescript("CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY); INSERT INTO grdb_migrations VALUES ('createPlayers'); CREATE TABLE player (id INTEGER PRIMARY KEY, name TEXT);")
c.commit()
EOF
if [ -f foreign.sqlite ]; then
  before=$(sha256sum foreign.sqlite)
  run "$bin" import good.csv --db foreign.sqlite --dataset x
  if [ $status -ne 1 ] || [ "$(sha256sum foreign.sqlite)" != "$before" ] || [ -e foreign.sqlite-wal ]; then
    fail "another GRDB application's database as --db" "not refused before writing"
  else pass "another GRDB application's database as --db"; fi
fi
cp "$db" damaged.sqlite; "$bin" datasets list --db damaged.sqlite >/dev/null 2>&1
size=$(stat -c %s damaged.sqlite)
dd if=/dev/urandom of=damaged.sqlite bs=1 seek=$((size / 2)) count=2048 conv=notrunc 2>/dev/null
run "$bin" rank --db damaged.sqlite --dataset base
if [ $status -eq 0 ] || [ $status -eq 1 ]; then pass "reading a damaged store"; else fail "reading a damaged store" "exit $status"; fi
run "$bin" import race-a.csv --db damaged.sqlite --dataset more
if [ $status -eq 1 ]; then pass "importing into a damaged store"; else fail "importing into a damaged store" "not refused"; fi
{ echo "$header"; row 99.01 'Kota Lama' '37120:5.1' 1 '' kota BPS; } > old-name.csv
{ echo "$header"; row 99.01 'Kota Baru' '37120:5.1' 1 '' kota BPS; } > new-name.csv
run "$bin" import old-name.csv --db "$db" --dataset renamed
run "$bin" datasets delete renamed --db "$db"
expect_ok "a deleted dataset's city name does not block" "$bin" import new-name.csv --db "$db" --dataset renamed

# ---- unsafe output ----
{ echo "$header"
  for indicator in 37120:5.1 37120:5.2; do
    row 99.01 '"=HYPERLINK(""http://x"")"' $indicator 10.5 '"""><img src=x onerror=alert(1)>"' kota BPS
    row 99.02 '@SUM(A1)' $indicator 12 '<script>alert(1)</script>' kabupaten BPS
    row 99.03 '"Kota | *Tiga* [x](y)"' $indicator 14 '-2+3' kota BPS
  done; } > hostile.csv
run bash -c "'$bin' rank --data hostile.csv --format md && '$bin' evaluate --data hostile.csv --city 99.01 --format md && '$bin' evaluate --data hostile.csv --city 99.02 --format md"
if [ $status -eq 0 ] && ! contains out '<img' && ! contains out '<script' && ! contains out '| *Tiga*'; then pass "Markdown escapes user strings"; else fail "Markdown escapes user strings" "raw <img in Markdown"; fi
run "$bin" rank --data hostile.csv --format csv
if [ $status -eq 0 ] && ! grep -qE '(^|,)"?[=@+-][A-Za-z(]' "$work/out"; then pass "CSV neutralises formulas"; else fail "CSV neutralises formulas" "a formula cell"; fi
run "$bin" rank --data hostile.csv
if [ $status -eq 0 ] && contains out 'Kota | *Tiga*'; then pass "table output shows names as written"; else fail "table output shows names as written" "name altered or run failed"; fi
sed $'s/@SUM(A1)/@SUM(A1)\x1b]0;pwned\x07\x1b[2J/' hostile.csv > escape.csv
grep -q $'\x1b' escape.csv || fail "terminal escapes in cells" "the test file was not made"
expect_refused "terminal escapes in cells" "$bin" rank --data escape.csv
run "$bin" evaluate --data hostile.csv --city $'99.99\e[2J'
if [ $status -eq 1 ] && ! grep -q $'\x1b' "$work/out" "$work/err"; then pass "no terminal escapes in errors"; else fail "no terminal escapes in errors" "ESC echoed"; fi
touch private.md; chmod 600 private.md
run "$bin" rank --data good.csv --format md --out private.md
if [ "$(stat -c %a private.md)" = 600 ]; then pass "--out keeps the file's mode"; else fail "--out keeps the file's mode" "mode $(stat -c %a private.md)"; fi
good_file closed.csv; sed -i 's/10.5/10.75/' closed.csv
run bash -c "'$bin' import closed.csv --db '$db' --dataset closed >&-"
if [ $status -eq 0 ] && "$bin" datasets list --db "$db" | grep -q closed; then pass "import with stdout closed"; else fail "import with stdout closed" "not reported as committed"; fi

# ---- flags ----
expect_usage "--samples -1" --samples "$bin" sensitivity --data good.csv --samples -1
if contains err 'Missing value'; then fail "--samples -1" "says 'Missing value'"; fi
expect_usage "--uncertainty 1e12" --uncertainty "$bin" rank --data good.csv --uncertainty 1e12
expect_usage "--dataset ''" --dataset "$bin" import good.csv --db "$db" --dataset ''
expect_usage "--db ''" --db "$bin" import good.csv --db '' --dataset x
expect_usage "--inputs ''" --inputs "$bin" sensitivity --data good.csv --inputs ''
sed 's/- \[1,    3,     2,    1,     1,      2\]      # governance/- [1,    12,    2,    1,     1,      2]      # governance/' "$root/datasets/examples/ahp.yaml" > ahp.yaml
grep -q '12, ' ahp.yaml || fail "an AHP judgement above 9" "the test file was not made"
expect_refused "an AHP judgement above 9" "$bin" rank --data good.csv --weights ahp:ahp.yaml --allow-inconsistent
run "$bin" sensitivity --lang id --data good.csv --samples -1
if [ $status -ge 1 ] && ! contains err 'Missing value' && ! contains err 'error:' && grep -qi kesalahan "$work/err"; then pass "--lang id speaks Indonesian"; else fail "--lang id speaks Indonesian" "English message"; fi

# ---- the second pass, over the merged work ----
run "$bin" import good.csv --db a --dataset one
if [ $status -eq 0 ]; then pass "a one-character --db"; else fail "a one-character --db" "not imported"; fi
cp good.csv input.csv; before_input=$(sha256sum input.csv)
expect_refused "--out naming the --data file" "$bin" rank --data input.csv --format csv --out input.csv
[ "$(sha256sum input.csv)" = "$before_input" ] || fail "--out naming the --data file" "the input was replaced"
expect_refused "--out naming the store" "$bin" datasets export base --db "$db" --out "$db"
printf '%s\n' "$header" "99.06,$(printf 'Kota \xe2\x80\xaeabaB'),2021,37120:5.1,1,,kota,BPS" > bidi.csv
expect_refused "a bidi override in a name" "$bin" import bidi.csv --db "$db" --dataset bidi
expect_refused "an escape sequence in a dataset name" "$bin" import good.csv --db "$db" --dataset $'a\e[2Jb'

# ---- issue 16: quick wins, budgets and criteria sheets ----
demo="$root/datasets/demo/demo_cohort.csv"
expect_usage "an ambiguous budget (2.000)" --budget "$bin" quickwins --data "$demo" --city "Kota Palu" --budget 2.000
expect_usage "a budget of 1e300" --budget "$bin" quickwins --data "$demo" --city "Kota Palu" --budget 1e300
expect_usage "--budget with --all" --budget "$bin" quickwins --data "$demo" --all --budget "Rp 2 miliar"
mkfifo sheet.yaml
expect_refused "a criteria sheet that is a FIFO" "$bin" quickwins --data "$demo" --city "Kota Palu" --criteria sheet.yaml
printf 'quick_wins:\n  - programme: gov-lapor-complaints\n    scores: {formulation: 5}\n' > bad-sheet.yaml
expect_refused "a criteria sheet with a score of 5" "$bin" quickwins --data "$demo" --city "Kota Palu" --criteria bad-sheet.yaml
expect_refused "another city's criteria sheet" "$bin" quickwins --data "$demo" --city "Kota Jambi" --criteria "$root/datasets/examples/quickwin_criteria.yaml"
printf 'version: 1\nsource: x\nprogrammes:\n  - id: "gov-\\e[2J"\n' > esc-programmes.yaml
expect_refused "an escape sequence in a programme file" "$bin" quickwins --data "$demo" --city "Kota Palu" --programmes esc-programmes.yaml
if expect_ok "quick wins on each dimension for Kota Palu" "$bin" quickwins --data "$demo" --city "Kota Palu" --format md --lang id; then
  for word in "Tata Kelola Cerdas:" "Branding Cerdas:" "Ekonomi Cerdas:" "Kehidupan Cerdas:" "Masyarakat Cerdas:" "Lingkungan Cerdas:"; do
    contains out "$word" || fail "quick wins on each dimension for Kota Palu" "no line for $word"
  done
  if grep -qE '\b(gov|brand|eco|liv|soc|env)-[a-z0-9-]+' "$work/out"; then fail "no programme id for people" "an id in Markdown"; fi
fi

# ---- assessment: the ministry's evaluation (sheets, surveys, published tables) ----
sheet="$root/datasets/examples/assessment/kab_malang_2023.csv"
table23="$root/datasets/evaluation/kominfo_evaluation_2023.csv"
score_args=(--edition 2023 --group kppn_ikn --region 35.07)
sed '3s/,3,$/,4.5,/' "$sheet" > sheet-scale.csv
grep -q '^A1-1.2.1,.*,4.5,$' sheet-scale.csv || fail "a sheet score of 4.5" "the test file was not made"
expect_refused "a sheet score of 4.5" "$bin" assessment score sheet-scale.csv "${score_args[@]}"
contains err 'sheet-scale.csv:3:5:' || fail "a sheet score of 4.5" "the cell is not located"
sed '4s/^A1-1.3.1,/A1-1.3.9,/' "$sheet" > sheet-unknown.csv
expect_refused "an unknown question id in a sheet" "$bin" assessment score sheet-unknown.csv "${score_args[@]}"
{ contains err 'sheet-unknown.csv:4:1:' && contains err 'did you mean A1-1.3.1'; } || fail "an unknown question id in a sheet" "no cell or no suggestion"
mkfifo sheet-fifo.csv
expect_refused "a FIFO as an assessment sheet" "$bin" assessment score sheet-fifo.csv "${score_args[@]}"
sed $'2s/Catatan penilai/Catatan \x1b]0;pwned\x07\x1b[2J penilai/' "$sheet" > sheet-escape.csv
grep -q $'\x1b' sheet-escape.csv || fail "terminal escapes in a sheet's evidence" "the test file was not made"
expect_refused "terminal escapes in a sheet's evidence" "$bin" assessment score sheet-escape.csv "${score_args[@]}"
contains err 'sheet-escape.csv:2:6:' || fail "terminal escapes in a sheet's evidence" "the cell is not located"
sed '2s/Catatan penilai/Catatan \x00\x08 penilai/' "$sheet" > sheet-nul.csv
tr -d '\000' < sheet-nul.csv | cmp -s - sheet-nul.csv && fail "NUL and backspace in a sheet's evidence" "the test file was not made"
expect_refused "NUL and backspace in a sheet's evidence" "$bin" assessment report sheet-nul.csv "${score_args[@]}" --format md
contains err 'sheet-nul.csv:2:6:' || fail "NUL and backspace in a sheet's evidence" "the cell is not located"
sed '3s/,KAB\. BANDUNG,/,<script>alert(1)<\/script>,/' "$table23" > table-script.csv
grep -q '<script>' table-script.csv || fail "<script> in a published region name" "the test file was not made"
run "$bin" assessment rank table-script.csv --edition 2023 --format md
if [ $status -eq 0 ] && ! contains out '<script' && contains out '&lt;script&gt;'; then pass "<script> in a published region name (Markdown escapes it)"
elif [ $status -eq 1 ] && [ -n "$err" ]; then pass "<script> in a published region name (refused)"
else fail "<script> in a published region name" "raw <script> in Markdown, or a crash"; fi
run "$bin" assessment report "$sheet" --edition 2023 --region 35.07 --cohort table-script.csv --format md
if [ $status -le 1 ] && ! contains out '<script'; then pass "<script> in a cohort region name, report Markdown"; else fail "<script> in a cohort region name, report Markdown" "raw <script> or a crash"; fi
sed '3s/,32\.04,/,12.1,/' "$table23" > table-121.csv
expect_refused "a published region code 12.1" "$bin" assessment rank table-121.csv --edition 2023
contains err 'table-121.csv:3:2:' || fail "a published region code 12.1" "the cell is not located"
grep -v '^D' "$sheet" > sheet-no-impact.csv
{ printf 'respondent'; grep -o '^D[^,]*' "$sheet" | sed 's/^/,/' | tr -d '\n'; echo
  printf 'R01'; for i in $(seq 1 54); do printf ',3'; done; echo
  printf 'R02,2,9'; for i in $(seq 3 54); do printf ',1'; done; echo; } > survey-9.csv
expect_refused "a survey answer of 9" "$bin" assessment score sheet-no-impact.csv "${score_args[@]}" --survey survey-9.csv
contains err 'survey-9.csv:3:3:' || fail "a survey answer of 9" "the cell is not located"
printf 'respondent,question,answer\nR01,D1-4.1.1,9\n' > survey-9-long.csv
expect_refused "a survey answer of 9 (long layout)" "$bin" assessment score sheet-no-impact.csv "${score_args[@]}" --survey survey-9-long.csv
contains err 'survey-9-long.csv:2:3:' || fail "a survey answer of 9 (long layout)" "the cell is not located"

# Issue 18: BPS table exports as they come.
export_file="$root/datasets/bps/exports/ipm_2024.csv"
sed '2s/Indeks Pembangunan Manusia/Indeks Kebahagiaan/' "$export_file" > export-unknown-series.csv
expect_refused "a BPS export of an unknown series without --indicator" "$bin" import export-unknown-series.csv --db "$db" --dataset bps
sed '5s/^Simeulue,/Sime\x1b[31mulue,/' "$export_file" > export-escape.csv
grep -q $'\x1b' export-escape.csv || fail "an escape sequence in a BPS export's region name" "the test file was not made"
expect_refused "an escape sequence in a BPS export's region name" "$bin" import export-escape.csv --indicator local:E.1 --db "$db" --dataset bps
contains err 'export-escape.csv:5:1:' || fail "an escape sequence in a BPS export's region name" "the cell is not located"
sed '5s/$/,99/' "$export_file" > export-two-series.csv
expect_refused "a BPS export with a second value column" "$bin" import export-two-series.csv --indicator local:E.1 --db "$db" --dataset bps
sed '3s/2024/tahun/' "$export_file" > export-no-year.csv
expect_refused "a BPS export without a year" "$bin" import export-no-year.csv --indicator local:E.1 --db "$db" --dataset bps
contains err 'export-no-year.csv:3:2:' || fail "a BPS export without a year" "the cell is not located"

echo "$((cases - failures)) of $cases cases passed"
[ $failures -eq 0 ]
