import Foundation

/// Indicator weights derived from the data: entropy and PCA. Both set indicator weights (renormalised
/// within each element by the aggregation); element and dimension weights stay equal. Each is computed
/// on the normalised scores of the cohort, so it reflects the cohort being scored.
public enum WeightDerivation {
    static func derive(_ kind: WeightSet.Kind, scores: Matrix, indicators: [Indicator]) throws -> WeightSet {
        let weights: [Double]
        switch kind {
        case .entropy: weights = entropy(scores)
        case .pca: weights = try pca(scores)
        default: return .equal
        }
        var set = kind == .entropy ? WeightSet.entropy : WeightSet.pca
        for (i, indicator) in indicators.enumerated() { set.indicators[indicator.code] = weights[i] }
        return set
    }

    /// Shannon-entropy weights: for each indicator, `p_c = x_c / Σ x` over the cities with a value,
    /// `e = −Σ p ln p / ln m`, divergence `d = 1 − e`, and `w = d / Σ d` (a column where every city scores
    /// the same carries no information and gets 0). Scores must be non-negative (not z-scores).
    public static func entropy(_ scores: Matrix) -> [Double] {
        let divergence = (0..<scores.columns).map { j -> Double in
            let x = scores.presentValues(inColumn: j).map { max(0, $0) }
            let total = x.reduce(0, +)
            guard x.count > 1, total > 0 else { return 0 }
            let h = x.reduce(0.0) { acc, v in v > 0 ? acc - (v / total) * log(v / total) : acc }
            return max(0, 1 - h / log(Double(x.count)))
        }
        let sum = divergence.reduce(0, +)
        return sum > 0 ? divergence.map { $0 / sum } : divergence.map { _ in 1 }
    }

    /// PCA weights, after the OECD/JRC handbook: the correlation matrix of the indicators (missing
    /// scores replaced by the indicator's mean), its eigen-decomposition through LAPACK, the components
    /// with eigenvalue above 1 (Kaiser; at least one); an indicator's weight is
    /// `Σ_k (λ_k / Σ λ_retained) × v_ik²` (its squared loading on each retained component, scaled to sum to
    /// one within the component, weighted by the share of variance the component explains). A constant
    /// indicator has no correlation and gets weight 0.
    public static func pca(_ scores: Matrix) throws -> [Double] {
        let n = scores.rows, p = scores.columns
        guard n > 1, p > 0 else { return Array(repeating: 1, count: p) }
        let means = scores.maskedColumnMeans()
        var standardised = Matrix(rows: n, columns: p)
        var constant = [Bool](repeating: false, count: p)
        for j in 0..<p {
            let column = scores.column(j).map { $0.isNaN ? means[j] : $0 }
            let mean = Statistics.mean(column)
            let sd = Statistics.sampleStandardDeviation(column, mean: mean)
            constant[j] = !(sd > 0)
            for i in 0..<n { standardised[i, j] = constant[j] ? 0 : (column[i] - mean) / sd }
        }
        // R = Zᵀ Z / (n − 1), one GEMM.
        var correlation = try Matrix.product(standardised, standardised, transposeA: true, alpha: 1 / Double(n - 1))
        for j in 0..<p where constant[j] { correlation[j, j] = 0 }
        let eigen = try correlation.symmetricEigen()
        let retained = max(1, eigen.values.filter { $0 > 1 }.count)
        let total = eigen.values.prefix(retained).reduce(0, +)
        var weights = [Double](repeating: 0, count: p)
        guard total > 0 else { return weights.map { _ in 1 } }
        for k in 0..<retained {
            let share = eigen.values[k] / total
            for j in 0..<p where !constant[j] { weights[j] += share * eigen.vectors[j, k] * eigen.vectors[j, k] }
        }
        let sum = weights.reduce(0, +)
        return sum > 0 ? weights.map { $0 / sum } : weights.map { _ in 1 }
    }
}
