import Foundation

/// Sums, means and extremes along rows or columns. These ignore nothing: a NaN propagates.
/// For data with missing values use the masked versions in `Matrix+Missing.swift`.
extension Matrix {
    /// The sum of each column (length `columns`).
    public func columnSums() -> [Double] {
        (0..<columns).map { j in
            var s = 0.0
            for i in 0..<rows { s += storage[i + j * rows] }
            return s
        }
    }

    /// The sum of each row (length `rows`).
    public func rowSums() -> [Double] {
        var sums = Array(repeating: 0.0, count: rows)
        for j in 0..<columns {
            for i in 0..<rows { sums[i] += storage[i + j * rows] }
        }
        return sums
    }

    /// The mean of each column; NaN for a matrix with no rows.
    public func columnMeans() -> [Double] {
        columnSums().map { rows == 0 ? .nan : $0 / Double(rows) }
    }

    /// The mean of each row; NaN for a matrix with no columns.
    public func rowMeans() -> [Double] {
        rowSums().map { columns == 0 ? .nan : $0 / Double(columns) }
    }

    /// The smallest and largest element of each column; `nil` for a column with no rows.
    public func columnExtremes() -> [(min: Double, max: Double)?] {
        (0..<columns).map { j in
            guard rows > 0 else { return nil }
            var lo = storage[j * rows], hi = lo
            for i in 1..<rows {
                let x = storage[i + j * rows]
                lo = Swift.min(lo, x)
                hi = Swift.max(hi, x)
            }
            return (lo, hi)
        }
    }

    /// The sum of all elements.
    public func sum() -> Double { storage.reduce(0, +) }
}
