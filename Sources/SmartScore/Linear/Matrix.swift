import Foundation

/// A dense, column-major matrix of `Double`: the one shape of data the scoring core works on.
///
/// Column-major storage is what BLAS and LAPACK expect, so a `Matrix` goes to them without copying.
/// Element `(i, j)` lives at `storage[i + j * rows]`. A missing value is `Double.nan`
/// (see `Matrix+Missing.swift` and this folder's README).
public struct Matrix: Equatable, Sendable {
    public let rows: Int
    public let columns: Int
    /// Column-major elements; `storage.count == rows * columns`.
    public internal(set) var storage: [Double]

    /// A matrix of `rows × columns` filled with `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "Matrix dimensions must be non-negative")
        self.rows = rows
        self.columns = columns
        self.storage = Array(repeating: value, count: rows * columns)
    }

    /// A matrix over existing column-major elements.
    public init(rows: Int, columns: Int, columnMajor elements: [Double]) throws {
        guard rows >= 0, columns >= 0, elements.count == rows * columns else {
            throw LinearError.shapeMismatch(
                operation: "Matrix(columnMajor:)",
                detail: "\(elements.count) elements cannot fill \(rows) × \(columns)")
        }
        self.rows = rows
        self.columns = columns
        self.storage = elements
    }

    /// A matrix from row arrays, as one writes a matrix on paper. All rows must have the same length.
    public init(_ rowArrays: [[Double]]) throws {
        let rowCount = rowArrays.count
        let columnCount = rowArrays.first?.count ?? 0
        for (index, row) in rowArrays.enumerated() where row.count != columnCount {
            throw LinearError.shapeMismatch(
                operation: "Matrix(rows:)",
                detail: "row \(index) has \(row.count) elements, row 0 has \(columnCount)")
        }
        self.init(rows: rowCount, columns: columnCount)
        for i in 0..<rowCount {
            for j in 0..<columnCount { storage[i + j * rowCount] = rowArrays[i][j] }
        }
    }

    /// A matrix whose elements are written by `fill` into uninitialised column-major memory.
    /// `fill` must write all `rows * columns` elements; used by the BLAS wrappers to avoid a zero pass.
    init(rows: Int, columns: Int, unsafeUninitialized fill: (UnsafeMutableBufferPointer<Double>) throws -> Void) rethrows {
        self.rows = rows
        self.columns = columns
        self.storage = try [Double](unsafeUninitializedCapacity: rows * columns) { buffer, count in
            try fill(buffer)
            count = rows * columns
        }
    }

    /// The `n × n` identity.
    public static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, columns: n)
        for i in 0..<n { m.storage[i + i * n] = 1 }
        return m
    }

    /// A column vector (`count × 1`).
    public static func column(_ values: [Double]) -> Matrix {
        // The element count always matches, so this cannot throw.
        try! Matrix(rows: values.count, columns: 1, columnMajor: values)
    }

    public var shape: (rows: Int, columns: Int) { (rows, columns) }
    public var count: Int { storage.count }
    public var isEmpty: Bool { storage.isEmpty }

    public subscript(row: Int, column: Int) -> Double {
        get {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "Matrix index out of range")
            return storage[row + column * rows]
        }
        set {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "Matrix index out of range")
            storage[row + column * rows] = newValue
        }
    }

    /// Column `j` as an array.
    public func column(_ j: Int) -> [Double] {
        precondition(j >= 0 && j < columns, "Matrix column out of range")
        return Array(storage[(j * rows)..<((j + 1) * rows)])
    }

    /// Row `i` as an array.
    public func row(_ i: Int) -> [Double] {
        precondition(i >= 0 && i < rows, "Matrix row out of range")
        return (0..<columns).map { storage[i + $0 * rows] }
    }

    /// The rows as arrays (row-major view), for printing and tests.
    public var rowArrays: [[Double]] { (0..<rows).map(row) }

    /// The transpose, as a new matrix.
    public func transposed() -> Matrix {
        var t = Matrix(rows: columns, columns: rows)
        for j in 0..<columns {
            for i in 0..<rows { t.storage[j + i * columns] = storage[i + j * rows] }
        }
        return t
    }

    /// The sub-matrix of the given columns, in the given order.
    public func selectingColumns(_ indices: [Int]) -> Matrix {
        var out = Matrix(rows: rows, columns: indices.count)
        for (k, j) in indices.enumerated() {
            precondition(j >= 0 && j < columns, "Matrix column out of range")
            out.storage.replaceSubrange((k * rows)..<((k + 1) * rows), with: storage[(j * rows)..<((j + 1) * rows)])
        }
        return out
    }

    /// The sub-matrix of the given rows, in the given order.
    public func selectingRows(_ indices: [Int]) -> Matrix {
        var out = Matrix(rows: indices.count, columns: columns)
        for j in 0..<columns {
            for (k, i) in indices.enumerated() {
                precondition(i >= 0 && i < rows, "Matrix row out of range")
                out.storage[k + j * indices.count] = storage[i + j * rows]
            }
        }
        return out
    }
}
