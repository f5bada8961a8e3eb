# smartscore — the two commands of the README are `make demo` and `make test`.
SWIFT ?= swift
BIN := .build/release/smartscore

.PHONY: deps build demo test bench fuzz screenshots clean bench-peers bench-villages serve server test-server bench-serve

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build -c release --product smartscore

# The main job on the bundled data.
demo: build
	scripts/demo.sh $(BIN)

# The tests, then the replay of every hostile input of issue 15 against the binary they built, then the
# dashboard's: its package's Swift tests, the browser tests, schemathesis (scripts/test-server.sh --debug).
test: deps
	$(SWIFT) test
	scripts/replay-hostile-inputs.sh .build/debug/smartscore
	scripts/test-server.sh --debug

# The benchmark suite (a nested package, so the main build never compiles package-benchmark).
bench: deps
	cd benchmarks && $(SWIFT) package --allow-writing-to-package-directory benchmark

# smartscore against numpy / naive-python peers doing the same work (issue 20): checks, then a table of
# ratios and targets. BIN=path measures another binary (default: builds release). BENCH_RUNS=5.
bench-peers: deps
	scripts/bench-peers.sh $(if $(filter command line,$(origin BIN)),$(BIN))

# The village scale (80,534 villages x 100 indicators): import, rank, sensitivity, report --all, with
# their targets. QUICK=1 for fewer Monte Carlo runs.
bench-villages: deps
	scripts/bench-villages.sh $(if $(QUICK),--quick) $(if $(filter command line,$(origin BIN)),$(BIN))

# The libFuzzer targets (a nested package, fuzz/), FUZZ_SECONDS per target; fuzz/README.md has the longer run.
FUZZ_SECONDS ?= 60
fuzz: deps
	scripts/fuzz.sh $(FUZZ_SECONDS)

# The demo city's report and the cohort ranking as PNG and PDF (headless Chromium), to look at.
screenshots: build
	scripts/render-reports.sh $(BIN) out/reports

# The web dashboard (issue 21): the server package (nested, so the main build never compiles Hummingbird)
# built in release, then `smartscore serve` on the demo store (the national panel and the demo cohort, made
# once in out/demo.sqlite as `make demo` makes it). PORT=8080, DATASET=demo; Ctrl-C stops it.
PORT ?= 8080
DATASET ?= demo
server: build
	$(SWIFT) build -c release --package-path server

out/demo.sqlite:
	@mkdir -p out
	$(BIN) import datasets/panel/national_panel.csv --db out/demo.sqlite --dataset national --lang en
	$(BIN) import datasets/demo/demo_cohort.csv --db out/demo.sqlite --dataset demo --lang en

serve: server out/demo.sqlite
	$(BIN) serve --db out/demo.sqlite --dataset $(DATASET) --port $(PORT)

# The dashboard's browser tests (headless Chromium), OpenAPI conformance (schemathesis) and what-if timing.
test-server: deps build
	scripts/test-server.sh

# wrk, 30 s and 64 connections, on the ranking page and the what-if API (not part of the tests).
bench-serve: deps build
	scripts/bench-serve.sh

clean:
	rm -rf .build benchmarks/.build server/.build
