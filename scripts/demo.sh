#!/usr/bin/env bash
# The demo: what a new user sees first. Imports the bundled demo cohort (100 regencies and cities,
# real BPS 2021 values where BPS measures an indicator, seeded synthetic values elsewhere) into a store
# under out/, ranks the cohort and evaluates one city.
set -euo pipefail
bin=${1:-.build/release/smartscore}
mkdir -p out
export SMARTSCORE_DB=out/demo.sqlite
echo "== smartscore import datasets/demo/demo_cohort.csv --dataset demo"
"$bin" import datasets/demo/demo_cohort.csv --dataset demo --lang en
echo
echo "== smartscore rank --dataset demo --top 15"
"$bin" rank --dataset demo --top 15 --lang en
echo
echo "== smartscore evaluate --dataset demo --city \"Kota Palu\""
"$bin" evaluate --dataset demo --city "Kota Palu" --lang en
