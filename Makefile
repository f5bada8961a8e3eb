# smartscore — the two commands of the README are `make demo` and `make test`.
SWIFT ?= swift
BIN := .build/release/smartscore

.PHONY: deps build demo test bench fuzz screenshots clean bench-peers bench-villages

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build -c release --product smartscore

# The main job on the bundled data.
demo: build
	scripts/demo.sh $(BIN)

# The tests, then the replay of every hostile input of issue 15 against the binary they built.
test: deps
	$(SWIFT) test
	scripts/replay-hostile-inputs.sh .build/debug/smartscore

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

clean:
	rm -rf .build benchmarks/.build
