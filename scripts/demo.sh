#!/usr/bin/env bash
# The demo: what a new user sees first. Imports the real national panel (all 514 regencies and cities,
# every BPS value bundled, nothing synthetic) and ranks it; imports the demo cohort (100 regencies and
# cities: the panel's real values wherever BPS measures an indicator, seeded synthetic values elsewhere),
# ranks it and evaluates one city, with its IPM 2010–2024; then ranks the ministry's 2023 evaluation and
# sets it against readiness on the real BPS 2021 values. Every output says how much of its data is synthetic.
set -euo pipefail
bin=${1:-.build/release/smartscore}
mkdir -p out
export SMARTSCORE_DB=out/demo.sqlite
echo "== smartscore import datasets/panel/national_panel.csv --dataset national (real BPS values only)"
"$bin" import datasets/panel/national_panel.csv --dataset national --lang en
echo
echo "== smartscore rank --dataset national --top 10 (all 514 regencies and cities on the real BPS 2021 indicators)"
"$bin" rank --dataset national --top 10 --lang en
echo
echo "== smartscore import datasets/demo/demo_cohort.csv --dataset demo"
"$bin" import datasets/demo/demo_cohort.csv --dataset demo --lang en
echo
echo "== smartscore rank --dataset demo --top 15"
"$bin" rank --dataset demo --top 15 --lang en
echo
echo "== smartscore evaluate --dataset demo --city \"Kota Palu\""
"$bin" evaluate --dataset demo --city "Kota Palu" --lang en
echo
echo "== smartscore assessment rank datasets/evaluation/kominfo_evaluation_2023.csv --edition 2023 --top 10 --readiness (real BPS 2021 values)"
"$bin" assessment rank datasets/evaluation/kominfo_evaluation_2023.csv --edition 2023 --top 10 --lang en --readiness \
  --data datasets/bps/bps_kabkota_2021.csv --mapping datasets/bps/bps_kabkota_2021.mapping.yaml
