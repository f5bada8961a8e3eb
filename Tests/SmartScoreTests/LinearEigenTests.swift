import Foundation
import Testing
@testable import SmartScore

@Suite("Linear: eigen-decompositions and solves through LAPACK")
struct LinearEigenTests {
    @Test("symmetric eigen of [[2,1],[1,2]]: eigenvalues 3 and 1, eigenvectors (1,1)/√2 and (1,−1)/√2")
    func symmetricKnown() throws {
        let e = try Matrix([[2, 1], [1, 2]]).symmetricEigen()
        #expect(abs(e.values[0] - 3) < 1e-14 && abs(e.values[1] - 1) < 1e-14)
        let r = 1 / 2.0.squareRoot()
        #expect(abs(e.vectors[0, 0] - r) < 1e-14 && abs(e.vectors[1, 0] - r) < 1e-14)
        // The sign rule makes the largest component positive; for (1,−1) the tie goes to the first.
        #expect(abs(abs(e.vectors[0, 1]) - r) < 1e-14 && abs(e.vectors[0, 1] + e.vectors[1, 1]) < 1e-14)
    }

    @Test("symmetric eigen of a random matrix satisfies A·v = λ·v with orthonormal vectors", arguments: [1, 3, 12])
    func symmetricRandom(n: Int) throws {
        let r = Reference.random(n, n, seed: UInt64(n))
        let a = try r + r.transposed()
        let e = try a.symmetricEigen()
        #expect(e.values == e.values.sorted(by: >))
        let av = Reference.product(a, e.vectors)
        let vl = try e.vectors.scalingColumns(by: e.values)
        #expect(relativeError(av, vl) <= 1e-12)
        let vtv = Reference.product(e.vectors, e.vectors, transposeA: true)
        #expect(relativeError(vtv, .identity(n)) <= 1e-12)
    }

    @Test("principal eigen of a consistent AHP matrix: λmax = n and weights ∝ (4, 2, 1)")
    func principalConsistent() throws {
        let a = try Matrix([[1, 2, 4], [0.5, 1, 2], [0.25, 0.5, 1]])
        let p = try a.principalEigen()
        #expect(abs(p.value - 3) < 1e-12)
        let sum = p.vector.reduce(0, +)
        let weights = p.vector.map { $0 / sum }
        for (w, want) in zip(weights, [4.0 / 7, 2.0 / 7, 1.0 / 7]) { #expect(abs(w - want) < 1e-12) }
    }

    @Test("principal eigen picks the largest real eigenvalue of a matrix with a complex pair")
    func principalWithComplexPair() throws {
        // Block diagonal: a rotation (eigenvalues ±i) and the value 0.5.
        let a = try Matrix([[0, -1, 0], [1, 0, 0], [0, 0, 0.5]])
        let p = try a.principalEigen()
        #expect(p.value == 0.5)
        #expect(abs(p.vector[2] - 1) < 1e-14)
        #expect(p.allValues.filter { $0.imaginary != 0 }.count == 2)
    }

    @Test("solve matches a hand-solved system")
    func solveKnown() throws {
        // 2x + y = 5, x + 3y = 10 → x = 1, y = 3.
        let x = try Matrix([[2, 1], [1, 3]]).solve(.column([5, 10]))
        #expect(abs(x[0, 0] - 1) < 1e-14 && abs(x[1, 0] - 3) < 1e-14)
    }

    @Test("LAPACK failures become Swift errors with the routine named")
    func lapackFailures() throws {
        #expect(throws: LinearError.computationFailed(routine: "dgesv", info: 2, reason: "the matrix is singular: U(2,2) is exactly zero")) {
            try Matrix([[1, 2], [2, 4]]).solve(.column([1, 1]))
        }
        // LAPACKE checks its matrix arguments for NaN and reports them as an illegal argument.
        #expect(throws: LinearError.illegalArgument(routine: "dsyevd", argument: 5)) {
            try Matrix([[1, .nan], [.nan, 1]]).symmetricEigen()
        }
        #expect(throws: LinearError.illegalArgument(routine: "dgeev", argument: 5)) {
            try Matrix([[1, .nan], [0, 1]]).principalEigen()
        }
        #expect(throws: LinearError.self) { try Matrix(rows: 2, columns: 3).symmetricEigen() }
        #expect(throws: LinearError.self) { try Matrix(rows: 0, columns: 0).principalEigen() }
        let error = LinearError.computationFailed(routine: "dgesv", info: 2, reason: "x")
        #expect(error.description.contains("dgesv") && error.description.contains("info = 2"))
    }
}
