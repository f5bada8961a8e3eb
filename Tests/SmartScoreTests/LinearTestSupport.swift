import SmartScore

/// Plain-Swift reference computations the BLAS/LAPACK wrappers are checked against.
enum Reference {
    /// `op(a) · op(b) × alpha` by the textbook triple loop.
    static func product(_ a: Matrix, _ b: Matrix, transposeA: Bool = false, transposeB: Bool = false, alpha: Double = 1) -> Matrix {
        let A = transposeA ? a.transposed() : a
        let B = transposeB ? b.transposed() : b
        var c = Matrix(rows: A.rows, columns: B.columns)
        for i in 0..<A.rows {
            for j in 0..<B.columns {
                var s = 0.0
                for k in 0..<A.columns { s += A[i, k] * B[k, j] }
                c[i, j] = alpha * s
            }
        }
        return c
    }

    static func random(_ rows: Int, _ columns: Int, seed: UInt64) -> Matrix {
        var g = SeededGenerator(seed: seed)
        var m = Matrix(rows: rows, columns: columns)
        for j in 0..<columns { for i in 0..<rows { m[i, j] = g.nextUniform() * 2 - 1 } }
        return m
    }
}

/// The largest element-wise difference relative to the largest magnitude (1 for an all-zero pair).
func relativeError(_ a: Matrix, _ b: Matrix) -> Double {
    precondition(a.rows == b.rows && a.columns == b.columns)
    let scale = max(1e-300, (a.storage + b.storage).map(abs).max() ?? 0)
    return zip(a.storage, b.storage).map { abs($0 - $1) }.max().map { $0 / scale } ?? 0
}
