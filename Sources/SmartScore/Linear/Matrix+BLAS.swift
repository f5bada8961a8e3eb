import CBLAS
import Foundation

/// Matrix products through OpenBLAS: the hot path of scoring, ranking, quick wins and sensitivity.
extension Matrix {
    /// `op(a) · op(b) × alpha`, where `op` transposes when asked. A new matrix.
    public static func product(
        _ a: Matrix, _ b: Matrix,
        transposeA: Bool = false, transposeB: Bool = false, alpha: Double = 1
    ) throws -> Matrix {
        let (m, k, n) = try productShape(a, b, transposeA, transposeB)
        if m == 0 || n == 0 { return Matrix(rows: m, columns: n) }
        if k == 0 { return Matrix(rows: m, columns: n) }
        return Matrix(rows: m, columns: n) { c in
            a.storage.withUnsafeBufferPointer { pa in
                b.storage.withUnsafeBufferPointer { pb in
                    // beta = 0: BLAS does not read C, so uninitialised memory is fine.
                    cblas_dgemm(CblasColMajor,
                                transposeA ? CblasTrans : CblasNoTrans,
                                transposeB ? CblasTrans : CblasNoTrans,
                                Int32(m), Int32(n), Int32(k), alpha,
                                pa.baseAddress, Int32(max(1, a.rows)),
                                pb.baseAddress, Int32(max(1, b.rows)),
                                0, c.baseAddress, Int32(max(1, m)))
                }
            }
        }
    }

    /// `c ← alpha · op(a) · op(b) + beta · c`, writing into an existing matrix (no allocation):
    /// for loops that reuse one output block, such as sensitivity sampling.
    public static func multiply(
        _ a: Matrix, _ b: Matrix,
        transposeA: Bool = false, transposeB: Bool = false,
        alpha: Double = 1, beta: Double = 0, into c: inout Matrix
    ) throws {
        let (m, k, n) = try productShape(a, b, transposeA, transposeB)
        guard c.rows == m, c.columns == n else {
            throw LinearError.shapeMismatch(
                operation: "multiply(into:)",
                detail: "result is \(m) × \(n), output is \(c.rows) × \(c.columns)")
        }
        if m == 0 || n == 0 { return }
        if k == 0 {
            // An empty sum: only the beta term remains.
            for i in c.storage.indices { c.storage[i] = beta == 0 ? 0 : beta * c.storage[i] }
            return
        }
        a.storage.withUnsafeBufferPointer { pa in
            b.storage.withUnsafeBufferPointer { pb in
                c.storage.withUnsafeMutableBufferPointer { pc in
                    cblas_dgemm(CblasColMajor,
                                transposeA ? CblasTrans : CblasNoTrans,
                                transposeB ? CblasTrans : CblasNoTrans,
                                Int32(m), Int32(n), Int32(k), alpha,
                                pa.baseAddress, Int32(max(1, a.rows)),
                                pb.baseAddress, Int32(max(1, b.rows)),
                                beta, pc.baseAddress, Int32(max(1, m)))
                }
            }
        }
    }

    /// `op(a) · x × alpha` for a vector `x`.
    public static func product(_ a: Matrix, vector x: [Double], transposeA: Bool = false, alpha: Double = 1) throws -> [Double] {
        let outLength = transposeA ? a.columns : a.rows
        let inLength = transposeA ? a.rows : a.columns
        guard x.count == inLength else {
            throw LinearError.shapeMismatch(
                operation: "gemv",
                detail: "\(transposeA ? "aᵀ" : "a") is \(outLength) × \(inLength), vector has \(x.count)")
        }
        if outLength == 0 { return [] }
        if inLength == 0 { return Array(repeating: 0, count: outLength) }
        return [Double](unsafeUninitializedCapacity: outLength) { y, count in
            a.storage.withUnsafeBufferPointer { pa in
                x.withUnsafeBufferPointer { px in
                    cblas_dgemv(CblasColMajor, transposeA ? CblasTrans : CblasNoTrans,
                                Int32(a.rows), Int32(a.columns), alpha,
                                pa.baseAddress, Int32(max(1, a.rows)),
                                px.baseAddress, 1, 0, y.baseAddress, 1)
                }
            }
            count = outLength
        }
    }

    /// (m, k, n) of `op(a) · op(b)`, or a shape error naming both operands.
    private static func productShape(_ a: Matrix, _ b: Matrix, _ ta: Bool, _ tb: Bool) throws -> (Int, Int, Int) {
        let (m, ka) = ta ? (a.columns, a.rows) : (a.rows, a.columns)
        let (kb, n) = tb ? (b.columns, b.rows) : (b.rows, b.columns)
        guard ka == kb else {
            throw LinearError.shapeMismatch(
                operation: "gemm",
                detail: "\(ta ? "aᵀ" : "a") is \(m) × \(ka), \(tb ? "bᵀ" : "b") is \(kb) × \(n)")
        }
        return (m, ka, n)
    }
}
