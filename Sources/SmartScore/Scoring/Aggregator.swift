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
            // ln 0 = −∞: a present zero with positive weight makes the parent 0, so zeros are counted
            // apart and the logs taken of the positive scores only.
            let zeros = scores.map { $0 == 0 ? 1 : 0 }
            let zeroWeight = try Matrix.product(zeros, weights)
            let logs = scores.map { $0.isNaN || $0 <= 0 ? 0 : log($0) }
            let logMeans = try Matrix.product(logs, weights).dividedElementwise(by: denominators)
            var out = logMeans.map { $0.isNaN ? .nan : exp($0) }
            for k in 0..<out.storage.count where zeroWeight.storage[k] > 0 && denominators.storage[k] > 0 {
                out.storage[k] = 0
            }
            return (out, denominators)
        }
    }
}
