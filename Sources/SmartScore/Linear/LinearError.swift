import Foundation

/// Errors from the linear-algebra layer. LAPACK's `info` codes become these, with the routine named.
public enum LinearError: Error, Equatable, CustomStringConvertible {
    /// Operands whose shapes do not fit the operation.
    case shapeMismatch(operation: String, detail: String)
    /// LAPACK reported `info < 0`: argument `argument` was illegal (LAPACKE also reports a NaN in an
    /// input matrix this way).
    case illegalArgument(routine: String, argument: Int)
    /// LAPACK reported `info > 0`: the computation itself failed (no convergence, a singular matrix…).
    case computationFailed(routine: String, info: Int, reason: String)

    public var description: String {
        switch self {
        case let .shapeMismatch(operation, detail):
            return "\(operation): shapes do not fit (\(detail))"
        case let .illegalArgument(routine, argument):
            return "\(routine): argument \(argument) is illegal (for a matrix argument this includes a NaN element)"
        case let .computationFailed(routine, info, reason):
            return "\(routine) failed (info = \(info)): \(reason)"
        }
    }
}

/// Turns a LAPACK `info` into a thrown error; `reason` explains a positive `info`.
func checkLAPACK(_ routine: String, _ info: Int32, reason: (Int) -> String) throws {
    if info < 0 { throw LinearError.illegalArgument(routine: routine, argument: Int(-info)) }
    if info > 0 { throw LinearError.computationFailed(routine: routine, info: Int(info), reason: reason(Int(info))) }
}
