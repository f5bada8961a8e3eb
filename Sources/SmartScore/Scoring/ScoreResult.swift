import Foundation

/// Everything a fitted model computed for one cohort: the input (on the model's indicators), and the
/// scores at every level, as matrices whose rows are the cohort's cities. The engine's working form;
/// consumers that want values keyed by city and indicator code take `scores` (a `CohortScores`).
public struct ScoreResult: Sendable {
    /// The model that scored this cohort (its method, reference year, scales and hierarchy).
    public let model: ScoringModel
    /// The scored cohort, its columns the model's in-scope indicators.
    public let input: IndicatorMatrix
    /// Cities × indicators: scores after normalisation (NaN missing).
    public let indicatorScores: Matrix
    /// Cities × elements.
    public let elementScores: Matrix
    /// Cities × dimensions, NaN where a dimension is `null` (no value, or coverage below the minimum).
    public let dimensionScores: Matrix
    /// Cities × dimensions: share of the dimension's in-scope indicators with a value.
    public let dimensionCoverage: Matrix
    /// The index per city (NaN when `null`) and the city's coverage.
    public let index: [Double]
    public let coverage: [Double]
    /// Why a city's index is `null` (empty when it is not).
    public let nullReasons: [[NullReason]]
    /// Cities × pillars (structure, infrastructure, suprastructure).
    public let pillarScores: Matrix
    /// Rank per city (nil for a `null` index) and the display order (ranked by rank then code, then the rest by code).
    public let ranks: [Int?]
    public let order: [Int]
    /// Cities × indicators: the effective weight of each indicator in each city's index (arithmetic only; see README §9).
    public let effectiveWeights: Matrix?
    /// Cities × framework elements (`model.catalogueScope.elements`): the city's in-scope indicators with a
    /// value in each element of the framework, for catalogue coverage (README §4).
    public let presentPerFrameworkElement: Matrix
    public internal(set) var warnings: [ScoringWarning]

    public var method: ScoringMethod { model.method }
    public var framework: Framework { model.framework }
    public var year: Int { input.year }
    public var referenceYear: Int { model.referenceYear }
    /// In-scope elements and dimensions, in framework order.
    public var elements: [(dimension: String, element: String)] { model.elements }
    public var dimensions: [String] { model.dimensions }
    /// Target score per indicator (100 unless a raw-unit target says otherwise) and per dimension.
    public var indicatorTargets: [Double] { model.indicatorTargets }
    public var dimensionTargets: [Double] { model.dimensionTargets }
    /// Codes whose reference columns were winsorised.
    public var winsorised: [String] { model.winsorised }

    public var cities: [CityRecord] { input.cities }
    public var indicators: [Indicator] { input.indicators }
    public var rankedCount: Int { ranks.lazy.compactMap { $0 }.count }

    public func cityIndex(code: String) -> Int? { input.cities.firstIndex { $0.code == code } }

    public func level(ofIndex k: Int) -> Level? {
        guard method.isBounded, index[k].isFinite else { return nil }
        return method.levels.level(index[k])
    }

    /// The index's gap to the index target (`ScoringModel.indexTarget`), nil when null or unbounded.
    public func indexGap(_ k: Int) -> Double? { gap(score: index[k], target: model.indexTarget) }

    /// `max(0, target − score)`, nil when the score is null or the scale unbounded.
    public func gap(score: Double, target: Double = 100) -> Double? {
        guard method.isBounded, score.isFinite else { return nil }
        return max(0, target - score)
    }
}
