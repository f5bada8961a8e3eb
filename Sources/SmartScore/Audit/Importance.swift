import Foundation

/// How much one part (an indicator, a dimension) drives the index, against how much its weights say it
/// should (Paruolo, Saisana & Saltelli 2013, "Ratings and rankings: voodoo or science?").
///
/// The main effect `S_i = V[E(y | x_i)] / V(y)` of part i on the index y is estimated, as the JRC audits do
/// when the relation is close to linear, by the squared Pearson correlation `r²(x_i, y)` over the cities that
/// have both. The main effects, normalised to sum to 1 over the parts, are set beside the parts' nominal
/// shares of the index (their normalised weights down the hierarchy): a part whose share of the main effects
/// is below half, or above twice, its nominal share is flagged, because its weight then misstates its pull.
public struct Importance: Sendable, Equatable {
    /// Whether a part's share of the main effects is far from its nominal share.
    public enum Flag: String, Sendable, Equatable {
        /// Below `lowRatio` × the nominal share: it counts for less than its weight says.
        case low
        /// Above `highRatio` × the nominal share: it counts for more than its weight says.
        case high
    }

    /// The flag rule: share / nominal share below 0.5 or above 2.
    public static let lowRatio = 0.5
    public static let highRatio = 2.0

    /// Pearson's r of the part with the index, and over how many cities; nil when undefined.
    public let correlation: Double?
    public let pairs: Int
    /// The estimated main effect `r²`; nil when r is undefined.
    public var mainEffect: Double? { correlation.map { $0 * $0 } }
    /// The main effect over the sum of the weighted parts' defined main effects; nil when undefined or when
    /// the part weighs 0.
    public let share: Double?
    /// The part's nominal share of the index (`ScoringModel.nominalShares`).
    public let nominalShare: Double

    /// share / nominal share; nil when either is undefined or the nominal share is 0 (a part with weight 0
    /// has no weight to misstate).
    public var ratio: Double? {
        guard let share, nominalShare > 0 else { return nil }
        return share / nominalShare
    }

    public var flag: Flag? {
        guard let ratio else { return nil }
        return ratio < Self.lowRatio ? .low : ratio > Self.highRatio ? .high : nil
    }

    /// The importance of each column of `parts` (cities × parts, NaN missing) in `index` (NaN where a city
    /// has none), beside the parts' nominal shares.
    public static func of(_ parts: Matrix, index: [Double], nominalShares: [Double], minimumPairs: Int) throws -> [Importance] {
        of(try Matrix.pairwiseCorrelation(parts, .column(index), minimumPairs: minimumPairs), indexColumn: 0, nominalShares: nominalShares)
    }

    /// The same from a table that already holds each part's r with the index, in column `indexColumn`
    /// (the audit correlates the indicators with all their parents and the index in one pass).
    static func of(_ r: PairwiseStatistic, indexColumn: Int, nominalShares: [Double]) -> [Importance] {
        precondition(r.values.rows == nominalShares.count, "one nominal share per part")
        // The shares are of the weighted parts only, as the nominal shares are: a part of weight 0 is not in
        // the index, and counting its (spurious) main effect would bias every other part's ratio.
        let effects = nominalShares.indices.map { j in nominalShares[j] > 0 ? r[j, indexColumn].map { $0 * $0 } : nil }
        let total = effects.reduce(0) { $0 + ($1 ?? 0) }
        return nominalShares.indices.map { j in
            Importance(correlation: r[j, indexColumn], pairs: r.pairCount(j, indexColumn),
                       share: effects[j].flatMap { total > 0 ? $0 / total : nil }, nominalShare: nominalShares[j])
        }
    }
}
