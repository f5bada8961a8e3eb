import Foundation

/// PCA weights for one group of indicators (an element), as the OECD/JRC Handbook on Constructing
/// Composite Indicators (2008, §6.1 and step 6) derives them:
/// 1. the correlation matrix of the indicators' scores (a missing score replaced by the indicator's mean;
///    an indicator that does not vary is left out and weighs 0);
/// 2. its principal components, retained when each has an eigenvalue above 1 **and** explains at least 10 %
///    of the variance; when those together explain less than 60 %, the next components that still explain
///    at least 10 % each are added until 60 % is reached (said in the result); at least one is retained;
/// 3. the retained loadings (eigenvector × √eigenvalue) rotated by varimax (Kaiser-normalised rows);
/// 4. each factor's squared loadings scaled to unity sum; each indicator assigned to the factor on which its
///    scaled squared loading is largest;
/// 5. weight = (the factor's explained variance ÷ that of all retained factors) × the indicator's scaled
///    squared loading on its factor, then scaled so the group's weights sum to 1.
public enum HandbookPCA {
    public static let minimumComponentShare = 0.10
    public static let cumulativeTarget = 0.60

    /// The derivation of one group: what a reader needs to follow and check it.
    public struct Derivation: Sendable, Equatable {
        /// Indicator weights within the group, summing to 1 (all 0 when no indicator varies).
        public let weights: [Double]
        /// Eigenvalues of the correlation matrix of the varying indicators, descending.
        public let eigenvalues: [Double]
        /// How many components were retained (0 when no indicator varies).
        public let retained: Int
        /// The share of the variance the retained components explain together.
        public let cumulativeShare: Double
        /// Whether components with an eigenvalue of 1 or less were added to reach 60 %.
        public let extendedBeyondKaiser: Bool
        /// The rotated loadings (varying indicators × retained factors), in the group's indicator order
        /// with a row of zeros for an indicator that does not vary.
        public let rotatedLoadings: Matrix
        /// The factor each indicator is assigned to (nil when it does not vary).
        public let factor: [Int?]
    }

    /// The derivation on `scores` (cities × the group's indicators, NaN missing).
    public static func derive(_ scores: Matrix) throws -> Derivation {
        let n = scores.rows, p = scores.columns
        // Standardised, mean-imputed columns of the indicators that vary.
        var varying: [Int] = []
        var columns: [[Double]] = []
        for j in 0..<p {
            let present = scores.presentValues(inColumn: j)
            guard present.count > 1 else { continue }
            let mean = Statistics.mean(present)
            let column = scores.column(j).map { $0.isNaN ? mean : $0 }
            let sd = Statistics.sampleStandardDeviation(column, mean: mean)
            guard sd > 0 else { continue }
            varying.append(j)
            columns.append(column.map { ($0 - mean) / sd })
        }
        let q = varying.count
        var weights = [Double](repeating: 0, count: p)
        var factor = [Int?](repeating: nil, count: p)
        guard q > 0, n > 1 else {
            return Derivation(weights: weights, eigenvalues: [], retained: 0, cumulativeShare: 0, extendedBeyondKaiser: false,
                              rotatedLoadings: Matrix(rows: p, columns: 0), factor: factor)
        }
        let z = try Matrix(rows: n, columns: q, columnMajor: columns.flatMap { $0 })
        // R = Zᵀ Z / (n − 1), one GEMM.
        let correlation = try Matrix.product(z, z, transposeA: true, alpha: 1 / Double(n - 1))
        let eigen = try correlation.symmetricEigen()
        let values = eigen.values.map { max(0, $0) }          // round-off can leave −1e-16 on a singular R
        let total = Double(q)                                   // trace of a correlation matrix

        // Retention: eigenvalue > 1 and ≥ 10 % each; then, below 60 % together, further components of ≥ 10 %.
        var retained = 0
        while retained < q, values[retained] > 1, values[retained] / total >= minimumComponentShare { retained += 1 }
        retained = max(retained, 1)
        var cumulative = values.prefix(retained).reduce(0, +) / total
        var extended = false
        while cumulative < cumulativeTarget, retained < q, values[retained] / total >= minimumComponentShare {
            cumulative += values[retained] / total
            retained += 1
            extended = true
        }

        var loadings = Matrix(rows: q, columns: retained)
        for k in 0..<retained {
            let root = values[k].squareRoot()
            for j in 0..<q { loadings[j, k] = eigen.vectors[j, k] * root }
        }
        let rotated = retained > 1 ? try varimax(loadings) : loadings

        // Each factor's explained variance, the scaled squared loadings, the assignment, the weights.
        let variance = (0..<retained).map { k in (0..<q).reduce(0.0) { $0 + rotated[$1, k] * rotated[$1, k] } }
        let explained = variance.reduce(0, +)
        var full = Matrix(rows: p, columns: retained)
        for (row, j) in varying.enumerated() {
            var best = 0, bestScaled = -1.0
            for k in 0..<retained {
                full[j, k] = rotated[row, k]
                let scaled = variance[k] > 0 ? rotated[row, k] * rotated[row, k] / variance[k] : 0
                if scaled > bestScaled { best = k; bestScaled = scaled }
            }
            factor[j] = best
            weights[j] = explained > 0 ? variance[best] / explained * bestScaled : 0
        }
        let sum = weights.reduce(0, +)
        if sum > 0 { weights = weights.map { $0 / sum } }
        return Derivation(weights: weights, eigenvalues: values, retained: retained, cumulativeShare: cumulative,
                          extendedBeyondKaiser: extended, rotatedLoadings: full, factor: factor)
    }

