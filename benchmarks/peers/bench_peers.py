#!/usr/bin/env python3
"""smartscore against its numpy / naive-python peers, step by step (issue 20). Run by
scripts/bench-peers.sh; see benchmarks/README.md "Peers (issue 20)".

Usage: bench_peers.py BIN [--runs N] [--work DIR] [--samples N]

Generates its files once in DIR, checks that every peer agrees with smartscore (agreement.py), then runs
each step's smartscore command and its peer N times and prints the medians, their ratio and the target.
Exit status 0 even when a target is missed (this is a report); 1 when a peer disagrees or a command fails."""

import argparse
import os
import subprocess
import sys

import agreement
import timing

HERE = os.path.dirname(os.path.abspath(__file__))
IMPORT_ROWS = 200_000


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("bin")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--work", default=f"/tmp/smartscore-bench-peers-{os.getuid()}")
    parser.add_argument("--samples", type=int, default=10000)
    args = parser.parse_args()
    binary = os.path.abspath(args.bin)
    os.makedirs(args.work, exist_ok=True)
    w = lambda name: os.path.join(args.work, name)
    python = sys.executable
    peer = lambda script: [python, os.path.join(HERE, script)]

    # The inputs, once (not timed): the 514 x 250 regions file, 200,000 rows of two years for import, and
    # the catalogue's parameters for the numpy peers.
    regions, two_years, import_file, catalogue = w("regions.csv"), w("regions-2020-2021.csv"), w("import-200k.csv"), w("catalogue.json")
    if not os.path.exists(regions):
        timing.run([binary, "datasets", "generate", "--cohort", "regions", "--out", regions])
    if not os.path.exists(import_file):
        timing.run([binary, "datasets", "generate", "--cohort", "regions", "--years", "2020-2021", "--out", two_years])
        with open(two_years, encoding="utf-8") as source, open(import_file, "w", encoding="utf-8") as target:
            for number, line in enumerate(source):
                if number > IMPORT_ROWS:
                    break
                target.write(line)
    timing.run([binary, "catalogue", "list", "--format", "json"], stdout=catalogue)

    rank = [binary, "rank", "--data", regions, "--format", "json"]
    rank_peer = peer("rank_peer.py") + [regions, "--catalogue", catalogue]
    mc = [binary, "sensitivity", "--data", regions, "--inputs", "weights", "--no-indices",
          "--samples", str(args.samples), "--format", "json"]
    mc_peer = peer("mc_peer.py") + [regions, "--catalogue", catalogue, "--samples", str(args.samples)]
    ours_db, peer_db = w("smartscore.sqlite"), w("peer.sqlite")
    imported = [binary, "import", import_file, "--db", ours_db]
    import_peer = peer("import_peer.py") + [import_file, peer_db]

    def fresh(path):
        def remove():
            for suffix in ("", "-wal", "-shm", "-journal"):
                if os.path.exists(path + suffix):
                    os.unlink(path + suffix)
        return remove

    # The proof of the same work, before any timing (these runs also warm the page cache). Each check runs in
    # a process of its own: Linux keeps a process's peak RSS across fork and exec, so a harness that had
    # loaded 200,000 stored rows would lend its peak to every command it times.
    def agree(*check):
        done = subprocess.run([sys.executable, os.path.join(HERE, "agreement.py"), *map(str, check)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise agreement.Disagreement((done.stderr or done.stdout).strip())
        print("  " + done.stdout.strip(), file=sys.stderr)

    print("Checking that the peers do the same work:", file=sys.stderr)
    try:
        timing.run(rank, stdout=w("rank.json"))
        timing.run(rank_peer, stdout=w("rank-peer.json"))
        agree("rank", w("rank.json"), w("rank-peer.json"))
        timing.run(mc, stdout=w("mc.json"))
        timing.run(mc_peer, stdout=w("mc-peer.json"))
        agree("mc", w("mc.json"), w("mc-peer.json"))
        fresh(ours_db)(); fresh(peer_db)()
        timing.run(imported)
        timing.run(import_peer)
        agree("import", ours_db, peer_db, IMPORT_ROWS)
    except (agreement.Disagreement, timing.CommandFailed) as problem:
        print(f"FAILED: {problem}", file=sys.stderr)
        return 1

    print(f"Timing, {args.runs} runs each (median wall and user, largest peak RSS):", file=sys.stderr)
    try:
        startup = timing.measure([binary, "--version"], args.runs)
        python_start = timing.measure([python, "-c", "import numpy"], args.runs)
        # Start-up plus loading the catalogue and the programmes (Workspace), then one entry printed.
        loaded = timing.measure([binary, "catalogue", "show", "37120:5.1"], args.runs)
        rows = [
            ("start-up (--version)", startup, python_start, 0.050, "abs"),
            ("catalogue+programmes load", {k: loaded[k] - startup[k] for k in ("wall", "user")} | {"rss_kb": loaded["rss_kb"]}, None, 0.020, "abs"),
            ("rank 514x250 (json)", timing.measure(rank, args.runs), timing.measure(rank_peer, args.runs), 0.3, "ratio"),
            (f"weight MC {args.samples:,}", timing.measure(mc, args.runs), timing.measure(mc_peer, args.runs), 0.5, "ratio"),
            (f"import {IMPORT_ROWS // 1000}k rows", timing.measure(imported, args.runs, before_each=fresh(ours_db)),
             timing.measure(import_peer, args.runs, before_each=fresh(peer_db)), 0.5, "ratio"),
        ]
    except timing.CommandFailed as problem:
        print(f"FAILED: {problem}", file=sys.stderr)
        return 1

    print(f"\nsmartscore: {binary}   runs: {args.runs}   peers: python {sys.version.split()[0]}, numpy "
          f"{__import__('numpy').__version__}   ratio = smartscore ÷ peer, median wall (user in brackets)")
    header = ("step", "smartscore s", "user s", "RSS MB", "peer s", "user s", "RSS MB", "ratio", "(user)", "target", "met?")
    table = [header]
    for name, ours, theirs, target, kind in rows:
        if kind == "abs":
            ratio, ratio_user, goal, met = "—", "—", f"≤ {target * 1000:.0f} ms", ours["wall"] <= target
        else:
            ratio_value = ours["wall"] / theirs["wall"]
            ratio, ratio_user = f"{ratio_value:.2f}x", f"{ours['user'] / max(theirs['user'], 1e-9):.2f}x"
            goal, met = f"≤ {target}x", ratio_value <= target
        peer_cells = (f"{theirs['wall']:.3f}", f"{theirs['user']:.3f}", f"{theirs['rss_kb'] / 1024:.0f}") if theirs else ("—", "—", "—")
        table.append((name, f"{ours['wall']:.3f}", f"{ours['user']:.3f}", f"{ours['rss_kb'] / 1024:.0f}",
                      *peer_cells, ratio, ratio_user, goal, "met" if met else "not"))
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for number, row in enumerate(table):
        print("| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) + " |")
        if number == 0:
            print("|" + "|".join("-" * (width + 2) for width in widths) + "|")
    print("\nstart-up's peer column is `python3 -c 'import numpy'`; the load is `catalogue show 37120:5.1` "
          "minus start-up (RSS: of the whole command).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
