import Foundation

/// One city's evaluation, drawn from the cohort's `ScoreResult`: its index and level, its dimension,
/// element and pillar scores, its indicators ordered by the index points they cost it, its standing
/// among peers of the same type (the internal half of the masterplan's SWOT), and its trend.
public struct CityEvaluation: Sendable {
    public struct IndicatorLine: Sendable {
        public let indicator: Indicator
        public let value: Double
        public let score: Double
        public let target: Double
        public let gap: Double?
        /// Index points the gap costs the city: effective weight × gap (arithmetic aggregation).
        public let cost: Double?
    }

    public struct Standing: Sendable {
        /// `dimension` or `dimension/element`.
        public let id: String
        public let score: Double
        /// Share of peers (same type, kota or kabupaten) scoring below the city, ties counting half, 0–100;
        /// nil when fewer peers than `minimumPeers` have a score (a percentile of two peers says nothing).
        public let percentile: Double?
        public let peers: Int
        /// Points to the target (100): what the largest-gaps rule ranks by.
        public let gap: Double
    }

    /// How the weaknesses were chosen.
    public enum WeaknessRule: String, Sendable {
        /// The dimensions and elements in the bottom quartile of peers of the same type.
        case bottomQuartile = "bottom_quartile"
        /// None is in the bottom quartile (or there are too few peers): the elements furthest from target.
        case largestGaps = "largest_gaps"
    }

    public let result: ScoreResult
    public let cityIndex: Int
    public let indicators: [IndicatorLine]
    public let dimensionStandings: [Standing]
    public let elementStandings: [Standing]
    public let strengths: [Standing]
    public let weaknesses: [Standing]
    public let weaknessRule: WeaknessRule
    /// Peers of the same type with a score, and the fewest that give a percentile.
    public let peerCount: Int
    public let minimumPeers: Int
    public var peersAvailable: Bool { peerCount >= minimumPeers }
    /// Per year (ascending): the city's index and dimension scores, when the data has several years.
    public let trend: [TrendPoint]
    /// What scoring the earlier years with the reference year's model warned of (and the scored year did
    /// not), such as indicators those years report that the model has no scale for.
    public internal(set) var historyWarnings: [ScoringWarning]
    /// Where the scored year's values came from (set by the use case, which has the observations).
    public var values: ValueProvenance?
    /// The city's indicators with values over more years than the index trend (set by the use case, which
    /// has every year of the data).
    public var series: [IndicatorSeries] = []
    /// The city's data against the scored catalogue, and the framework's dimensions and elements it has no
    /// data for (README §4); the in-scope coverage the index rests on is `result.coverage`.
    public let catalogueCoverage: CoverageAgainstCatalogue
    /// How many of the framework's dimensions the index rests on; nil when the index is null.
    public var indexBasis: IndexBasis? { result.indexBasis(cityIndex) }

    /// One year of the city's trend, scored by the reference year's model.
    public struct TrendPoint: Sendable {
        public let year: Int
        /// NaN when null (see `nullReasons`).
        public let index: Double
        public let dimensions: [String: Double]
        /// The city's coverage that year, over the model's in-scope indicators.
        public let coverage: Double
        public let nullReasons: [NullReason]
        /// The cohort's index that year over the cities with one: its median and quartiles (linear
        /// interpolation, as `AssessmentRanking.Spread` and spreadsheets' QUARTILE.INC); nil when no city
        /// has an index. The trend chart draws them as the line and band the city is read against.
        public var cohortMedian: Double? = nil
        public var cohortLowerQuartile: Double? = nil
        public var cohortUpperQuartile: Double? = nil
    }

    public static let strengthPercentile = 75.0
    public static let weaknessPercentile = 25.0
    /// The fewest peers a percentile is given for, unless the caller says otherwise.
    public static let defaultMinimumPeers = 5
    /// How many elements the largest-gaps rule lists.
    public static let largestGapsShown = 3

    public var city: CityRecord { result.cities[cityIndex] }

