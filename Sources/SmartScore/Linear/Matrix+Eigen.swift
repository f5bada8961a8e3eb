import CBLAS
import Foundation

/// The result of a symmetric eigen-decomposition: eigenvalues in descending order, and the
/// eigenvectors as the columns of `vectors` in the same order, each of unit length with its largest
/// component made positive (LAPACK's sign is arbitrary; fixing it makes results reproducible).
public struct SymmetricEigen: Sendable {
    public let values: [Double]
    public let vectors: Matrix
}

/// One eigenpair of a general real matrix (real part only; `imaginary` says how far from real).
public struct GeneralEigenvalue: Sendable, Equatable {
    public let real: Double
    public let imaginary: Double
}

/// The principal (largest real) eigenvalue of a general matrix and its eigenvector.
public struct PrincipalEigen: Sendable {
    public let value: Double
    /// Unit-length (2-norm), with the largest component made positive.
    public let vector: [Double]
    /// Every eigenvalue, in LAPACK's order.
    public let allValues: [GeneralEigenvalue]
}

private func lapackChar(_ c: Unicode.Scalar) -> CChar { CChar(UInt8(ascii: c)) }

extension Matrix {
    /// Eigenvalues and eigenvectors of a symmetric matrix (LAPACK `dsyevd`; only the lower triangle
    /// is read). Used for PCA weights on a correlation matrix.
    public func symmetricEigen() throws -> SymmetricEigen {
        guard rows == columns else {
            throw LinearError.shapeMismatch(operation: "symmetricEigen", detail: "\(rows) × \(columns) is not square")
        }
        let n = rows
        if n == 0 { return SymmetricEigen(values: [], vectors: Matrix(rows: 0, columns: 0)) }
        var a = storage
        var w = [Double](repeating: 0, count: n)
        let info = LAPACKE_dsyevd(LAPACK_COL_MAJOR, lapackChar("V"), lapackChar("L"),
                                  Int32(n), &a, Int32(n), &w)
        try checkLAPACK("dsyevd", info) { i in "\(i) off-diagonal elements of an intermediate form did not converge to zero" }
        // LAPACK returns ascending order; smartscore wants the leading component first.
        let order = Array((0..<n).reversed())
        var vectors = try Matrix(rows: n, columns: n, columnMajor: a).selectingColumns(order)
        for j in 0..<n { Matrix.normaliseSign(&vectors.storage, column: j, rows: n) }
        return SymmetricEigen(values: order.map { w[$0] }, vectors: vectors)
    }

    /// The principal eigenvalue (largest real part) of a general square matrix and its right
    /// eigenvector (LAPACK `dgeev`). Used for AHP weights from a pairwise-comparison matrix, whose
    /// principal eigenvalue is real and positive (Perron–Frobenius).
    public func principalEigen() throws -> PrincipalEigen {
        guard rows == columns else {
            throw LinearError.shapeMismatch(operation: "principalEigen", detail: "\(rows) × \(columns) is not square")
        }
        let n = rows
        guard n > 0 else {
            throw LinearError.shapeMismatch(operation: "principalEigen", detail: "a 0 × 0 matrix has no eigenvalue")
        }
        var a = storage
        var wr = [Double](repeating: 0, count: n)
        var wi = [Double](repeating: 0, count: n)
        var vl = [Double](repeating: 0, count: 1)
        var vr = [Double](repeating: 0, count: n * n)
        let info = LAPACKE_dgeev(LAPACK_COL_MAJOR, lapackChar("N"), lapackChar("V"), Int32(n),
                                 &a, Int32(n), &wr, &wi, &vl, 1, &vr, Int32(n))
        try checkLAPACK("dgeev", info) { i in "the QR algorithm failed to compute all eigenvalues; elements \(i)… did not converge" }
        // The principal eigenvalue: the largest real part among the (numerically) real eigenvalues.
        let scale = Swift.max(1, wr.map(abs).max() ?? 1)
        let realIndices = (0..<n).filter { abs(wi[$0]) <= 1e-10 * scale }
        guard let k = realIndices.max(by: { wr[$0] < wr[$1] }) else {
            throw LinearError.computationFailed(routine: "dgeev", info: 0, reason: "the matrix has no real eigenvalue")
        }
        var v = Array(vr[(k * n)..<((k + 1) * n)])
        Matrix.normaliseSign(&v, column: 0, rows: n)
        return PrincipalEigen(value: wr[k], vector: v,
                              allValues: (0..<n).map { GeneralEigenvalue(real: wr[$0], imaginary: wi[$0]) })
    }

    /// Solves `self · X = b` for a square `self` (LAPACK `dgesv`, LU with partial pivoting).
    public func solve(_ b: Matrix) throws -> Matrix {
        guard rows == columns else {
            throw LinearError.shapeMismatch(operation: "solve", detail: "\(rows) × \(columns) is not square")
        }
        guard b.rows == rows else {
            throw LinearError.shapeMismatch(operation: "solve", detail: "a is \(rows) × \(columns), b has \(b.rows) rows")
        }
        let n = rows
        if n == 0 || b.columns == 0 { return Matrix(rows: n, columns: b.columns) }
        var a = storage
        var x = b.storage
        var pivots = [Int32](repeating: 0, count: n)
        let info = LAPACKE_dgesv(LAPACK_COL_MAJOR, Int32(n), Int32(b.columns), &a, Int32(n),
                                 &pivots, &x, Int32(n))
        try checkLAPACK("dgesv", info) { i in "the matrix is singular: U(\(i),\(i)) is exactly zero" }
        return try Matrix(rows: n, columns: b.columns, columnMajor: x)
    }

    /// Scales column `column` of a column-major buffer to unit 2-norm with its largest-magnitude
    /// component positive.
    static func normaliseSign(_ buffer: inout [Double], column: Int, rows n: Int) {
        let range = (column * n)..<((column + 1) * n)
        var norm = 0.0
        var largest = 0.0
        for i in range {
            norm += buffer[i] * buffer[i]
            if abs(buffer[i]) > abs(largest) { largest = buffer[i] }
        }
        norm = norm.squareRoot()
        guard norm > 0 else { return }
        let factor = (largest < 0 ? -1 : 1) / norm
        for i in range { buffer[i] *= factor }
    }
}
