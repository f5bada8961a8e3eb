import Foundation

/// A scored cohort as values keyed by city and indicator code, for consumers (a web dashboard, panel
/// analyses, other programs): no parallel arrays, no row positions, no NaN (a missing number is nil).
/// `ScoreResult` is the engine's working form; this is its contract.
public struct CohortScores: Sendable, Codable, Equatable {
    /// How the scores were made: the method's options and the year its model was fitted on.
    public struct MethodDescription: Sendable, Codable, Equatable {
        public let normalisation: ScoringMethod.Normalisation
        public let aggregation: ScoringMethod.Aggregation
        public let weights: String
        public let minCoverage: Double
        public let targets: String
        public let winsorise: Bool
        public let referenceYear: Int
    }

    public let year: Int
    public let method: MethodDescription
    /// In display order: ranked cities by rank then code, then the null ones by code.
    public let cities: [CityScores]
    public let warnings: [ScoringWarning]
    /// The cohort's data against the scored catalogue: indicators with a value for at least one city ÷ the
    /// catalogue's, per dimension and element, and the framework dimensions and elements without any data.
    public let catalogueCoverage: CoverageAgainstCatalogue

    /// The city of region code `code`.
    public subscript(code: String) -> CityScores? { cities.first { $0.city.code == code } }
}

/// One city's scores at every level, keyed by id and code.
public struct CityScores: Sendable, Codable, Equatable {
    public struct Dimension: Sendable, Codable, Equatable {
        /// nil when null (no value, or coverage below the minimum).
        public let score: Double?
        public let gap: Double?
        public let coverage: Double
    }

    public struct IndicatorScore: Sendable, Codable, Equatable {
        public let value: Double
        public let score: Double
        public let target: Double
        public let gap: Double?
        /// The indicator's weight in this city's index (arithmetic aggregation only).
        public let effectiveWeight: Double?
    }

    public let city: CityRecord
    public let rank: Int?
    public let index: Double?
    public let level: Level?
    public let gap: Double?
    public let coverage: Double
    /// Keyed by dimension id.
    public let dimensions: [String: Dimension]
    /// Keyed by `dimension/element`; only elements with a score.
    public let elements: [String: Double]
    /// Keyed by pillar id; only pillars with a score.
    public let pillars: [String: Double]
    /// Keyed by indicator code; only indicators the city has a value for.
    public let indicators: [String: IndicatorScore]
    /// Why the index is null (empty when it is not).
    public let nullReasons: [NullReason]
    /// The city's data against the scored catalogue (not the in-scope `coverage` the index rests on).
    public let catalogueCoverage: CoverageAgainstCatalogue
    /// How many of the framework's dimensions the index rests on; nil when the index is null.
    public let indexBasis: IndexBasis?
}

extension ScoreResult {
    /// The cohort as values keyed by city and indicator code.
    public var scores: CohortScores {
        let m = method
        return CohortScores(year: year,
                            method: .init(normalisation: m.normalisation, aggregation: m.aggregation, weights: m.weights.name,
                                          minCoverage: m.minCoverage, targets: m.targets.name, winsorise: m.winsorise, referenceYear: referenceYear),
                            cities: order.map(cityScores), warnings: warnings, catalogueCoverage: catalogueCoverage)
    }

    /// The scores of the city in row `c`.
    public func cityScores(_ c: Int) -> CityScores {
        func finite(_ x: Double) -> Double? { x.isFinite ? x : nil }
        var dims: [String: CityScores.Dimension] = [:]
        for (d, id) in dimensions.enumerated() {
            let score = dimensionScores[c, d]
            dims[id] = .init(score: finite(score), gap: gap(score: score, target: dimensionTargets[d]), coverage: dimensionCoverage[c, d])
        }
        var elementScores: [String: Double] = [:]
        for (e, pair) in elements.enumerated() { elementScores["\(pair.dimension)/\(pair.element)"] = finite(self.elementScores[c, e]) }
        var pillars: [String: Double] = [:]
        for (p, id) in Framework.pillarIDs.enumerated() { pillars[id] = finite(pillarScores[c, p]) }
        var lines: [String: CityScores.IndicatorScore] = [:]
        for (i, indicator) in indicators.enumerated() where !input.values[c, i].isNaN {
            let score = indicatorScores[c, i]
            lines[indicator.code] = .init(value: input.values[c, i], score: score, target: indicatorTargets[i],
                                          gap: gap(score: score, target: indicatorTargets[i]), effectiveWeight: effectiveWeights?[c, i])
        }
        return CityScores(city: cities[c], rank: ranks[c], index: finite(index[c]), level: level(ofIndex: c), gap: indexGap(c),
                          coverage: coverage[c], dimensions: dims, elements: elementScores, pillars: pillars,
                          indicators: lines, nullReasons: nullReasons[c], catalogueCoverage: catalogueCoverage(ofCity: c),
                          indexBasis: indexBasis(c))
    }
}