    public init(result: ScoreResult, cityIndex c: Int, history: [ScoreResult] = [], minimumPeers: Int = defaultMinimumPeers) {
        self.result = result
        self.cityIndex = c
        self.minimumPeers = max(1, minimumPeers)
        catalogueCoverage = result.catalogueCoverage(ofCity: c)
        var lines: [IndicatorLine] = []
        for (i, indicator) in result.indicators.enumerated() where !result.input.values[c, i].isNaN {
            let score = result.indicatorScores[c, i]
            let gap = result.gap(score: score, target: result.indicatorTargets[i])
            let cost = result.effectiveWeights.flatMap { w in gap.map { w[c, i] * $0 } }
            lines.append(IndicatorLine(indicator: indicator, value: result.input.values[c, i], score: score,
                                       target: result.indicatorTargets[i], gap: gap, cost: cost))
        }
        // What costs the city most first; then by gap; then by code for a stable order.
        lines.sort {
            let a = $0.cost ?? $0.gap ?? 0, b = $1.cost ?? $1.gap ?? 0
            if a != b { return a > b }
            return $0.indicator.code < $1.indicator.code
        }
        indicators = lines

        let peers = result.cities.indices.filter { result.cities[$0].type == result.cities[c].type }
        let least = self.minimumPeers
        func standing(_ id: String, column: [Double]) -> Standing? {
            let mine = column[c]
            guard !mine.isNaN else { return nil }
            let others = peers.filter { $0 != c && !column[$0].isNaN }.map { column[$0] }
            let below = Double(others.filter { $0 < mine }.count), equal = Double(others.filter { $0 == mine }.count)
            let percentile = others.count >= least ? 100 * (below + 0.5 * equal) / Double(others.count) : nil
            return Standing(id: id, score: mine, percentile: percentile, peers: others.count, gap: max(0, 100 - mine))
        }
        dimensionStandings = result.dimensions.enumerated().compactMap { d, id in
            standing(id, column: result.dimensionScores.column(d))
        }
        elementStandings = result.elements.enumerated().compactMap { e, pair in
            standing("\(pair.dimension)/\(pair.element)", column: result.elementScores.column(e))
        }
        peerCount = (dimensionStandings + elementStandings).map(\.peers).max() ?? 0
        let all = (dimensionStandings + elementStandings).filter { $0.percentile != nil }
        strengths = all.filter { $0.percentile! >= Self.strengthPercentile }.sorted { $0.percentile! > $1.percentile! }
        let quartile = all.filter { $0.percentile! <= Self.weaknessPercentile }.sorted { $0.percentile! < $1.percentile! }
        if !quartile.isEmpty {
            weaknesses = quartile
            weaknessRule = .bottomQuartile
        } else {
            // Never an empty list while something falls short: the elements furthest from target, by gap.
            weaknesses = Array(elementStandings.filter { $0.gap > 0 }
                .sorted { $0.gap != $1.gap ? $0.gap > $1.gap : $0.id < $1.id }.prefix(Self.largestGapsShown))
            weaknessRule = .largestGaps
        }

        let code = result.cities[c].code
        let years = (history + [result]).sorted { $0.input.year < $1.input.year }
        trend = years.compactMap { r in
            guard let k = r.cityIndex(code: code) else { return nil }
            var dims: [String: Double] = [:]
            for (d, id) in r.dimensions.enumerated() { dims[id] = r.dimensionScores[k, d] }
            let cohort = AssessmentRanking.Spread(r.index.filter(\.isFinite))
            return TrendPoint(year: r.input.year, index: r.index[k], dimensions: dims, coverage: r.coverage[k], nullReasons: r.nullReasons[k],
                              cohortMedian: cohort?.median, cohortLowerQuartile: cohort?.lowerQuartile, cohortUpperQuartile: cohort?.upperQuartile)
        }
        var seen = Set(result.warnings)
        historyWarnings = years.flatMap(\.warnings).filter { seen.insert($0).inserted }
    }
}
