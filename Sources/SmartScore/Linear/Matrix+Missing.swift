import Foundation

/// Missing values. A missing value is `NaN` inside a data matrix; before any product the scoring
/// core splits such a matrix into two: the values with NaN replaced by 0 (`filledMissing`) and the
/// presence mask, 1 where a value exists and 0 where it is missing (`presenceMask`). A renormalised
/// weighted mean is then two GEMMs and a division: `(X∘M)·W ⊘ (M·W)`.
extension Matrix {
    /// 1 where the element is a number, 0 where it is NaN.
    public func presenceMask() -> Matrix {
        map { $0.isNaN ? 0 : 1 }
    }

    /// The matrix with every NaN replaced by `value` (0 by default).
    public func filledMissing(with value: Double = 0) -> Matrix {
        map { $0.isNaN ? value : $0 }
    }

    /// Whether any element is NaN.
    public var hasMissing: Bool { storage.contains { $0.isNaN } }

    /// The number of present (non-NaN) elements in each column.
    public func presentCountPerColumn() -> [Int] {
        (0..<columns).map { j in
            var n = 0
            for i in 0..<rows where !storage[i + j * rows].isNaN { n += 1 }
            return n
        }
    }

    /// The number of present (non-NaN) elements in each row.
    public func presentCountPerRow() -> [Int] {
        var counts = Array(repeating: 0, count: rows)
        for j in 0..<columns {
            for i in 0..<rows where !storage[i + j * rows].isNaN { counts[i] += 1 }
        }
        return counts
    }

    /// The present values of column `j`, in row order.
    public func presentValues(inColumn j: Int) -> [Double] {
        column(j).filter { !$0.isNaN }
    }

    /// The mean of the present values of each column; NaN where a column has none.
    public func maskedColumnMeans() -> [Double] {
        (0..<columns).map { j in
            var s = 0.0, n = 0
            for i in 0..<rows {
                let x = storage[i + j * rows]
                if !x.isNaN { s += x; n += 1 }
            }
            return n == 0 ? .nan : s / Double(n)
        }
    }

    /// The sample standard deviation (n − 1) of the present values of each column; NaN where a
    /// column has fewer than two. Two-pass, for accuracy on large, shifted values.
    public func maskedColumnStandardDeviations() -> [Double] {
        let means = maskedColumnMeans()
        return (0..<columns).map { j in
            var ss = 0.0, n = 0
            for i in 0..<rows {
                let x = storage[i + j * rows]
                if !x.isNaN { let d = x - means[j]; ss += d * d; n += 1 }
            }
            return n < 2 ? .nan : (ss / Double(n - 1)).squareRoot()
        }
    }

    /// The smallest and largest present value of each column; `nil` where a column has none.
    public func maskedColumnExtremes() -> [(min: Double, max: Double)?] {
        (0..<columns).map { j in
            var lo = Double.infinity, hi = -Double.infinity, any = false
            for i in 0..<rows {
                let x = storage[i + j * rows]
                if !x.isNaN { lo = Swift.min(lo, x); hi = Swift.max(hi, x); any = true }
            }
            return any ? (lo, hi) : nil
        }
    }

    /// The weighted mean of each row over present values, with the weights of the missing ones left
    /// out and the rest renormalised: `(X∘M)·w ⊘ (M·w)`. NaN where a row has no present value with
    /// positive weight. Two GEMVs.
    public func maskedRowWeightedMeans(weights: [Double]) throws -> [Double] {
        let mask = presenceMask()
        let numerator = try Matrix.product(filledMissing(), vector: weights)
        let denominator = try Matrix.product(mask, vector: weights)
        return zip(numerator, denominator).map { $1 > 0 ? $0 / $1 : .nan }
    }
}
