import Foundation

/// An aligned plain-text table for the terminal. Numeric columns align right.
public struct TextTable {
    public enum Alignment { case left, right }

    public var headers: [String]
    public var alignments: [Alignment]
    public var rows: [[String]] = []

    public init(headers: [String], alignments: [Alignment]? = nil) {
        self.headers = headers.map { TerminalText.visible($0) }
        self.alignments = alignments ?? Array(repeating: .left, count: headers.count)
    }

    /// Cells come from the user's data: their control characters are shown, not obeyed (see `TerminalText`),
    /// and a line break in a cell would break the table's alignment.
    public mutating func append(_ row: [String]) {
        precondition(row.count == headers.count, "a table row must have one cell per column")
        rows.append(row.map { TerminalText.visible($0) })
    }

    public func rendered() -> String {
        // Character counts once per cell (String.count walks the string).
        let headerCounts = headers.map(\.count)
        let rowCounts = rows.map { $0.map(\.count) }
        let widths = headers.indices.map { j in max(headerCounts[j], rowCounts.map { $0[j] }.max() ?? 0) }
        func line(_ cells: [String], _ counts: [Int]) -> String {
            var out = ""
            for j in cells.indices {
                let pad = String(repeating: " ", count: widths[j] - counts[j])
                if j > 0 { out += "  " }
                out += alignments[j] == .right ? pad + cells[j] : cells[j] + pad
            }
            while out.last == " " { out.removeLast() }
            return out
        }
        var out = [line(headers, headerCounts), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
        for (row, counts) in zip(rows, rowCounts) { out.append(line(row, counts)) }
        return out.joined(separator: "\n") + "\n"
    }
}
