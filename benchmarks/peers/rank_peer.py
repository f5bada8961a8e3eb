#!/usr/bin/env python3
"""The numpy peer of `smartscore rank --data FILE --format json`: the engine's default scoring (goalpost
normalisation with the catalogue's goalposts and directions, equal weights, arithmetic means up
indicator -> element -> dimension -> index, missing values renormalised within their element, the 0.5
coverage rule, competition ranks with ties within 1e-9) of the long CSV's year, written as JSON.

Usage: rank_peer.py FILE --catalogue CATALOGUE.json [--year Y] [--out OUT.json]
CATALOGUE.json is `smartscore catalogue list --format json` (exported once, not timed)."""

import argparse
import json
import sys

import numpy as np

from peer_common import Cohort, competition_ranks


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--catalogue", required=True)
    parser.add_argument("--year", type=int)
    parser.add_argument("--out")
    args = parser.parse_args()

    cohort = Cohort(args.file, args.catalogue, args.year)
    elements = cohort.element_scores()
    # §3: each dimension the mean of its elements with a score (an element without data left out).
    membership = cohort.dimension_matrix()
    have = ~np.isnan(elements)
    dimensions = (np.where(have, elements, 0) @ membership) / (have.astype(float) @ membership)
    # §4: a dimension under the coverage rule is null, and so is the index of its city.
    covered = cohort.covered()
    index = np.where(covered, dimensions.mean(axis=1), np.nan)

    ranked = np.flatnonzero(covered)
    ranks = competition_ranks(index[ranked])
    order = sorted(range(len(ranked)), key=lambda k: (ranks[k], cohort.codes[ranked[k]]))
    cities = [{"rank": int(ranks[k]), "code": str(cohort.codes[ranked[k]]), "score": float(index[ranked[k]]),
               "dimensions": dict(zip(cohort.dimensions, map(float, dimensions[ranked[k]])))} for k in order]
    cities += [{"rank": None, "code": str(code), "score": None} for code in cohort.codes[~covered]]
    out = open(args.out, "w") if args.out else sys.stdout
    json.dump({"year": cohort.year, "cities": cities}, out)
    out.write("\n")


if __name__ == "__main__":
    main()
