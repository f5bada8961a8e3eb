import Foundation

/// Number formatting for people: fixed decimals, "—" for a missing value.
enum Format {
    static func score(_ x: Double?, digits: Int = 1) -> String {
        guard let x, x.isFinite else { return "—" }
        return String(format: "%.\(digits)f", x)
    }

    static func percent(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "—" }
        return String(format: "%.0f%%", x * 100)
    }

    /// A raw value: up to 4 significant decimals, no trailing zeros.
    static func value(_ x: Double) -> String {
        if x == x.rounded() && abs(x) < 1e15 { return String(Int64(x)) }
        var s = String(format: "%.4f", x)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    static func text(_ language: Language, _ id: String, _ en: String) -> String { language == .id ? id : en }

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
}
