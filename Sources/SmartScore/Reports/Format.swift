import Foundation

/// The layout of text reports: headings and tables, in Markdown or for a terminal. Words come from the
/// language table and numbers from `NumberFormat`; this only places them.
enum Format {
    /// A section heading: `## …` in Markdown, underlined in a terminal.
    static func heading(_ s: String, markdown: Bool) -> String {
        markdown ? "\n## \(md(s))\n\n" : "\n\(s)\n\(String(repeating: "─", count: s.count))\n"
    }

    /// Text for Markdown, the one escape every Markdown writer uses for words it did not write itself (a
    /// city's name, a province, a catalogue entry's name): raw HTML cannot pass (`<`, `>` and `&` become
    /// entities, so `<img onerror=…>` or `<script>` shows as text), Markdown's own marks are backslashed so
    /// that `*`, `_`, `` ` ``, `[…]`, `#` or `|` read as themselves (and a `|` cannot split a table cell), and
    /// a line break becomes a space (it would end a table row or a heading).
    static func md(_ s: String) -> String {
        guard s.contains(where: { markdownSpecial.contains($0) }) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 8)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\n", "\r", "\r\n", "\u{2028}", "\u{2029}": out += " "
            default:
                if markdownSpecial.contains(c) { out += "\\" }
                out.append(c)
            }
        }
        return out
    }

    static let markdownSpecial: Set<Character> = ["&", "<", ">", "\n", "\r", "\r\n", "\u{2028}", "\u{2029}",
                                                  "\\", "`", "*", "_", "[", "]", "#", "|", "~"]

    /// A table as Markdown or as an aligned terminal table, fitted to `width` columns when given (see
    /// `TextTableFit`; `droppable` the columns that may be left out, the first the first; `language` says
    /// which were; `whole` left-aligned columns never broken, such as amounts "Rp 100–500 jt").
    static func table(_ headers: [String], _ rows: [[String]], _ alignments: [TextTable.Alignment], markdown: Bool,
                      width: Int? = nil, language: Language = .en, droppable: [Int] = [], whole: [Int] = []) -> String {
        if markdown { return markdownTable(headers, rows) }
        var t = TextTable(headers: headers, alignments: alignments)
        t.droppable = droppable
        t.unbreakable.formUnion(whole)
        rows.forEach { t.append($0) }
        return t.rendered(width: width, language: language)
    }

    /// A Markdown table, every cell escaped (`md`); the rows flagged in `strong` in bold.
    static func markdownTable(_ headers: [String], _ rows: [[String]], strong: [Bool]? = nil) -> String {
        var lines = ["| " + headers.map(md).joined(separator: " | ") + " |",
                     "|" + headers.map { _ in "---|" }.joined()]
        lines += rows.enumerated().map { k, row in
            let bold = strong?[k] ?? false
            return "| " + row.map { cell in bold && !cell.isEmpty ? "**" + md(cell) + "**" : md(cell) }.joined(separator: " | ") + " |"
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Prose for a terminal, broken at spaces so that no line runs past `width` characters (a word longer
    /// than the width keeps its own line). Existing line breaks are kept.
    static func wrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var lines: [String] = [], current = ""
            for word in line.split(separator: " ", omittingEmptySubsequences: false) {
                if !current.isEmpty && current.count + 1 + word.count > width {
                    lines.append(current)
                    current = String(word)
                } else {
                    current += (current.isEmpty ? "" : " ") + word
                }
            }
            lines.append(current)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
