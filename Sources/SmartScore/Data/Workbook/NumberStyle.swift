import Foundation

/// How a cell's number format shows its number: as a date, as a percentage, or as it is. A date cell is read
/// as its date; a percentage cell as the number it shows (0.239 shown as 23,9% reads as 23.9).
enum NumberStyle: Sendable, Equatable {
    case plain, date, percent

    /// Excel's built-in percentage formats: `0%` and `0.00%`.
    static let builtInPercentFormats: Set<Int> = [9, 10]

    /// Whether a custom format code shows a percentage: a `%` outside quotes and escapes (`0.0%`, not `0" %"`).
    static func isPercentFormat(_ code: String) -> Bool {
        var quoted = false, escaped = false
        for ch in code {
            if escaped { escaped = false; continue }
            switch ch {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "%" where !quoted: return true
            default: break
            }
        }
        return false
    }

    /// The stored number times 100, by moving its decimal point two places: "0.239" → "23.9", "1.5E-3" →
    /// "1.5E-1", "7" → "700". The text is a number Double accepts (checked by the caller).
    static func hundredfold(_ text: String) -> String {
        if let e = text.firstIndex(where: { $0 == "E" || $0 == "e" }), let exponent = Int(text[text.index(after: e)...]) {
            return String(text[..<e]) + "E" + String(exponent + 2)
        }
        let negative = text.hasPrefix("-")
        let body = negative || text.hasPrefix("+") ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let integer = parts[0], fraction = parts.count > 1 ? parts[1] : ""
        let padded = fraction + String(repeating: "0", count: max(0, 2 - fraction.count))
        var whole = integer + padded.prefix(2)
        let rest = String(padded.dropFirst(2))
        while whole.count > 1 && whole.hasPrefix("0") { whole.removeFirst() }
        if whole.isEmpty { whole = "0" }
        return (negative ? "-" : "") + whole + (rest.isEmpty ? "" : "." + rest)
    }
}
