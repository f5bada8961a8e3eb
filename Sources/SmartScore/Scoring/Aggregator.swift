import Foundation

/// Weighted means of children into parents for every city at once, leaving missing children out and
/// renormalising the rest: two GEMMs and a division, `(S∘M)·W ⊘ (M·W)` (Scoring/README.md §3).
enum Aggregator {
    /// `scores`: cities × children (NaN missing); `weights`: children × parents. Returns cities × parents
    /// (NaN where a parent has no present child with positive weight) and the denominators `M·W`.
    static func aggregate(_ scores: Matrix, _ weights: Matrix, method: ScoringMethod.Aggregation) throws -> (scores: Matrix, denominators: Matrix) {
        let mask = scores.presenceMask()
        let denominators = try Matrix.product(mask, weights)
        switch method {
        case .arithmetic:
            let numerators = try Matrix.product(scores.filledMissing(), weights)
            return (try numerators.dividedElementwise(by: denominators), denominators)
        case .geometric:
            // On the strictly positive range [1, 100] (PositiveRange), so a 0 lowers but does not erase.
            let logs = scores.map { $0.isNaN ? 0 : PositiveRange.logLifted($0) }
            let logMeans = try Matrix.product(logs, weights).dividedElementwise(by: denominators)
            let out = logMeans.map { $0.isNaN ? .nan : PositiveRange.score(fromLogMean: $0) }
            return (out, denominators)
        }
    }
}
