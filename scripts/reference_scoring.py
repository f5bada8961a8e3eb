#!/usr/bin/env python3
"""Independent reference implementation of the smartscore scoring method.

This script recomputes, in plain Python, the method specified in
``Sources/SmartScore/Scoring/README.md`` (and design.md, section "Scoring"):
in-scope indicators, normalisation (goalpost | minmax | zscore | rank),
arithmetic or geometric aggregation indicator -> element -> dimension -> index
with equal weights renormalised over present children, coverage and the
min-coverage null rule, pillars, levels, ranks (ties within 1e-9) and, for
arithmetic aggregation, effective indicator weights.

It was written from the specification only, without reading the Swift engine,
so that its output can serve as test expectations for the Swift implementation
(Tests/SmartScoreTests/Fixtures/scoring/expected-*.json). It uses no numpy: the
loops are plain Python on IEEE doubles, so agreement with the Swift side should
be to about 1e-12; compare with a tolerance (1e-9 is ample), not bit for bit.

Usage:
    python3 scripts/reference_scoring.py --catalogue indicators --data FILE \\
        --normalise goalpost|minmax|zscore|rank --aggregate arithmetic|geometric \\
        [--min-coverage 0.5] [--year Y] > out.json

Regenerating the fixtures (from the repository root):
    F=Tests/SmartScoreTests/Fixtures/scoring
    for m in goalpost-arithmetic goalpost-geometric minmax-arithmetic \\
             zscore-arithmetic rank-arithmetic; do
      python3 scripts/reference_scoring.py --catalogue indicators --data $F/cohort.csv \\
        --normalise ${m%-*} --aggregate ${m#*-} > $F/expected-$m.json
    done
    python3 scripts/reference_scoring.py --catalogue indicators --data $F/cohort.csv \\
      --normalise goalpost --aggregate arithmetic --min-coverage 0.75 \\
      > $F/expected-goalpost-arithmetic-mincov0.75.json

Output JSON:
    {year, method: {normalisation, aggregation, weights, min_coverage},
     in_scope: [indicator codes, catalogue order: iso37120, iso37122, iso37123, local],
     dimensions_in_scope: [dimension ids, framework order],
     elements_in_scope: ["dimension/element", ...],
     cities: [ {code, name, rank, index, level, coverage,
                dimensions: {id: score|null}, dimension_coverage: {id: x},
                elements: {"dimension/element": score|null},
                pillars: {id: score|null},
                indicator_scores: {code: score|null},
                effective_weights: {code: w} (arithmetic only; null for a null-index city),
                null_dimensions: [ids whose coverage is below min_coverage or that have no score]} ]}
Cities are listed in rank order (ties by region code), then null-index cities by region code.

Decisions on points the specification leaves open (see the fixture README):
  * A constant column is detected as max == min of the present values (exact
    comparison), never through a floating-point standard deviation.
  * Rank ties: values are tied when their parsed doubles are equal.
  * Geometric aggregation applies at every level (element, dimension, index), on
    scores taken to [1, 100] (s' = 1 + 0.99 s) and read back on 0-100 at each level.
  * Pillars are always the plain arithmetic mean of present indicator scores,
    also under geometric aggregation and also for null-index cities.
  * Element scores are reported even inside a dimension nulled by coverage.
  * A dimension with no present indicator is null whatever min_coverage is.
  * Level is null when the index is null and under zscore normalisation.
  * Effective weights are null for a null-index city (the index does not exist).
  * Rank ties: a city within 1e-9 of the previous city (in descending order)
    shares that city's rank number; tied cities are listed by region code.
"""

import argparse
import csv
import json
import math
import os
import sys

import yaml

CATALOGUE_FILES = ["iso37120.yaml", "iso37122.yaml", "iso37123.yaml", "local.yaml"]
NORMALISATIONS = ["goalpost", "minmax", "zscore", "rank"]
AGGREGATIONS = ["arithmetic", "geometric"]
TIE_TOLERANCE = 1e-9
LEVELS = [(36.0, "Kurang"), (52.0, "Cukup"), (70.0, "Baik"), (84.0, "Sangat Baik")]
TOP_LEVEL = "Memuaskan"


# ----------------------------------------------------------------------------- input

def load_catalogue(directory):
    with open(os.path.join(directory, "framework.yaml"), encoding="utf-8") as fh:
        framework = yaml.safe_load(fh)
    dimensions = []  # [(dimension id, [element ids])] in file order
    for d in framework["dimensions"]:
        dimensions.append((d["id"], [e["id"] for e in d["elements"]]))
    pillars = [p["id"] for p in framework["pillars"]]
    indicators = []  # catalogue order
    for name in CATALOGUE_FILES:
        with open(os.path.join(directory, name), encoding="utf-8") as fh:
            doc = yaml.safe_load(fh)
        for ind in doc["indicators"]:
            indicators.append(ind)
    return dimensions, pillars, indicators


def is_scored(ind):
    return ind["type"] != "profile" and ind["polarity"] != "neutral"


