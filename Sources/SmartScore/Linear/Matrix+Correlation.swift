import Foundation

/// A statistic computed for every pair of columns (one of X, one of Y) over the rows where both are
/// present, with how many rows that was.
public struct PairwiseStatistic: Sendable, Equatable {
    /// p × q: the statistic of column i of X with column j of Y; NaN where it is undefined.
    public let values: Matrix
    /// p × q: the rows where both columns have a value (whole numbers, kept as `Double` for BLAS).
    public let pairs: Matrix

    public subscript(i: Int, j: Int) -> Double? {
        let x = values[i, j]
        return x.isNaN ? nil : x
    }

    public func pairCount(_ i: Int, _ j: Int) -> Int { Int(pairs[i, j]) }
}

/// Pairwise-complete Pearson correlation and covariance between the columns of X (n × p) and of Y
/// (n × q), NaN meaning missing, as R's `cor(x, y, use = "pairwise.complete.obs")` computes them.
///
/// Every sum over "rows where both are present" is a product of a zero-filled data matrix with a presence
/// mask, so the whole p × q table is six GEMMs (masks M, zero-filled X0, Y0):
/// `N = MxᵀMy`, `Sxy = X0ᵀY0`, `Sx = X0ᵀMy`, `Sy = MxᵀY0`, `Sxx = (X0∘X0)ᵀMy`, `Syy = Mxᵀ(Y0∘Y0)`, and then
/// element-wise `r = (N·Sxy − Sx·Sy) / √((N·Sxx − Sx²)(N·Syy − Sy²))`.
extension Matrix {
    /// Pearson's r of every column of `x` with every column of `y`; NaN when fewer than
    /// `minimumPairs` rows have both values, or when either column is constant over those rows.
    public static func pairwiseCorrelation(_ x: Matrix, _ y: Matrix, minimumPairs: Int = 3) throws -> PairwiseStatistic {
        let m = try PairwiseMoments(x, y)
        var r = Matrix(rows: x.columns, columns: y.columns, repeating: .nan)
        for k in 0..<r.storage.count {
            let n = m.n.storage[k]
            guard n >= Double(max(2, minimumPairs)) else { continue }
            let sx = m.sx.storage[k], sy = m.sy.storage[k]
            let vx = PairwiseMoments.spread(n, m.sxx.storage[k], sx)
            let vy = PairwiseMoments.spread(n, m.syy.storage[k], sy)
            guard vx > 0, vy > 0 else { continue }
            // Round-off can carry |r| a hair past 1 for a perfectly linear pair.
            r.storage[k] = Swift.max(-1, Swift.min(1, (n * m.sxy.storage[k] - sx * sy) / (vx * vy).squareRoot()))
        }
        return PairwiseStatistic(values: r, pairs: m.n)
    }

    /// The sample covariance (n − 1) of every column of `x` with every column of `y`, each over the
    /// rows where both are present; NaN where fewer than two rows are.
    public static func pairwiseCovariance(_ x: Matrix, _ y: Matrix, minimumPairs: Int = 2) throws -> PairwiseStatistic {
        let m = try PairwiseMoments(x, y)
        var c = Matrix(rows: x.columns, columns: y.columns, repeating: .nan)
        for k in 0..<c.storage.count {
            let n = m.n.storage[k]
            guard n >= Double(max(2, minimumPairs)) else { continue }
            c.storage[k] = (n * m.sxy.storage[k] - m.sx.storage[k] * m.sy.storage[k]) / (n * (n - 1))
        }
        return PairwiseStatistic(values: c, pairs: m.n)
    }

    /// The correlation matrix of the columns among themselves.
    public func pairwiseCorrelation(minimumPairs: Int = 3) throws -> PairwiseStatistic {
        try Matrix.pairwiseCorrelation(self, self, minimumPairs: minimumPairs)
    }

    /// The covariance matrix of the columns among themselves.
    public func pairwiseCovariance(minimumPairs: Int = 2) throws -> PairwiseStatistic {
        try Matrix.pairwiseCovariance(self, self, minimumPairs: minimumPairs)
    }
}

/// The six pairwise sums behind r and the covariance, each a p × q GEMM.
struct PairwiseMoments {
    let n, sxy, sx, sy, sxx, syy: Matrix

    init(_ x: Matrix, _ y: Matrix) throws {
        guard x.rows == y.rows else {
            throw LinearError.shapeMismatch(operation: "pairwise", detail: "x has \(x.rows) rows, y has \(y.rows)")
        }
        let mx = x.presenceMask(), my = y.presenceMask()
        // Each column is shifted by the mean of its present values first. Every statistic here is
        // unchanged by a shift of a column (the N·S − S·S differences cancel it exactly in exact
        // arithmetic), but the differences of large sums lose digits when the values sit far from 0
        // relative to their spread (scores around 80 ± 2); centred, the sums stay small.
        let x0 = PairwiseMoments.centredFilled(x), y0 = PairwiseMoments.centredFilled(y)
        n = try Matrix.product(mx, my, transposeA: true)
        sxy = try Matrix.product(x0, y0, transposeA: true)
        sx = try Matrix.product(x0, my, transposeA: true)
        sy = try Matrix.product(mx, y0, transposeA: true)
        sxx = try Matrix.product(x0.map { $0 * $0 }, my, transposeA: true)
        syy = try Matrix.product(mx, y0.map { $0 * $0 }, transposeA: true)
    }

    /// The columns minus their present values' mean, with missing values 0.
    static func centredFilled(_ x: Matrix) -> Matrix {
        let means = x.maskedColumnMeans()
        var out = x
        for j in 0..<x.columns {
            let mean = means[j].isNaN ? 0 : means[j]
            for i in 0..<x.rows {
                let k = i + j * x.rows
                out.storage[k] = x.storage[k].isNaN ? 0 : x.storage[k] - mean
            }
        }
        return out
    }

    /// `N·Sxx − Sx²` (N² times the biased variance over the pairs), or 0 when it is within round-off
    /// of 0: the difference of two nearly equal terms can come out a tiny positive or negative number
    /// for a column that is constant over the pairs, which must read as "no variance", not as a spread.
    static func spread(_ n: Double, _ sxx: Double, _ sx: Double) -> Double {
        let a = n * sxx, b = sx * sx
        let d = a - b
        return d <= 1e-12 * Swift.max(a, b) ? 0 : d
    }
}
