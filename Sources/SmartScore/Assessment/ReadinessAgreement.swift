import Foundation

/// How the ministry's final score and smartscore's readiness index relate over the regions that have both:
/// Spearman's rank correlation, each region's place in both orders, and where the two disagree most. The
/// two measure different things (the ministry rates how a masterplan is carried out; readiness reads
/// indicator values), so a weak correlation is a finding, not an error.
public struct ReadinessAgreement: Sendable {
    public struct Pair: Sendable {
        public let entry: AssessmentRanking.Entry
        /// The readiness index (0–100) in the scored year.
        public let index: Double
        /// Places among the matched regions, 1 = best (ties share their mean place).
        public let finalPlace: Double
        public let indexPlace: Double
        public var disagreement: Double { indexPlace - finalPlace }
    }

    public let pairs: [Pair]
    public let spearman: Double?
    /// Participants without a readiness index (not in the data, or no index in the scored year).
    public let unmatched: Int
    public let year: Int
    /// How much of the readiness data is real, imputed or synthetic.
    public let values: ValueProvenance?

    /// The pairs that disagree most, largest first.
    public func largestDisagreements(_ count: Int = 5) -> [Pair] {
        Array(pairs.sorted {
            abs($0.disagreement) != abs($1.disagreement) ? abs($0.disagreement) > abs($1.disagreement) : $0.entry.region.name < $1.entry.region.name
        }.prefix(count))
    }

    /// `result`: the readiness scoring of the same regions; `values`: how much of its data is real.
    public init(ranking: AssessmentRanking, result: ScoreResult, values: ValueProvenance?) {
        let row = Dictionary(result.cities.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
        var matched: [(AssessmentRanking.Entry, Double)] = []
        for entry in ranking.entries {
            guard let code = entry.region.code, let c = row[code], result.index[c].isFinite else { continue }
            matched.append((entry, result.index[c]))
        }
        // Places: rank 1 = best, so rank the negated values.
        let finalPlaces = RankCorrelation.midRanks(matched.map { -$0.0.final })
        let indexPlaces = RankCorrelation.midRanks(matched.map { -$0.1 })
        pairs = matched.indices.map { Pair(entry: matched[$0].0, index: matched[$0].1, finalPlace: finalPlaces[$0], indexPlace: indexPlaces[$0]) }
        spearman = RankCorrelation.spearman(matched.map(\.0.final), matched.map(\.1))
        unmatched = ranking.entries.count - matched.count
        year = result.year
        self.values = values
    }
}
