import Foundation

/// What a statistical audit is asked for.
public struct AuditOptions: Sendable, Equatable {
    /// Two indicators whose |r| is above this are reported as a collinear pair.
    public var collinearThreshold: Double
    /// A correlation over fewer cities than this is undefined (with two cities every r is ±1).
    public static let minimumPairs = 3

    public init(collinearThreshold: Double = 0.9) {
        self.collinearThreshold = collinearThreshold
    }

    /// A threshold is a correlation strictly between 0 and 1: at 1 or above no pair can exceed it, and at
    /// 0 or below every pair would.
    public func validate() throws {
        guard collinearThreshold > 0, collinearThreshold < 1 else {
            let value = JSONValue.format(collinearThreshold)
            throw InputError("the collinearity threshold \(value) must be greater than 0 and less than 1",
                             id: "ambang kolinearitas \(value) harus lebih besar dari 0 dan lebih kecil dari 1",
                             at: SourceLocation(parameter: .collinear),
                             hint: "for example 0.9: pairs of indicators with |r| > 0.9 are reported",
                             hintID: "misalnya 0.9: pasangan indikator dengan |r| > 0,9 dilaporkan")
        }
    }
}
