import Foundation

/// The layout of text reports: headings and tables, in Markdown or for a terminal. Words come from the
/// language table and numbers from `NumberFormat`; this only places them.
enum Format {
    /// A section heading: `## …` in Markdown, underlined in a terminal.
    static func heading(_ s: String, markdown: Bool) -> String {
        markdown ? "\n## \(md(s))\n\n" : "\n\(s)\n\(String(repeating: "─", count: s.count))\n"
    }

    /// Text for Markdown: angle brackets escaped (a name must not become HTML when the Markdown is rendered),
    /// table bars escaped.
    static func md(_ s: String) -> String {
        s.replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// A table as Markdown or as an aligned terminal table.
    static func table(_ headers: [String], _ rows: [[String]], _ alignments: [TextTable.Alignment], markdown: Bool) -> String {
        if markdown { return markdownTable(headers, rows) }
        var t = TextTable(headers: headers, alignments: alignments)
        rows.forEach { t.append($0) }
        return t.rendered()
    }

    static func markdownTable(_ headers: [String], _ rows: [[String]]) -> String {
        let escape: (String) -> String = { md($0).replacingOccurrences(of: "|", with: "\\|") }
        var lines = ["| " + headers.map(escape).joined(separator: " | ") + " |",
                     "|" + headers.map { _ in "---|" }.joined()]
        lines += rows.map { "| " + $0.map(escape).joined(separator: " | ") + " |" }
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
