/// Everything the engine computed for a cohort: the input, the method (with data-derived weights
/// resolved), and the scores at every level, as matrices whose rows are the cohort's cities.
public struct ScoreResult: Sendable {
    public let input: IndicatorMatrix
    public let method: ScoringMethod
    /// The framework the hierarchy came from.
    public let framework: Framework
    /// Cities × indicators: scores after normalisation (NaN missing).
    public let indicatorScores: Matrix
    /// In-scope elements and dimensions, in framework order.
    public let elements: [(dimension: String, element: String)]
    public let dimensions: [String]
    /// Cities × elements.
    public let elementScores: Matrix
    /// Cities × dimensions, NaN where a dimension is `null` (no value, or coverage below the minimum).
    public let dimensionScores: Matrix
    /// Cities × dimensions: share of the dimension's in-scope indicators with a value.
    public let dimensionCoverage: Matrix
    /// The index per city (NaN when `null`) and the city's coverage.
    public let index: [Double]
    public let coverage: [Double]
    /// Why a city's index is `null`, when it is.
    public let nullReasons: [String?]
    /// Cities × pillars (structure, infrastructure, suprastructure).
    public let pillarScores: Matrix
    /// Rank per city (nil for a `null` index) and the display order (ranked by rank then code, then the rest by code).
    public let ranks: [Int?]
    public let order: [Int]
    /// Cities × indicators: the effective weight of each indicator in each city's index (arithmetic only; see README §9).
    public let effectiveWeights: Matrix?
    /// Target score per indicator (100 unless a raw-unit target says otherwise) and per dimension.
    public let indicatorTargets: [Double]
    public let dimensionTargets: [Double]
    /// Codes whose columns were winsorised.
    public let winsorised: [String]
    public let warnings: [String]

    public var cities: [CityRecord] { input.cities }
    public var indicators: [Indicator] { input.indicators }

    public func cityIndex(code: String) -> Int? { input.cities.firstIndex { $0.code == code } }

    public func level(ofIndex k: Int) -> (id: String, en: String)? {
        guard method.isBounded, index[k].isFinite else { return nil }
        return method.levels.level(index[k])
    }

    /// `max(0, target − score)`, nil when the score is null or the scale unbounded.
    public func gap(score: Double, target: Double = 100) -> Double? {
        guard method.isBounded, score.isFinite else { return nil }
        return max(0, target - score)
    }
}
