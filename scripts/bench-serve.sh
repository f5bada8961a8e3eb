#!/usr/bin/env bash
# The dashboard's load figure (issue 21): `smartscore serve` on the bundled national panel (514 regions),
# then wrk from a second process on loopback, 30 s and 64 connections each, on the ranking page (plain and
# gzip) and on the what-if API; prints requests/s, the latency distribution (p99) and any error answer. Not part of the
# tests: `make bench-serve`. BIN=path uses another smartscore binary; WRK_SECONDS (30), WRK_CONNECTIONS (64).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BIN:-.build/release/smartscore}
[ -x "$bin" ] || swift build -c release --product smartscore
swift build -c release --package-path server
work=$(mktemp -d)
server_pid=
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
"$bin" import datasets/panel/national_panel.csv --db "$work/bench.sqlite" --dataset national --lang en >/dev/null
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$bin" serve --db "$work/bench.sqlite" --dataset national --port "$port" 2>"$work/server.log" &
server_pid=$!
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$port/api/v1/datasets" >/dev/null 2>&1 && break; sleep 0.05; done
# The ranking page twice: as a plain client asks for it, and as a browser does (gzip accepted, 8 times fewer bytes).
for run in "/|identity" "/|gzip" "/api/v1/whatif?living=2&economy=0.5&normalisation=goalpost|identity"; do
  path=${run%|*} encoding=${run#*|}
  curl -fsS "http://127.0.0.1:$port$path" >/dev/null       # the method fitted before the clock starts
  echo "== wrk -t2 -c${WRK_CONNECTIONS:-64} -d${WRK_SECONDS:-30}s --latency -H 'Accept-Encoding: $encoding' $path"
  wrk -t2 -c"${WRK_CONNECTIONS:-64}" -d"${WRK_SECONDS:-30}s" --timeout 30s --latency -H "Accept-Encoding: $encoding" "http://127.0.0.1:$port$path"
done
