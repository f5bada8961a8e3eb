#!/usr/bin/env bash
# The village scale of issue 20 (80,534 villages x 100 indicators x 1 year, ~8 M values): import into a
# fresh store (target <= 10 s), rank (<= 2 s), sensitivity --samples 10000 --inputs weights --no-indices
# (<= 2 GiB), report --all (<= ~5 MB of HTML), each timed once with its peak memory; prints the table.
# Usage: scripts/bench-villages.sh [--quick] [BIN]   (no BIN: builds the release binary first)
# --quick: 1,000 Monte Carlo runs. BENCH_DIR (default /tmp/smartscore-bench-villages-$UID) keeps the file.
set -euo pipefail
cd "$(dirname "$0")/.."
quick=()
if [ "${1:-}" = "--quick" ]; then quick=(--quick); shift; fi
bin=${1:-}
if [ -z "$bin" ]; then
  swift build -c release --product smartscore
  bin=.build/release/smartscore
fi
exec python3 benchmarks/peers/bench_villages.py "$bin" "${quick[@]}" \
  --work "${BENCH_DIR:-/tmp/smartscore-bench-villages-$(id -u)}"
