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
        /// Share of peers (same type, kota or kabupaten) scoring below the city, ties counting half, 0–100.
        public let percentile: Double
        public let peers: Int
    }

    public let result: ScoreResult
    public let cityIndex: Int
    public let indicators: [IndicatorLine]
    public let dimensionStandings: [Standing]
    public let elementStandings: [Standing]
    public let strengths: [Standing]
    public let weaknesses: [Standing]
    /// Per year (ascending): the city's index and dimension scores, when the data has several years.
    public let trend: [TrendPoint]
    /// What scoring the earlier years with the reference year's model warned of (and the scored year did
    /// not), such as indicators those years report that the model has no scale for.
    public let historyWarnings: [ScoringWarning]

    /// One year of the city's trend, scored by the reference year's model.
    public struct TrendPoint: Sendable {
        public let year: Int
        /// NaN when null (see `nullReasons`).
        public let index: Double
        public let dimensions: [String: Double]
        /// The city's coverage that year, over the model's in-scope indicators.
        public let coverage: Double
        public let nullReasons: [NullReason]
    }

    public static let strengthPercentile = 75.0
    public static let weaknessPercentile = 25.0

    public var city: CityRecord { result.cities[cityIndex] }

    public init(result: ScoreResult, cityIndex c: Int, history: [ScoreResult] = []) {
        self.result = result
        self.cityIndex = c
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
        func standing(_ id: String, column: [Double]) -> Standing? {
            let mine = column[c]
            guard !mine.isNaN else { return nil }
            let others = peers.filter { $0 != c && !column[$0].isNaN }.map { column[$0] }
            guard !others.isEmpty else { return nil }
            let below = Double(others.filter { $0 < mine }.count), equal = Double(others.filter { $0 == mine }.count)
            return Standing(id: id, score: mine, percentile: 100 * (below + 0.5 * equal) / Double(others.count), peers: others.count)
        }
        dimensionStandings = result.dimensions.enumerated().compactMap { d, id in
            standing(id, column: result.dimensionScores.column(d))
        }
        elementStandings = result.elements.enumerated().compactMap { e, pair in
            standing("\(pair.dimension)/\(pair.element)", column: result.elementScores.column(e))
        }
        let all = dimensionStandings + elementStandings
        strengths = all.filter { $0.percentile >= Self.strengthPercentile }.sorted { $0.percentile > $1.percentile }
        weaknesses = all.filter { $0.percentile <= Self.weaknessPercentile }.sorted { $0.percentile < $1.percentile }

        let code = result.cities[c].code
        let years = (history + [result]).sorted { $0.input.year < $1.input.year }
        trend = years.compactMap { r in
            guard let k = r.cityIndex(code: code) else { return nil }
            var dims: [String: Double] = [:]
            for (d, id) in r.dimensions.enumerated() { dims[id] = r.dimensionScores[k, d] }
            return TrendPoint(year: r.input.year, index: r.index[k], dimensions: dims, coverage: r.coverage[k], nullReasons: r.nullReasons[k])
        }
        var seen = Set(result.warnings)
        historyWarnings = years.flatMap(\.warnings).filter { seen.insert($0).inserted }
    }
}
