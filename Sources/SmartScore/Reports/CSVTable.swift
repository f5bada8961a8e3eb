import Foundation

/// Writes RFC 4180 CSV: comma-separated, fields quoted when they hold a comma, quote or line break, and
/// text that a spreadsheet would run as a formula neutralised (`SpreadsheetText`).
public struct CSVTable {
    public var headers: [String]
    public var rows: [[String]] = []

    public init(headers: [String]) { self.headers = headers }

    public mutating func append(_ row: [String]) {
        precondition(row.count == headers.count, "a CSV row must have one field per column")
        rows.append(row)
    }

    public func rendered() -> String {
        ([headers] + rows).map { $0.map(CSVTable.quote).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// A field as written: neutralised for spreadsheets (see `SpreadsheetText`), then quoted when needed.
    /// Every CSV writer (this table, `datasets export`, `datasets generate`) goes through here, so no text
    /// cell can start a formula; numbers we write (`-3.5`) stay numbers.
    public static func quote(_ text: String) -> String {
        let field = SpreadsheetText.neutralise(text)
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A number for CSV: empty when missing.
    public static func number(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "" }
        return JSONValue.format(x)
    }
}
