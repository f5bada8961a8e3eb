/// An aligned plain-text table for the terminal. Numeric columns align right.
public struct TextTable {
    public enum Alignment { case left, right }

    public var headers: [String]
    public var alignments: [Alignment]
    public var rows: [[String]] = []

    public init(headers: [String], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.alignments = alignments ?? Array(repeating: .left, count: headers.count)
    }

    public mutating func append(_ row: [String]) {
        precondition(row.count == headers.count, "a table row must have one cell per column")
        rows.append(row)
    }

    public func rendered() -> String {
        let widths = headers.indices.map { j in
            max(headers[j].count, rows.map { $0[j].count }.max() ?? 0)
        }
        func line(_ cells: [String]) -> String {
            cells.indices.map { j in
                let pad = String(repeating: " ", count: widths[j] - cells[j].count)
                return alignments[j] == .right ? pad + cells[j] : cells[j] + pad
            }
            .joined(separator: "  ")
            .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var out = [line(headers), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
        out += rows.map(line)
        return out.joined(separator: "\n") + "\n"
    }
}

import Foundation