def load_long_csv(path, known_codes):
    """Return {year: {city_code: {indicator: float}}} and {city_code: name}."""
    data = {}
    names = {}
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        header = [h.strip().lower() for h in next(reader)]
        col = {h: k for k, h in enumerate(header)}
        for need in ("city_code", "city_name", "year", "indicator", "value"):
            if need not in col:
                sys.exit("%s: missing column %s" % (path, need))
        for lineno, row in enumerate(reader, start=2):
            if not row or all(not c.strip() for c in row):
                continue
            code = row[col["city_code"]].strip()
            names.setdefault(code, row[col["city_name"]].strip())
            year = int(row[col["year"]])
            indicator = row[col["indicator"]].strip()
            if indicator not in known_codes:
                sys.exit("%s:%d: unknown indicator %s" % (path, lineno, indicator))
            text = row[col["value"]].strip()
            city = data.setdefault(year, {}).setdefault(code, {})
            if indicator in city:
                sys.exit("%s:%d: duplicate %s %s %d" % (path, lineno, code, indicator, year))
            city[indicator] = None if text == "" else float(text)
    return data, names


# ----------------------------------------------------------------------------- normalisation

def clamp(v, lo, hi):
    if v < lo:
        return lo
    if v > hi:
        return hi
    return v


def normalise_column(method, ind, values):
    """values: {city: x} of present values. Returns {city: score}."""
    lower_better = ind["polarity"] == "lower_better"
    out = {}
    if method == "goalpost":
        worst = float(ind["goalposts"]["worst"])
        best = float(ind["goalposts"]["best"])
        for c, x in values.items():
            out[c] = 100.0 * clamp((x - worst) / (best - worst), 0.0, 1.0)
        return out
    xs = list(values.values())
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    constant = hi == lo
    if method == "minmax":
        for c, x in values.items():
            if constant:
                out[c] = 100.0
            elif lower_better:
                out[c] = 100.0 * (hi - x) / (hi - lo)
            else:
                out[c] = 100.0 * (x - lo) / (hi - lo)
        return out
    if method == "zscore":
        m = len(xs)
        if m == 1 or constant:
            for c in values:
                out[c] = 0.0
            return out
        total = 0.0
        for x in xs:
            total += x
        mean = total / m
        ss = 0.0
        for x in xs:
            ss += (x - mean) * (x - mean)
        sd = math.sqrt(ss / (m - 1))
        for c, x in values.items():
            z = (x - mean) / sd
            out[c] = -z if lower_better else z
        return out
    if method == "rank":
        m = len(xs)
        for c, x in values.items():
            if m == 1:
                out[c] = 50.0
                continue
            worse = 0
            equal = 0
            for y in xs:
                if y == x:
                    equal += 1
                elif (y > x) if lower_better else (y < x):
                    worse += 1
            # positions worse+1 .. worse+equal share their mean rank
            r = worse + (equal + 1) / 2.0
            out[c] = 100.0 * (r - 1.0) / (m - 1)
        return out
    raise ValueError(method)


# ----------------------------------------------------------------------------- aggregation

def aggregate(method, children):
    """children: list of (weight, score or None). Returns score or None."""
    present = [(w, s) for (w, s) in children if s is not None]
    if not present:
        return None
    wsum = 0.0
    for w, _ in present:
        wsum += w
    if method == "arithmetic":
        acc = 0.0
        for w, s in present:
            acc += w * s
        return acc / wsum
    # Geometric mean on the strictly positive range [1, 100] (s' = 1 + 0.99 s), read back on 0-100.
    acc = 0.0
    for w, s in present:
        acc += w * math.log(1 + 0.99 * s)
    return (math.exp(acc / wsum) - 1) / 0.99


def level_of(index):
    for bound, name in LEVELS:
        if index < bound:
            return name
    return TOP_LEVEL


# ----------------------------------------------------------------------------- main computation

