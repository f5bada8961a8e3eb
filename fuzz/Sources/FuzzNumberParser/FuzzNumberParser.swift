import Foundation
import FuzzSupport
import SmartScore

/// NumberParser on any text, with both decimal marks. Besides not crashing: a number read is finite
/// (the parser refuses NaN and infinities, and calls an overflow `outOfRange`), and `parse` agrees with
/// `read`. The first finding of this target — a plain run of 309+ digits read as +infinity — is fixed and
/// kept as the seed `n24`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for decimal in CSVDialect.DecimalMark.allCases {
        let read = NumberParser.read(text, decimal: decimal)
        let parsed = NumberParser.parse(text, decimal: decimal)
        switch read {
        case let .number(x):
            if !x.isFinite { fatalError("NumberParser.read(\(text.debugDescription), \(decimal)) = \(x), not finite") }
            if parsed != x { fatalError("parse and read disagree on \(text.debugDescription): \(String(describing: parsed)) vs \(x)") }
        case .ambiguous, .invalid, .outOfRange:
            if let parsed { fatalError("parse gave \(parsed) for \(text.debugDescription), read did not") }
        }
    }
    return 0
}
