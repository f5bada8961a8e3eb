import Foundation

/// Writes RFC 4180 CSV: comma-separated, fields quoted when they hold a comma, quote or line break.
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

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A number for CSV: empty when missing.
    public static func number(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "" }
        return JSONValue.format(x)
    }
}
