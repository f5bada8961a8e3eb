#!/usr/bin/env python3
"""The numpy peer of `smartscore sensitivity --data FILE --inputs weights --no-indices --samples N
--format json`: the weight Monte Carlo of Sources/SmartScore/Sensitivity/README.md. Every in-scope element
and dimension weight is drawn uniform within +-25 % of its nominal 1 in each run; each run's dimension
scores are one GEMM (cities x elements times elements x (dimensions x runs), the presence mask's product
the denominators, so missing elements are renormalised within their dimension as the engine does), its
index the weighted mean of the dimensions; the cities the nominal method ranks are ranked in every run
(competition ranks, ties within 1e-9). Per city: median, 5 % and 95 % rank (numpy's linear
interpolation, as smartscore), mean and sample deviation of the index. A different RNG than smartscore's,
so the same statistics of the same work, not the same draws.

Usage: mc_peer.py FILE --catalogue CATALOGUE.json [--samples N] [--seed S] [--out OUT.json]"""

import argparse
import json
import sys

import numpy as np

from peer_common import Cohort, competition_ranks

SPREAD = 0.25
BLOCK = 500   # runs per GEMM block: keeps the block's cities x dimensions x runs sums near 12 MB


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--catalogue", required=True)
    parser.add_argument("--samples", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--year", type=int)
    parser.add_argument("--out")
    args = parser.parse_args()

    cohort = Cohort(args.file, args.catalogue, args.year)
    covered = cohort.covered()
    elements = cohort.element_scores()[covered]
    codes = cohort.codes[covered]
    have = ~np.isnan(elements)
    values, mask = np.where(have, elements, 0), have.astype(float)
    membership = cohort.dimension_matrix()                 # elements x dimensions
    n_cities, n_elements = elements.shape
    n_dims = membership.shape[1]

    nominal = ((values @ membership) / (mask @ membership)).mean(axis=1)
    nominal_ranks = competition_ranks(nominal)

    rng = np.random.default_rng(args.seed)
    ranks = np.empty((n_cities, args.samples), dtype=np.int32)
    score_sum = np.zeros(n_cities)
    score_sq = np.zeros(n_cities)
    shifts = np.empty(args.samples)
    for start in range(0, args.samples, BLOCK):
        runs = min(BLOCK, args.samples - start)
        w_elements = rng.uniform(1 - SPREAD, 1 + SPREAD, (n_elements, runs))
        w_dims = rng.uniform(1 - SPREAD, 1 + SPREAD, (n_dims, runs))
        # elements x (dimensions x runs): column (d, r) holds run r's weights of dimension d's elements.
        weights = (membership[:, :, None] * w_elements[:, None, :]).reshape(n_elements, n_dims * runs)
        dims = ((values @ weights) / (mask @ weights)).reshape(n_cities, n_dims, runs)
        index = np.einsum("cdr,dr->cr", dims, w_dims) / w_dims.sum(axis=0)
        block = competition_ranks(index)
        ranks[:, start:start + runs] = block
        shifts[start:start + runs] = np.abs(block - nominal_ranks[:, None]).mean(axis=0)
        score_sum += index.sum(axis=1)
        score_sq += (index ** 2).sum(axis=1)

    p05, median, p95 = np.percentile(ranks, [5, 50, 95], axis=1)
    mean = score_sum / args.samples
    sd = np.sqrt(np.maximum(score_sq - args.samples * mean ** 2, 0) / (args.samples - 1))
    order = sorted(range(n_cities), key=lambda k: (nominal_ranks[k], codes[k]))
    cities = [{"rank": int(nominal_ranks[k]), "code": str(codes[k]), "score": float(nominal[k]),
               "median_rank": float(median[k]), "rank_p05": float(p05[k]), "rank_p95": float(p95[k]),
               "score_mean": float(mean[k]), "score_sd": float(sd[k])} for k in order]
    out = open(args.out, "w") if args.out else sys.stdout
    json.dump({"samples": args.samples, "year": cohort.year, "mean_rank_shift": float(shifts.mean()),
               "cities": cities}, out)
    out.write("\n")


if __name__ == "__main__":
    main()