def compute(catalogue_dir, data_path, normalisation, aggregation, min_coverage, year=None):
    dimensions, pillars, indicators = load_catalogue(catalogue_dir)
    by_code = {ind["code"]: ind for ind in indicators}
    data, names = load_long_csv(data_path, set(by_code))
    if year is None:
        year = max(data)
    cohort = data[year]
    cities = sorted(cohort)

    # 1. In scope: scored and present for at least one city, catalogue order.
    in_scope = []
    for ind in indicators:
        if not is_scored(ind):
            continue
        if any(cohort[c].get(ind["code"]) is not None for c in cities):
            in_scope.append(ind["code"])

    # Hierarchy restricted to in-scope indicators; empty elements/dimensions are left out.
    tree = []  # [(dim, [(element, [codes])])]
    for dim, elements in dimensions:
        els = []
        for el in elements:
            codes = [c for c in in_scope
                     if by_code[c]["dimension"] == dim and by_code[c]["element"] == el]
            if codes:
                els.append((el, codes))
        if els:
            tree.append((dim, els))
    dims_in_scope = [d for d, _ in tree]
    elements_in_scope = ["%s/%s" % (d, e) for d, els in tree for e, _ in els]

    # 2. Normalisation over the cohort's present values.
    scores = {c: {} for c in cities}
    for code in in_scope:
        values = {c: cohort[c][code] for c in cities if cohort[c].get(code) is not None}
        col = normalise_column(normalisation, by_code[code], values)
        for c in cities:
            scores[c][code] = col.get(c)

    results = []
    for c in cities:
        s = scores[c]
        n_present = sum(1 for code in in_scope if s[code] is not None)
        city = {
            "code": c,
            "name": names.get(c),
            "rank": None,
            "index": None,
            "level": None,
            "coverage": n_present / len(in_scope),
            "dimensions": {},
            "dimension_coverage": {},
            "elements": {},
            "pillars": {},
            "indicator_scores": {code: s[code] for code in in_scope},
        }
        null_dims = []
        dim_children = []
        partial_weights = {}  # code -> (indicator-in-element) x (element-in-dimension)
        for dim, els in tree:
            dim_codes = [code for _, codes in els for code in codes]
            present = sum(1 for code in dim_codes if s[code] is not None)
            cov = present / len(dim_codes)
            city["dimension_coverage"][dim] = cov
            el_children = []
            el_scores = {}
            for el, codes in els:
                e = aggregate(aggregation, [(1.0, s[code]) for code in codes])
                city["elements"]["%s/%s" % (dim, el)] = e
                el_scores[el] = e
                el_children.append((1.0, e))
            d = aggregate(aggregation, el_children)
            if d is None or cov < min_coverage:
                d = None
                null_dims.append(dim)
            city["dimensions"][dim] = d
            dim_children.append((1.0, d))
            # effective weights below the dimension level (equal weights, renormalised)
            n_el = sum(1 for el, _ in els if el_scores[el] is not None)
            for el, codes in els:
                k = sum(1 for code in codes if s[code] is not None)
                for code in codes:
                    if s[code] is None or el_scores[el] is None:
                        partial_weights[code] = 0.0
                    else:
                        partial_weights[code] = (1.0 / k) * (1.0 / n_el)
        city["null_dimensions"] = null_dims
        if not null_dims:
            city["index"] = aggregate(aggregation, dim_children)
            if normalisation != "zscore":
                city["level"] = level_of(city["index"])
        for p in pillars:
            vals = [s[code] for code in in_scope
                    if by_code[code]["pillar"] == p and s[code] is not None]
            if vals:
                total = 0.0
                for v in vals:
                    total += v
                city["pillars"][p] = total / len(vals)
            else:
                city["pillars"][p] = None
        if aggregation == "arithmetic":
            if city["index"] is None:
                city["effective_weights"] = None
            else:
                n_dim = len(dims_in_scope)
                ew = {code: partial_weights[code] * (1.0 / n_dim) for code in in_scope}
                check = 0.0
                for code in in_scope:
                    if s[code] is not None:
                        check += ew[code] * s[code]
                assert abs(check - city["index"]) < 1e-9, (c, check, city["index"])
                city["effective_weights"] = ew
        results.append(city)

    # 8. Rank: descending index; within 1e-9 of the previous city shares its rank.
    ranked = [r for r in results if r["index"] is not None]
    unranked = sorted([r for r in results if r["index"] is None], key=lambda r: r["code"])
    ranked.sort(key=lambda r: (-r["index"], r["code"]))
    groups = []
    for r in ranked:
        if groups and abs(groups[-1][-1]["index"] - r["index"]) <= TIE_TOLERANCE:
            groups[-1].append(r)
        else:
            groups.append([r])
    ordered = []
    position = 1
    for g in groups:
        for r in sorted(g, key=lambda r: r["code"]):
            r["rank"] = position
            ordered.append(r)
        position += len(g)

    return {
        "year": year,
        "method": {
            "normalisation": normalisation,
            "aggregation": aggregation,
            "weights": "equal",
            "min_coverage": min_coverage,
        },
        "in_scope": in_scope,
        "dimensions_in_scope": dims_in_scope,
        "elements_in_scope": elements_in_scope,
        "cities": ordered + unranked,
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--catalogue", required=True, help="the indicators/ directory")
    ap.add_argument("--data", required=True, help="long CSV: city_code,city_name,year,indicator,value")
    ap.add_argument("--normalise", choices=NORMALISATIONS, default="goalpost")
    ap.add_argument("--aggregate", choices=AGGREGATIONS, default="arithmetic")
    ap.add_argument("--min-coverage", type=float, default=0.5)
    ap.add_argument("--year", type=int, default=None)
    args = ap.parse_args(argv)
    if args.aggregate == "geometric" and args.normalise == "zscore":
        ap.error("geometric aggregation is refused with zscore normalisation")
    out = compute(args.catalogue, args.data, args.normalise, args.aggregate,
                  args.min_coverage, args.year)
    json.dump(out, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
