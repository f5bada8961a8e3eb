#!/usr/bin/env bash
# smartscore against its numpy / naive-python peers (issue 20): checks that each peer does the same work
# (same indices within 1e-9 and ranks, Monte Carlo percentiles within agreement.py's bounds, same stored
# row count), then times each step BENCH_RUNS times (default 5, median) and prints the table with the
# targets. Exit 0 even when a target is missed (a report); 1 when a peer disagrees or a command fails.
# Usage: scripts/bench-peers.sh [BIN]   (no BIN: builds the release binary first)
# BENCH_RUNS, BENCH_SAMPLES (default 10000), BENCH_DIR (default /tmp/smartscore-bench-peers-$UID).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-}
if [ -z "$bin" ]; then
  swift build -c release --product smartscore
  bin=.build/release/smartscore
fi
# Debian's python3 carries python3-numpy (scripts/install-deps.sh); a python3 on PATH with numpy serves too.
python=/usr/bin/python3
/usr/bin/python3 -c 'import numpy' 2>/dev/null || python=python3
exec "$python" benchmarks/peers/bench_peers.py "$bin" --runs "${BENCH_RUNS:-5}" --samples "${BENCH_SAMPLES:-10000}" \
  --work "${BENCH_DIR:-/tmp/smartscore-bench-peers-$(id -u)}"
