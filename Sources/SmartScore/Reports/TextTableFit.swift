import Foundation

/// How a `TextTable` fits a terminal that is narrower than the table.
///
/// In this order, because each step costs the reader more than the one before:
/// 1. text columns (names, programmes) wrap onto continuation lines, down to a comfortable width;
/// 2. when that is still too wide, the droppable columns are left out, the least needed first, and a line
///    below the table names them (`--wide` shows them);
/// 3. text columns narrow further, to their longest word, and headers wrap at their spaces;
/// 4. only then is a text column narrower than a word of it, and that word alone is shortened with "…".
/// Numbers are never broken or shortened: an unbreakable column is always as wide as its widest cell.
enum TextTableFit {
    struct Plan: Equatable {
        /// The columns shown, in table order.
        var kept: [Int]
        /// The width of each shown column.
        var widths: [Int]
        /// The width each shown column would have unfitted.
        var natural: [Int]
        /// The columns left out, in the order they were left out.
        var dropped: [Int]
        /// The terminal's width, which the line naming the left-out columns wraps to.
        var width: Int
    }

    /// A text column narrower than this wraps its cells onto many short lines: columns are left out first.
    static let comfortableText = 18

    static func plan(_ table: TextTable, width: Int) -> Plan {
        let columns = table.headers.indices
        let counts = table.rows.map { $0.map(\.count) }
        let natural = columns.map { j in max(table.headers[j].count, counts.map { $0[j] }.max() ?? 0) }
        let headerWord = columns.map { TextWrap.longestWord(table.headers[$0]) }
        let minimum = columns.map { j -> Int in
            let cells = table.unbreakable.contains(j) ? (counts.map { $0[j] }.max() ?? 0)
                : (table.rows.map { TextWrap.longestWord($0[j]) + indent($0[j]) }.max() ?? 0)
            return max(headerWord[j], cells, 1)
        }
        let comfortable = columns.map { j in
            table.unbreakable.contains(j) ? minimum[j] : min(natural[j], max(minimum[j], comfortableText))
        }
        func total(_ kept: [Int], _ w: [Int]) -> Int { kept.reduce(0) { $0 + w[$1] } + TextTable.gap * max(kept.count - 1, 0) }

        var kept = Array(columns), dropped: [Int] = []
        if total(kept, natural) <= width { return Plan(kept: kept, widths: natural, natural: natural, dropped: [], width: width) }
        for j in table.droppable where total(kept, comfortable) > width && kept.count > 1 {
            kept.removeAll { $0 == j }
            dropped.append(j)
        }
        var widths = total(kept, comfortable) <= width ? comfortable : minimum
        // Still too wide: the widest text column gives a column at a time, down to a few letters.
        while total(kept, widths) > width,
              let j = kept.filter({ !table.unbreakable.contains($0) && widths[$0] > 4 }).max(by: { widths[$0] < widths[$1] }) {
            widths[j] -= 1
        }
        // Room to spare goes to the column that lacks the most of its cells' width, so that names stop
        // wrapping before long headers do; what is left then unwraps the headers.
        let content = columns.map { j in max(minimum[j], counts.map { $0[j] }.max() ?? 0) }
        for goal in [content, natural] {
            while total(kept, widths) < width,
                  let j = kept.filter({ widths[$0] < goal[$0] }).max(by: { goal[$0] - widths[$0] < goal[$1] - widths[$1] }) {
                widths[j] += 1
            }
        }
        return Plan(kept: kept, widths: kept.map { widths[$0] }, natural: kept.map { natural[$0] }, dropped: dropped, width: width)
    }

    /// The leading spaces of a cell (an element indented under its dimension): part of every line of it.
    static func indent(_ cell: String) -> Int { cell.prefix { $0 == " " }.count }

    static func render(_ table: TextTable, _ plan: Plan, language: Language) -> String {
        func block(_ cells: [String], header: Bool) -> [String] {
            let lines = zip(plan.kept, plan.widths).map { j, w in
                !header && table.unbreakable.contains(j) ? [cells[j]] : TextWrap.lines(cells[j], width: w)
            }
            let height = lines.map(\.count).max() ?? 1
            return (0..<height).map { k in
                var out = ""
                for (c, (j, w)) in zip(plan.kept, plan.widths).enumerated() {
                    let cell = k < lines[c].count ? lines[c][k] : ""
                    let pad = String(repeating: " ", count: max(w - cell.count, 0))
                    if c > 0 { out += String(repeating: " ", count: TextTable.gap) }
                    out += table.alignments[j] == .right ? pad + cell : cell + pad
                }
                while out.last == " " { out.removeLast() }
                return out
            }
        }
        var out = block(table.headers, header: true)
        out.append(plan.widths.map { String(repeating: "─", count: $0) }.joined(separator: String(repeating: " ", count: TextTable.gap)))
        for row in table.rows { out += block(row, header: false) }
        if !plan.dropped.isEmpty {
            let t = Localizer(language)
            let names = plan.dropped.sorted().map { table.headers[$0] }.joined(separator: ", ")
            out += TextWrap.lines(t(.terminalColumnsLeftOut, ["columns": names]), width: plan.width)
        }
        return out.joined(separator: "\n") + "\n"
    }
}
