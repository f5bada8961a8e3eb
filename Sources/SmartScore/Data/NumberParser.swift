import Foundation

/// Parses the numbers people type into spreadsheets: padded with spaces, with a decimal comma or
/// point, with thousands grouped by the other mark (`1.648.096,5` or `1,648,096.5`), with a leading `+`.
/// Refuses text, `NaN` and infinities.
///
/// Real exports mix marks: a BPS table with decimal commas has rows typed as `11.34`. A value that uses
/// the other mark where it cannot be a thousands separator (not exactly three digits after it) is read
/// as a decimal; one that could be either (`1.234` in a decimal-comma file) is `ambiguous`.
public enum NumberParser {
    public enum Parsed: Equatable {
        case number(Double)
        /// `1.234` with decimal commas (or `1,234` with decimal points): 1234 or 1.234?
        case ambiguous
        case invalid
        /// Digits beyond what a Double holds (a 400-digit string, `1e400`): a number, but out of range.
        case outOfRange
    }

    public static func parse(_ raw: String, decimal: CSVDialect.DecimalMark) -> Double? {
        if case let .number(x) = read(raw, decimal: decimal) { return x }
        return nil
    }

    public static func read(_ raw: String, decimal: CSVDialect.DecimalMark) -> Parsed {
        if let x = plain(raw, decimal: decimal) { return .number(x) }
        var s = raw.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\u{00A0}")))
        guard !s.isEmpty else { return .invalid }
        let mark: Character = decimal == .comma ? "," : "."
        let other: Character = decimal == .comma ? "." : ","
        let otherCount = s.filter { $0 == other }.count
        if otherCount > 0 {
            if s.contains(mark) || otherCount > 1 {
                // With both marks, or several of the other, the other mark can only group thousands.
                guard isGrouped(s, group: other, decimal: mark) else { return .invalid }
                s.removeAll { $0 == other }
            } else {
                let digitsAfter = s.split(separator: other, omittingEmptySubsequences: false)[1]
                if digitsAfter.count == 3 && digitsAfter.allSatisfy(\.isNumber) { return .ambiguous }
                s = s.replacingOccurrences(of: String(other), with: String(mark))
            }
        }
        if decimal == .comma { s = s.replacingOccurrences(of: ",", with: ".") }
        // Digits, one point, a sign and an exponent only: rejects "nan", "inf", "0x1p3" and words.
        guard s.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
              s.contains(where: \.isNumber) else { return .invalid }
        guard let value = Double(s) else { return .invalid }
        return value.isFinite ? .number(value) : .outOfRange
    }

    /// The fast path for the common case: ASCII digits with an optional sign, one decimal mark of the
    /// file's kind and no grouping (`4.53`, `-12`, `18,98` in a decimal-comma file).
    private static func plain(_ raw: String, decimal: CSVDialect.DecimalMark) -> Double? {
        let mark = decimal == .comma ? UInt8(ascii: ",") : UInt8(ascii: ".")
        var marks = 0, digits = 0, index = 0
        for b in raw.utf8 {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case mark: marks += 1
            case UInt8(ascii: "-"), UInt8(ascii: "+"): if index != 0 { return nil }
            default: return nil
            }
            index += 1
        }
        guard digits > 0, marks <= 1 else { return nil }
        // An overflow (infinity) is left to `read`, which calls it out of range.
        if marks == 1 && decimal == .comma {
            return Double(raw.replacingOccurrences(of: ",", with: ".")).flatMap { $0.isFinite ? $0 : nil }
        }
        if marks == 1, let last = raw.utf8.last, last == mark { return nil }
        return Double(raw).flatMap { $0.isFinite ? $0 : nil }
    }

    /// `1.234.567` (with `.` as the grouping mark): groups of three after the first.
    static func looksLikeThousandsGrouping(_ s: String) -> Bool {
        isGrouped(s, group: ".", decimal: ",")
    }

    private static func isGrouped(_ s: String, group: Character, decimal: Character) -> Bool {
        var body = Substring(s)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let integerPart = body.split(separator: decimal, maxSplits: 1, omittingEmptySubsequences: false)[0]
        let groups = integerPart.split(separator: group, omittingEmptySubsequences: false)
        guard groups.count >= 2, let head = groups.first, (1...3).contains(head.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 } && groups.allSatisfy { $0.allSatisfy(\.isNumber) }
    }
}
