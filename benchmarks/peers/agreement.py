"""The proof that a peer did the same work as smartscore: each check returns a line saying how close the
two results are, or raises Disagreement. bench_peers.py runs them before it times anything.

Usable alone: agreement.py rank SMARTSCORE.json PEER.json | mc SMARTSCORE.json PEER.json"""

import json
import sqlite3
import statistics
import sys

SCORE_TOLERANCE = 1e-9
# The Monte Carlo peer draws with another RNG, so its percentiles are those of other draws of the same
# distribution. Measured on the 514 regions at 10,000 runs: the median ranks differ by at most 1 (in 2 %
# of the cities, where the median falls between two ranks), the 5/95 % ranks by 1 in < 10 %, the mean
# rank shift by 0.005 %; at 2,000 runs the mean median difference is 0.12 and the shift 0.8 %. The
# bounds leave room for fewer runs and other seeds but not for other work (the weights perturbed at
# another level, or no renormalisation within the element, move the mean rank shift by far more).
MC_MEDIAN_MAX, MC_MEDIAN_MEAN = 1.5, 0.25
MC_PERCENTILE_MEAN = 0.5
MC_SHIFT_RELATIVE = 0.03


class Disagreement(Exception):
    pass


def check_rank(smartscore_path, peer_path):
    ours, peer = json.load(open(smartscore_path)), json.load(open(peer_path))
    if ours["year"] != peer["year"]:
        raise Disagreement(f"rank: year {ours['year']} against the peer's {peer['year']}")
    a, b = ours["cities"], peer["cities"]
    if [c["code"] for c in a] != [c["code"] for c in b]:
        raise Disagreement("rank: the cities are not listed in the same order")
    worst = 0.0
    for x, y in zip(a, b):
        if x["rank"] != y["rank"]:
            raise Disagreement(f"rank: {x['code']} ranks {x['rank']} against the peer's {y['rank']}")
        if (x["score"] is None) != (y["score"] is None):
            raise Disagreement(f"rank: {x['code']} has index {x['score']} against the peer's {y['score']}")
        if x["score"] is not None:
            worst = max(worst, abs(x["score"] - y["score"]))
    if worst > SCORE_TOLERANCE:
        raise Disagreement(f"rank: indices differ by up to {worst:.3g} (> {SCORE_TOLERANCE:g})")
    return f"rank: {len(a)} cities, same ranks and order, indices within {worst:.2g}"


def check_mc(smartscore_path, peer_path):
    ours, peer = json.load(open(smartscore_path)), json.load(open(peer_path))
    theirs = {c["code"]: c for c in peer["cities"]}
    if set(theirs) != {c["code"] for c in ours["cities"]}:
        raise Disagreement("weight MC: not the same cities ranked")
    diffs = {}
    for key in ("median_rank", "rank_p05", "rank_p95"):
        diffs[key] = [abs(c[key] - theirs[c["code"]][key]) for c in ours["cities"]]
        if any(c["rank"] != theirs[c["code"]]["rank"] for c in ours["cities"]):
            raise Disagreement("weight MC: nominal ranks differ")
    median = diffs["median_rank"]
    percentile = statistics.mean(diffs["rank_p05"] + diffs["rank_p95"])
    shift = abs(ours["mean_rank_shift"] - peer["mean_rank_shift"]) / max(ours["mean_rank_shift"], 1e-12)
    line = (f"weight MC: median ranks within {max(median):g} (mean {statistics.mean(median):.3f}), "
            f"5/95 % ranks mean difference {percentile:.3f}, mean rank shift {ours['mean_rank_shift']:.4f} "
            f"against {peer['mean_rank_shift']:.4f}")
    if max(median) > MC_MEDIAN_MAX or statistics.mean(median) > MC_MEDIAN_MEAN \
            or percentile > MC_PERCENTILE_MEAN or shift > MC_SHIFT_RELATIVE:
        raise Disagreement(line + " — beyond the bounds of agreement.py")
    return line


def stored_rows(db_path):
    """Every stored observation as (city code, year, indicator code, value, source), in key order: the ids
    of the two stores may differ, what they stand for may not."""
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return db.execute("SELECT c.code, o.year, i.code, o.value, s.name FROM observation o "
                          "JOIN city c ON c.id = o.city_id JOIN indicator i ON i.id = o.indicator_id "
                          "LEFT JOIN source s ON s.id = o.source_id ORDER BY 1, 2, 3").fetchall()
    finally:
        db.close()


def check_import(smartscore_db, peer_db, expected):
    ours, peer = stored_rows(smartscore_db), stored_rows(peer_db)
    if not len(ours) == len(peer) == expected:
        raise Disagreement(f"import: smartscore stored {len(ours)} rows, the peer {len(peer)}, the file holds {expected}")
    differing = next((k for k, (a, b) in enumerate(zip(ours, peer)) if a != b), None)
    if differing is not None:
        raise Disagreement(f"import: row {differing} differs: smartscore {ours[differing]}, the peer {peer[differing]}")
    return f"import: both stored the same {len(ours):,} rows (codes, years, values and sources)"


if __name__ == "__main__":
    kind, first, second = sys.argv[1:4]
    try:
        if kind == "import":
            print(check_import(first, second, int(sys.argv[4])))
        else:
            print({"rank": check_rank, "mc": check_mc}[kind](first, second))
    except Disagreement as problem:
        print(problem, file=sys.stderr)
        sys.exit(1)
