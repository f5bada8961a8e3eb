import Foundation

/// How a CSV file is written: its field separator and decimal mark. Indonesian spreadsheet exports use
/// `;` and decimal commas; most tools write `,` and decimal points. Detected from the file unless the
/// user says (`--separator`, `--decimal`).
public struct CSVDialect: Sendable, Equatable {
    public enum Separator: String, Sendable, CaseIterable {
        case comma = ",", semicolon = ";", tab = "\t"
        var byte: UInt8 { UInt8(ascii: rawValue.unicodeScalars.first!) }
        public var label: String { self == .tab ? "tab" : rawValue }
    }

    public enum DecimalMark: String, Sendable, CaseIterable {
        case point = ".", comma = ","
    }

    public var separator: Separator
    public var decimal: DecimalMark

    public init(separator: Separator = .comma, decimal: DecimalMark = .point) {
        self.separator = separator
        self.decimal = decimal
    }

    /// The separator that occurs most often outside quotes in the header line (`,` on a tie).
    static func detectSeparator(headerLine: [UInt8]) -> Separator {
        var counts: [Separator: Int] = [:]
        var inQuotes = false
        for byte in headerLine {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle(); continue }
            guard !inQuotes else { continue }
            for s in Separator.allCases where s.byte == byte { counts[s, default: 0] += 1 }
        }
        return Separator.allCases.max { counts[$0, default: 0] < counts[$1, default: 0] }
            .flatMap { counts[$0, default: 0] > 0 ? $0 : nil } ?? .comma
    }

    /// The decimal mark seen in sample values: a comma-separated file always uses points; otherwise a
    /// value like `18,98` means decimal commas. With no evidence either way, a `;` file is taken to be an
    /// Indonesian export (decimal comma), anything else decimal point.
    static func detectDecimal(separator: Separator, samples: [String]) -> DecimalMark {
        guard separator != .comma else { return .point }
        var commas = 0, points = 0
        for raw in samples {
            let s = raw.trimmingCharacters(in: .whitespaces)
            guard let first = s.first, first.isNumber || first == "-" || first == "+" else { continue }
            let hasComma = s.contains(","), hasPoint = s.contains(".")
            if hasComma && !hasPoint { commas += 1 }
            if hasPoint && !hasComma && !NumberParser.looksLikeThousandsGrouping(s) { points += 1 }
        }
        if commas > points { return .comma }
        if points > commas { return .point }
        return separator == .semicolon ? .comma : .point
    }
}
