#!/usr/bin/env bash
# The demo: what a new user sees first. Runs the release binary on the bundled catalogue.
set -euo pipefail
bin=${1:-.build/release/smartscore}
echo "== smartscore catalogue validate"
"$bin" catalogue validate --lang en
echo
echo "== smartscore catalogue list --dimension governance --scored"
"$bin" catalogue list --dimension governance --scored --lang en
echo
echo "== smartscore catalogue show 37120:5.1"
"$bin" catalogue show 37120:5.1
