import Foundation

/// Element-wise arithmetic. Shapes must match exactly; there is no implicit broadcasting, except the
/// explicit row/column scalings below.
extension Matrix {
    /// `f(a[i], b[i])` for every element, after checking that the shapes agree.
    public static func elementwise(_ a: Matrix, _ b: Matrix, _ name: String, _ f: (Double, Double) -> Double) throws -> Matrix {
        guard a.rows == b.rows, a.columns == b.columns else {
            throw LinearError.shapeMismatch(
                operation: name, detail: "\(a.rows) × \(a.columns) and \(b.rows) × \(b.columns)")
        }
        return Matrix(rows: a.rows, columns: a.columns) { out in
            for i in 0..<a.storage.count { out[i] = f(a.storage[i], b.storage[i]) }
        }
    }

    /// `f(x)` for every element.
    public func map(_ f: (Double) -> Double) -> Matrix {
        Matrix(rows: rows, columns: columns) { out in
            for i in 0..<storage.count { out[i] = f(storage[i]) }
        }
    }

    public static func + (a: Matrix, b: Matrix) throws -> Matrix { try elementwise(a, b, "add") { $0 + $1 } }
    public static func - (a: Matrix, b: Matrix) throws -> Matrix { try elementwise(a, b, "subtract") { $0 - $1 } }

    /// The Hadamard (element-wise) product.
    public func hadamard(_ other: Matrix) throws -> Matrix { try Matrix.elementwise(self, other, "hadamard") { $0 * $1 } }

    /// Element-wise division; `x / 0` is NaN (a missing result), never infinity, since a zero
    /// denominator in the scoring core always means "nothing to average".
    public func dividedElementwise(by other: Matrix) throws -> Matrix {
        try Matrix.elementwise(self, other, "divide") { $1 == 0 ? .nan : $0 / $1 }
    }

    public func scaled(by factor: Double) -> Matrix { map { $0 * factor } }

    /// Multiplies column `j` by `factors[j]` (`self · diag(factors)`).
    public func scalingColumns(by factors: [Double]) throws -> Matrix {
        guard factors.count == columns else {
            throw LinearError.shapeMismatch(operation: "scalingColumns", detail: "\(columns) columns, \(factors.count) factors")
        }
        var out = self
        for j in 0..<columns {
            let f = factors[j]
            for i in 0..<rows { out.storage[i + j * rows] *= f }
        }
        return out
    }

    /// Multiplies row `i` by `factors[i]` (`diag(factors) · self`).
    public func scalingRows(by factors: [Double]) throws -> Matrix {
        guard factors.count == rows else {
            throw LinearError.shapeMismatch(operation: "scalingRows", detail: "\(rows) rows, \(factors.count) factors")
        }
        var out = self
        for j in 0..<columns {
            for i in 0..<rows { out.storage[i + j * rows] *= factors[i] }
        }
        return out
    }
}
