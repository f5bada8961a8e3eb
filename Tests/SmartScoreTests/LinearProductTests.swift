import Testing
@testable import SmartScore

@Suite("Linear: GEMM and GEMV against a reference triple loop")
struct LinearProductTests {
    /// Shapes: (m, k, n) including empty, 1 × 1, tall, wide and odd sizes.
    static let shapes: [(Int, Int, Int)] = [
        (0, 3, 4), (3, 0, 4), (3, 4, 0), (1, 1, 1), (2, 3, 4), (50, 3, 2), (3, 2, 60), (17, 33, 9), (64, 64, 64),
    ]

    @Test("product with every transpose combination matches the reference to 1e-12", arguments: shapes)
    func productMatchesReference(shape: (Int, Int, Int)) throws {
        let (m, k, n) = shape
        for transposeA in [false, true] {
            for transposeB in [false, true] {
                let a = Reference.random(transposeA ? k : m, transposeA ? m : k, seed: UInt64(m * 1000 + k))
                let b = Reference.random(transposeB ? n : k, transposeB ? k : n, seed: UInt64(k * 1000 + n + 7))
                let got = try Matrix.product(a, b, transposeA: transposeA, transposeB: transposeB, alpha: 1.5)
                let want = Reference.product(a, b, transposeA: transposeA, transposeB: transposeB, alpha: 1.5)
                #expect(got.rows == m && got.columns == n)
                #expect(relativeError(got, want) <= 1e-12, "m=\(m) k=\(k) n=\(n) tA=\(transposeA) tB=\(transposeB)")
            }
        }
    }

    @Test("multiply(into:) computes alpha·A·B + beta·C")
    func multiplyIntoAccumulates() throws {
        let a = Reference.random(7, 5, seed: 1), b = Reference.random(5, 4, seed: 2)
        let c0 = Reference.random(7, 4, seed: 3)
        var c = c0
        try Matrix.multiply(a, b, alpha: 2, beta: 0.5, into: &c)
        let want = try Reference.product(a, b, alpha: 2) + c0.scaled(by: 0.5)
        #expect(relativeError(c, want) <= 1e-12)
    }

    @Test("multiply(into:) with an empty inner dimension leaves beta·C")
    func multiplyIntoEmptyInner() throws {
        let a = Matrix(rows: 3, columns: 0), b = Matrix(rows: 0, columns: 2)
        var c = Matrix(rows: 3, columns: 2, repeating: 4)
        try Matrix.multiply(a, b, beta: 0.5, into: &c)
        #expect(c.storage == Array(repeating: 2, count: 6))
    }

    @Test("a product of mismatched shapes is an error naming both shapes")
    func shapeMismatch() {
        let a = Matrix(rows: 2, columns: 3), b = Matrix(rows: 2, columns: 3)
        #expect(throws: LinearError.shapeMismatch(operation: "gemm", detail: "a is 2 × 3, b is 2 × 3")) {
            try Matrix.product(a, b)
        }
        var c = Matrix(rows: 1, columns: 1)
        #expect(throws: LinearError.self) { try Matrix.multiply(a, b, transposeB: true, into: &c) }
    }

    @Test("gemv with and without transpose matches the reference", arguments: [(0, 3), (1, 1), (9, 4), (4, 9)])
    func gemv(shape: (Int, Int)) throws {
        let (m, n) = shape
        let a = Reference.random(m, n, seed: 11)
        let x = (0..<n).map { Double($0) - 1.5 }
        let y = try Matrix.product(a, vector: x)
        let want = Reference.product(a, .column(x))
        #expect(relativeError(.column(y), want) <= 1e-12)
        let xt = (0..<m).map { 0.25 * Double($0) }
        let yt = try Matrix.product(a, vector: xt, transposeA: true)
        let wantT = Reference.product(a, .column(xt), transposeA: true)
        #expect(relativeError(.column(yt), wantT) <= 1e-12)
        #expect(throws: LinearError.self) { try Matrix.product(a, vector: [1, 2, 3, 4, 5, 6, 7]) }
    }

    @Test("a product agrees to rounding for 1 and 2 threads, and is bit-reproducible for a fixed count")
    func threadCountIsDeterministic() throws {
        let a = Reference.random(300, 200, seed: 5), b = Reference.random(200, 250, seed: 6)
        let before = BLASThreads.count
        defer { BLASThreads.set(before) }
        BLASThreads.set(1)
        let one = try Matrix.product(a, b)
        BLASThreads.set(2)
        let two = try Matrix.product(a, b)
        let twoAgain = try Matrix.product(a, b)
        #expect(relativeError(one, two) <= 1e-13)
        #expect(two.storage == twoAgain.storage)
    }

    @Test("pinToOneThread leaves OpenBLAS on one thread, and is idempotent")
    func pinnedToOneThread() throws {
        let before = BLASThreads.count
        defer { BLASThreads.set(before) }
        BLASThreads.set(2)
        BLASThreads.pinToOneThread()
        #expect(BLASThreads.count == 1)
        BLASThreads.pinToOneThread()
        #expect(BLASThreads.count == 1)
    }
}
