import Foundation

/// A statistical audit of a scored cohort, as the JRC audits of composite indicators and COINr make it:
/// correlations across the hierarchy, internal consistency (Cronbach's α), collinear indicators, and how
/// much each part drives the index against its nominal weight. Every correlation is Pearson's r,
/// pairwise-complete, on the normalised scores of the scored year under the nominal method.
public struct AuditResult: Sendable {
    /// One in-scope indicator.
    public struct IndicatorFinding: Sendable {
        /// The indicator's column in `scores.indicators`.
        public let column: Int
        public let indicator: Indicator
        /// r with its own dimension's score and its own element's score (each includes the indicator
        /// itself, as COINr's correlations with the parent do); nil when undefined.
        public let withDimension: Double?
        public let withElement: Double?
        /// Its pull on the index (r with the index is `importance.correlation`).
        public let importance: Importance

        public var code: String { indicator.code }
        public var dimension: String { indicator.dimension }
        public var element: String { indicator.element }
    }

    /// One in-scope element: its α.
    public struct ElementFinding: Sendable {
        public let dimension: String
        public let element: String
        public let alpha: CronbachAlpha
        /// `dimension/element`, as scores and shares name it.
        public var path: String { "\(dimension)/\(element)" }
    }

    /// One in-scope dimension.
    public struct DimensionFinding: Sendable {
        public let id: String
        /// Its indicators' columns in `scores.indicators`, in catalogue order.
        public let indicatorColumns: [Int]
        /// Its indicators among themselves (rows and columns in `indicatorColumns` order).
        public let indicatorCorrelations: PairwiseStatistic
        public let alpha: CronbachAlpha
        public let elements: [ElementFinding]
        /// Its pull on the index against its nominal share.
        public let importance: Importance
    }

    /// Two indicators that move together so closely that one may count the same thing twice.
    public struct CollinearPair: Sendable, Equatable {
        /// Columns in `scores.indicators`, first < second.
        public let first: Int
        public let second: Int
        public let correlation: Double
        public let pairs: Int
        public let sameElement: Bool
        public let sameDimension: Bool
    }

    /// The scored cohort the audit describes (its year, method, cities and scores).
    public let scores: ScoreResult
    public let options: AuditOptions
    /// Dimension × dimension (in `scores.dimensions` order), over their scores.
    public let dimensionCorrelations: PairwiseStatistic
    public let dimensions: [DimensionFinding]
    /// In-scope indicators, in `scores.indicators` order.
    public let indicators: [IndicatorFinding]
    /// |r| above the threshold, strongest first (ties by the codes).
    public let collinearPairs: [CollinearPair]
    /// Pairs of distinct indicators whose r is undefined, so that "no collinear pair" is not read as "none".
    public let undefinedIndicatorPairs: Int
    /// Where the values came from, when the front end asked the store or file (the use case fills it).
    public var values: ValueProvenance?

    /// Indicators whose r with their own dimension's score is below 0: they pull against the dimension that
    /// contains them. Most negative first, ties by code.
    public var negativelyCorrelated: [IndicatorFinding] {
        indicators.filter { ($0.withDimension ?? 0) < 0 }
            .sorted { ($0.withDimension!, $0.code) < ($1.withDimension!, $1.code) }
    }

    /// Indicators whose r with their own dimension is undefined: "none negatively correlated" excludes them.
    public var undefinedWithDimension: Int { indicators.filter { $0.withDimension == nil }.count }

    /// Indicators whose share of the main effects is below half or above twice their nominal share,
    /// farthest from their weight first (by |log ratio|), ties by code.
    public var flaggedIndicators: [IndicatorFinding] {
        indicators.filter { $0.importance.flag != nil }.sorted { a, b in
            let da = abs(log(a.importance.ratio!)), db = abs(log(b.importance.ratio!))
            return da != db ? da > db : a.code < b.code
        }
    }

    /// Indicators by their share of the main effects, largest first (ties by code); undefined ones last.
    public var indicatorsByImportance: [IndicatorFinding] {
        indicators.sorted { a, b in
            switch (a.importance.share, b.importance.share) {
            case let (x?, y?): return x != y ? x > y : a.code < b.code
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.code < b.code
            }
        }
    }

    /// Cities of the scored cohort, and how many of them have an index.
    public var cityCount: Int { scores.cities.count }
    public var citiesWithIndex: Int { scores.index.lazy.filter(\.isFinite).count }
}
