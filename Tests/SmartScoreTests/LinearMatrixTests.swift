import Testing
@testable import SmartScore

@Suite("Linear: the matrix type, element-wise operations, reductions and missing values")
struct LinearMatrixTests {
    let m = try! Matrix([[1, 2, 3], [4, 5, 6]])

    @Test("row arrays go in and come out unchanged; storage is column-major")
    func layout() throws {
        #expect(m.storage == [1, 4, 2, 5, 3, 6])
        #expect(m.rowArrays == [[1, 2, 3], [4, 5, 6]])
        #expect(m.transposed().rowArrays == [[1, 4], [2, 5], [3, 6]])
        #expect(m.column(1) == [2, 5])
        #expect(m.row(1) == [4, 5, 6])
        #expect(m.selectingColumns([2, 0]).rowArrays == [[3, 1], [6, 4]])
        #expect(m.selectingRows([1]).rowArrays == [[4, 5, 6]])
        #expect(Matrix.identity(2).rowArrays == [[1, 0], [0, 1]])
        #expect(throws: LinearError.self) { try Matrix([[1, 2], [3]]) }
        #expect(throws: LinearError.self) { try Matrix(rows: 2, columns: 2, columnMajor: [1, 2, 3]) }
        let empty = Matrix(rows: 0, columns: 3)
        #expect(empty.columnSums() == [0, 0, 0])
        #expect(empty.transposed().shape == (3, 0))
    }

    @Test("element-wise operations check shapes and compute element by element")
    func elementwise() throws {
        let n = try Matrix([[2, 2, 2], [1, 0, 3]])
        #expect(try (m + n).rowArrays == [[3, 4, 5], [5, 5, 9]])
        #expect(try (m - n).rowArrays == [[-1, 0, 1], [3, 5, 3]])
        #expect(try m.hadamard(n).rowArrays == [[2, 4, 6], [4, 0, 18]])
        let q = try m.dividedElementwise(by: n)
        #expect(q[0, 0] == 0.5 && q[1, 1].isNaN && q[1, 2] == 2)
        #expect(m.scaled(by: 2).rowArrays == [[2, 4, 6], [8, 10, 12]])
        #expect(try m.scalingColumns(by: [1, 0, -1]).rowArrays == [[1, 0, -3], [4, 0, -6]])
        #expect(try m.scalingRows(by: [10, 1]).rowArrays == [[10, 20, 30], [4, 5, 6]])
        #expect(throws: LinearError.self) { try m + Matrix(rows: 3, columns: 2) }
        #expect(throws: LinearError.self) { try m.scalingColumns(by: [1]) }
    }

    @Test("row and column reductions")
    func reductions() {
        #expect(m.columnSums() == [5, 7, 9])
        #expect(m.rowSums() == [6, 15])
        #expect(m.columnMeans() == [2.5, 3.5, 4.5])
        #expect(m.rowMeans() == [2, 5])
        #expect(m.sum() == 21)
        let ext = m.columnExtremes()
        #expect(ext[0]!.min == 1 && ext[0]!.max == 4)
    }

    @Test("missing values: masks, counts, masked means and sample deviations")
    func missing() throws {
        let x = try Matrix([[1, .nan, 3], [3, .nan, .nan], [5, 7, 9]])
        #expect(x.presenceMask().rowArrays == [[1, 0, 1], [1, 0, 0], [1, 1, 1]])
        #expect(x.filledMissing().rowArrays == [[1, 0, 3], [3, 0, 0], [5, 7, 9]])
        #expect(x.hasMissing)
        #expect(x.presentCountPerColumn() == [3, 1, 2])
        #expect(x.presentCountPerRow() == [2, 1, 3])
        #expect(x.presentValues(inColumn: 2) == [3, 9])
        #expect(x.maskedColumnMeans() == [3, 7, 6])
        let sd = x.maskedColumnStandardDeviations()
        #expect(sd[0] == 2)                      // values 1, 3, 5: variance 4
        #expect(sd[1].isNaN)                     // one value: no sample deviation
        #expect(abs(sd[2] - 18.0.squareRoot()) < 1e-15)  // values 3, 9: variance 18
        let ext = x.maskedColumnExtremes()
        #expect(ext[1]!.min == 7 && ext[1]!.max == 7)
        #expect(Matrix(rows: 2, columns: 1, repeating: .nan).maskedColumnExtremes()[0] == nil)
    }

    @Test("a renormalised weighted row mean leaves missing values out (hand-computed)")
    func maskedWeightedMean() throws {
        let x = try Matrix([[10, .nan, 40], [.nan, .nan, .nan], [20, 30, 40]])
        let means = try x.maskedRowWeightedMeans(weights: [1, 2, 1])
        #expect(means[0] == 25)                  // (10 + 40) / 2
        #expect(means[1].isNaN)                  // nothing present
        #expect(means[2] == 30)                  // (20 + 60 + 40) / 4
    }
}
