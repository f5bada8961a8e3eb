import Foundation

/// Cronbach's α of a group of indicators: how consistently they measure one thing. Computed as COINr's
/// `get_cronbach` does, from the pairwise-complete covariance matrix C of the group's k indicator scores:
/// `α = k/(k − 1) · (1 − tr(C)/ΣC)`.
///
/// One difference from COINr: COINr sums C with `na.rm = TRUE`, so a covariance no city supports is silently
/// dropped from ΣC and α is computed on part of the matrix. Here such an α is undefined, with the pair named.
public struct CronbachAlpha: Sendable, Equatable {
    /// Why α is undefined.
    public enum Undefined: Sendable, Equatable {
        /// Fewer than two indicators: α measures agreement between indicators.
        case tooFewIndicators(count: Int)
        /// Fewer than three cities (the audit's minimum) have both indicators, so their covariance is undefined.
        case covarianceUndefined(first: String, second: String)
        /// Fewer than three cities have a value of the indicator, so its variance is undefined.
        case varianceUndefined(code: String)
        /// The covariances sum to zero or less: no shared variance to divide by.
        case noVariance
    }

    /// The group's indicator codes, in the order of the scores' columns.
    public let codes: [String]
    /// α; nil when undefined (`undefined` says why).
    public let alpha: Double?
    public let undefined: Undefined?

    public var indicatorCount: Int { codes.count }

    /// α of the columns of `scores` (cities × the group's indicators, NaN missing).
    public static func of(_ scores: Matrix, codes: [String]) throws -> CronbachAlpha {
        precondition(scores.columns == codes.count, "one code per column")
        let k = scores.columns
        guard k >= 2 else { return CronbachAlpha(codes: codes, alpha: nil, undefined: .tooFewIndicators(count: k)) }
        // The audit's minimum of cities, as for its correlations (with two cities every r is ±1).
        let c = try scores.pairwiseCovariance(minimumPairs: AuditOptions.minimumPairs).values
        var total = 0.0, trace = 0.0
        for j in 0..<k {
            for i in 0..<k {
                let v = c[i, j]
                // Column order, first pair met: the same pair is named on every run.
                if v.isNaN {
                    let (a, b) = (min(i, j), max(i, j))
                    return CronbachAlpha(codes: codes, alpha: nil,
                                         undefined: a == b ? .varianceUndefined(code: codes[a]) : .covarianceUndefined(first: codes[a], second: codes[b]))
                }
                total += v
                if i == j { trace += v }
            }
        }
        guard total > 0 else { return CronbachAlpha(codes: codes, alpha: nil, undefined: .noVariance) }
        let kk = Double(k)
        return CronbachAlpha(codes: codes, alpha: kk / (kk - 1) * (1 - trace / total), undefined: nil)
    }
}
