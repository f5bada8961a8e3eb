#!/usr/bin/env python3
"""The village scale of issue 20: 80,534 villages x 100 indicators x 1 year (~8 M values). Generates the
file once (kept in the work folder), then times, once each, with peak memory: import into a fresh store,
rank, the weight Monte Carlo, report --all; and prints a table against the targets. Run by
scripts/bench-villages.sh; see benchmarks/README.md "Peers (issue 20)".

Usage: bench_villages.py BIN [--quick] [--work DIR]
--quick: 1,000 Monte Carlo runs instead of 10,000 (the memory target is then not judged)."""

import argparse
import os
import sys

import timing

GIB = 1024 * 1024  # KB


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("bin")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--work", default=f"/tmp/smartscore-bench-villages-{os.getuid()}")
    args = parser.parse_args()
    binary = os.path.abspath(args.bin)
    os.makedirs(args.work, exist_ok=True)
    w = lambda name: os.path.join(args.work, name)
    samples = 1000 if args.quick else 10000
    villages, store, html = w("villages.csv"), w("villages.sqlite"), w("villages.html")

    rows = []   # (step, measured, target text, met or None, what is measured against the target)
    try:
        if os.path.exists(villages):
            print(f"using {villages} (delete it to generate again)", file=sys.stderr)
        else:
            generated = timing.measure([binary, "datasets", "generate", "--cohort", "villages", "--indicators", "100",
                                        "--out", villages + ".part"], 1)
            os.replace(villages + ".part", villages)
            rows.append(("generate 80,534 x 100", generated, "—", None, ""))
        values = sum(1 for _ in open(villages, "rb")) - 1
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(store + suffix):
                os.unlink(store + suffix)
        imported = timing.measure([binary, "import", villages, "--db", store, "--dataset", "villages"], 1)
        rows.append((f"import {values:,} values", imported, "≤ 10 s", imported["wall"] <= 10, "wall"))
        ranked = timing.measure([binary, "rank", "--db", store, "--dataset", "villages", "--format", "json"], 1,
                                stdout=w("rank.json"))
        rows.append(("rank (json)", ranked, "≤ 2 s", ranked["wall"] <= 2, "wall"))
        mc = timing.measure([binary, "sensitivity", "--db", store, "--dataset", "villages", "--inputs", "weights",
                             "--no-indices", "--samples", str(samples), "--format", "json"], 1, stdout=w("sensitivity.json"))
        rows.append((f"sensitivity {samples:,} (weights)", mc, "≤ 2 GiB",
                     None if args.quick else mc["rss_kb"] <= 2 * GIB, "RSS"))
        report = timing.measure([binary, "report", "--all", "--db", store, "--dataset", "villages", "--out", html], 1)
        size = os.path.getsize(html)
        rows.append(("report --all (html)", report, f"≤ 5 MB ({size / 1e6:.1f} MB)", size <= 5_000_000, "size"))
    except timing.CommandFailed as problem:
        print(f"FAILED: {problem}", file=sys.stderr)
        return 1

    print(f"\nsmartscore: {binary}   villages: {villages}" + ("   (--quick)" if args.quick else ""))
    header = ("step", "wall s", "user s", "peak RSS MB", "target", "met?")
    table = [header] + [(name, f"{m['wall']:.2f}", f"{m['user']:.2f}", f"{m['rss_kb'] / 1024:.0f}", target,
                         "—" if met is None else ("met" if met else "not")) for name, m, target, met, _ in rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for number, row in enumerate(table):
        print("| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) + " |")
        if number == 0:
            print("|" + "|".join("-" * (width + 2) for width in widths) + "|")
    return 0


if __name__ == "__main__":
    sys.exit(main())