    /// Varimax rotation (Kaiser 1958) of a loadings matrix (variables × factors), rows normalised to unit
    /// communality during the rotation and scaled back after. Kaiser's own algorithm: sweeps over every pair
    /// of factors, each pair turned by the angle that maximises its part of the criterion,
    /// `tan 4φ = (D − 2AB/p) / (C − (A² − B²)/p)` with `u = x² − y²`, `v = 2xy`, `A = Σu`, `B = Σv`,
    /// `C = Σ(u² − v²)`, `D = 2Σuv`, until no pair turns by more than 1e-15. Unlike the SVD iteration, a pair
    /// never stays at a stationary point that is a minimum (two variables symmetrical about a factor).
    public static func varimax(_ loadings: Matrix) throws -> Matrix {
        let p = loadings.rows, m = loadings.columns
        guard m > 1, p > 0 else { return loadings }
        let communality = (0..<p).map { i in (0..<m).reduce(0.0) { $0 + loadings[i, $1] * loadings[i, $1] }.squareRoot() }
        var x = try loadings.scalingRows(by: communality.map { $0 > 0 ? 1 / $0 : 0 })
        let n = Double(p)
        for _ in 0..<maximumVarimaxSweeps {
            var largest = 0.0
            for k in 0..<(m - 1) {
                for l in (k + 1)..<m {
                    var a = 0.0, b = 0.0, c = 0.0, d = 0.0
                    for i in 0..<p {
                        let u = x[i, k] * x[i, k] - x[i, l] * x[i, l], v = 2 * x[i, k] * x[i, l]
                        a += u; b += v; c += u * u - v * v; d += 2 * u * v
                    }
                    let angle = atan2(d - 2 * a * b / n, c - (a * a - b * b) / n) / 4
                    largest = max(largest, abs(angle))
                    let cosine = cos(angle), sine = sin(angle)
                    for i in 0..<p {
                        let xk = x[i, k], xl = x[i, l]
                        x[i, k] = xk * cosine + xl * sine
                        x[i, l] = -xk * sine + xl * cosine
                    }
                }
            }
            if largest < 1e-15 { break }
        }
        return try x.scalingRows(by: communality)
    }

    /// Sweeps converge quickly (a handful for the groups of an element); this bounds a degenerate one.
    static let maximumVarimaxSweeps = 1_000
}
