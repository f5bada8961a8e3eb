"""What the rank and Monte Carlo peers share: the long CSV read with the csv module into a cities x
indicators matrix (numpy), the catalogue's parameters, and the engine's default scoring up to the element
scores (Sources/SmartScore/Scoring/README.md §1-§4, goalpost normalisation, equal weights).

Each peer is a numpy script a data analyst would write for the same job, CSV in, result out. They exist to
be timed against smartscore (scripts/bench-peers.sh), and bench-peers.sh checks that their results equal
smartscore's, so the comparison is of the same work."""

import csv
import json

import numpy as np

TOLERANCE = 1e-9          # Ranking.tolerance: scores this close share a rank
MIN_COVERAGE = 0.5        # --min-coverage default; exactly 0.5 passes


def read_long_csv(path):
    """The long CSV `datasets generate` writes (city_code, city_name, year, indicator, value, ...):
    the columns as lists, by header name."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.reader(f)
        header = next(reader)
        col = {name: i for i, name in enumerate(header)}
        ci, yi, ii, vi = col["city_code"], col["year"], col["indicator"], col["value"]
        cities, years, indicators, values = [], [], [], []
        for row in reader:
            if not row or row[vi] == "":
                continue
            cities.append(row[ci])
            years.append(int(row[yi]))
            indicators.append(row[ii])
            values.append(float(row[vi]))
    return cities, np.array(years), indicators, np.array(values)


def default_year(years, cities, scored):
    """The engine's default year (IndicatorPanel.scoringYears): the latest holding at least half as many
    scored values, and half as many cities with a scored value, as the fullest year (so one long series
    reaching a later year, the IPM of 2024, does not decide it)."""
    years, cities = years[scored], np.array(cities)[scored]
    distinct = np.unique(years)
    counts = np.array([(years == y).sum() for y in distinct])
    regions = np.array([len(np.unique(cities[years == y])) for y in distinct])
    chosen = [y for y, n, r in zip(distinct, counts, regions) if 2 * n >= counts.max() and 2 * r >= regions.max()]
    return int(chosen[-1])


def load_catalogue(path):
    """`smartscore catalogue list --format json`: code -> (dimension, element, worst, best) of every
    scored indicator (type not profile, polarity not neutral) with goalposts."""
    scored = {}
    for entry in json.load(open(path, encoding="utf-8")):
        if entry["scored"] and entry.get("goalposts"):
            g = entry["goalposts"]
            scored[entry["code"]] = (entry["dimension"], entry["element"], float(g["worst"]), float(g["best"]))
    return scored


class Cohort:
    """One year's cities x in-scope indicators, normalised on the goalposts, with the hierarchy."""

    def __init__(self, csv_path, catalogue_path, year=None):
        cities, years, indicators, values = read_long_csv(csv_path)
        catalogue = load_catalogue(catalogue_path)
        scored = np.array([c in catalogue for c in indicators], dtype=bool)
        self.year = default_year(years, cities, scored) if year is None else year
        keep = years == self.year
        city_codes = np.array(cities)[keep]
        indicator_codes = np.array(indicators)[keep]
        values, scored = values[keep], scored[keep]
        # In scope (§1): scored catalogue indicators with a value for at least one city of the year.
        self.codes, city_index = np.unique(city_codes, return_inverse=True)   # every city of the year
        in_scope, ind_index = np.unique(indicator_codes[scored], return_inverse=True)
        raw = np.full((len(self.codes), len(in_scope)), np.nan)
        raw[city_index[scored], ind_index] = values[scored]
        params = [catalogue[c] for c in in_scope]
        worst = np.array([p[2] for p in params])
        best = np.array([p[3] for p in params])
        # §2 goalpost: 100 x clamp((x - worst) / (best - worst), 0, 1); lower-is-better has worst > best.
        self.scores = 100 * np.clip((raw - worst) / (best - worst), 0, 1)
        self.present = ~np.isnan(raw)
        # The hierarchy of the in-scope indicators: elements (dimension/element) and dimensions.
        element_names = sorted(set(f"{p[0]}/{p[1]}" for p in params))
        self.dimensions = sorted(set(p[0] for p in params))
        self.element_of = np.array([element_names.index(f"{p[0]}/{p[1]}") for p in params])
        self.dimension_of_element = np.array([self.dimensions.index(e.split("/")[0]) for e in element_names])
        self.dimension_of_indicator = self.dimension_of_element[self.element_of]
        self.elements = element_names

    def element_scores(self):
        """§3 arithmetic, equal indicator weights: each element the mean of its present indicators'
        scores (NaN when none is present), as an indicators -> elements product and its mask's."""
        member = np.zeros((len(self.element_of), len(self.elements)))
        member[np.arange(len(self.element_of)), self.element_of] = 1
        sums = np.where(self.present, self.scores, 0) @ member
        counts = self.present.astype(float) @ member
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)

    def covered(self):
        """§4: cities whose every in-scope dimension has at least MIN_COVERAGE of its indicators."""
        ok = np.ones(len(self.codes), dtype=bool)
        for d in range(len(self.dimensions)):
            cols = self.dimension_of_indicator == d
            share = self.present[:, cols].sum(axis=1) / cols.sum()
            ok &= share >= MIN_COVERAGE
        return ok

    def dimension_matrix(self):
        """elements x dimensions membership (each element in its one dimension)."""
        m = np.zeros((len(self.elements), len(self.dimensions)))
        m[np.arange(len(self.elements)), self.dimension_of_element] = 1
        return m


def competition_ranks(scores):
    """§8 along axis 0: descending, a score within TOLERANCE of the previous city's shares its rank and
    the next rank skips (1, 2, 2, 4); equal scores keep their input order (the codes are sorted)."""
    order = np.argsort(-scores, axis=0, kind="stable")
    ordered = np.take_along_axis(scores, order, axis=0)
    n = scores.shape[0]
    positions = np.arange(n).reshape((n,) + (1,) * (scores.ndim - 1))
    tied = np.zeros(ordered.shape, dtype=bool)
    tied[1:] = np.abs(ordered[:-1] - ordered[1:]) <= TOLERANCE
    group_start = np.maximum.accumulate(np.where(tied, 0, positions + np.zeros_like(ordered, dtype=int)), axis=0)
    ranks = np.empty_like(group_start)
    np.put_along_axis(ranks, order, group_start + 1, axis=0)
    return ranks
