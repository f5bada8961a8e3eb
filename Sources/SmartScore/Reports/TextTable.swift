import Foundation

/// An aligned plain-text table for the terminal. Numeric columns align right.
///
/// `rendered()` gives every column its full width (a pipe or a file: scripts read whole lines).
/// `rendered(width:language:)` fits a terminal: see `TextTableFit`.
public struct TextTable {
    public enum Alignment { case left, right }

    public var headers: [String]
    public var alignments: [Alignment]
    public var rows: [[String]] = []
    /// Columns that may be left out when the table cannot fit, the first given the first left out. Columns
    /// not named here are always shown.
    public var droppable: [Int] = []
    /// Columns that must never be broken (numbers, codes, amounts). By default the right-aligned columns,
    /// which hold the numbers; a left-aligned column's text may wrap at its spaces.
    public var unbreakable: Set<Int>

    public init(headers: [String], alignments: [Alignment]? = nil) {
        self.headers = headers.map { TerminalText.visible($0) }
        let alignments = alignments ?? Array(repeating: .left, count: headers.count)
        self.alignments = alignments
        self.unbreakable = Set(alignments.indices.filter { alignments[$0] == .right })
    }

    /// Cells come from the user's data: their control characters are shown, not obeyed (see `TerminalText`),
    /// and a line break in a cell would break the table's alignment.
    public mutating func append(_ row: [String]) {
        precondition(row.count == headers.count, "a table row must have one cell per column")
        rows.append(row.map { TerminalText.visible($0) })
    }

    static let gap = 2

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

    /// The table at most `width` columns wide (nil: `rendered()`, every line whole). Columns that cannot fit
    /// are left out, and one line below the table names them and says that `--wide` shows them; text cells
    /// wrap at word boundaries onto continuation lines.
    public func rendered(width: Int?, language: Language) -> String {
        guard let width else { return rendered() }
        let plan = TextTableFit.plan(self, width: width)
        // A table that fits as it is stays byte for byte the unlimited one.
        if plan.dropped.isEmpty && plan.widths == plan.natural { return rendered() }
        return TextTableFit.render(self, plan, language: language)
    }
}
