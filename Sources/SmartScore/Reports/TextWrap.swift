import Foundation

/// Breaking text for a terminal of a given width, measured in Characters (grapheme clusters): a letter with
/// its combining accents, "–", "…", "÷" and "≥" each take one column, whatever their bytes.
///
/// Text is broken only at spaces. A word is never cut in the middle; only a single word wider than the
/// whole space it has is shortened, to its start and "…", because it cannot be shown otherwise.
public enum TextWrap {
    /// The lines of `text` (one line, no line breaks) at most `width` wide. Leading spaces are an indent
    /// that continuation lines keep, so that an element indented under its dimension stays indented.
    public static func lines(_ text: String, width: Int) -> [String] {
        let width = max(width, 1)
        guard text.count > width else { return [text] }
        let indentCount = text.prefix { $0 == " " }.count
        // An indent that leaves no room for a word is dropped rather than pushing every word off the edge.
        let indent = indentCount < width / 2 ? String(repeating: " ", count: indentCount) : ""
        let room = width - indent.count
        var lines: [String] = [], current = ""
        for word in text.dropFirst(indentCount).split(separator: " ") {
            let word = abbreviated(String(word), width: room)
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= room {
                current += " " + word
            } else {
                lines.append(indent + current)
                current = word
            }
        }
        lines.append(indent + current)
        return lines
    }

    /// `word` as it is when it fits `width`, else its start and "…" in exactly `width` columns.
    public static func abbreviated(_ word: String, width: Int) -> String {
        guard word.count > width else { return word }
        guard width > 1 else { return "…" }
        return String(word.prefix(width - 1)) + "…"
    }

    /// The widest word of `text`: the narrowest a column can be without shortening a word of it.
    public static func longestWord(_ text: String) -> Int {
        text.split(separator: " ").map(\.count).max() ?? 0
    }

    /// A whole text for a terminal `width` columns wide (nil: as it is). Every line that is too long is
    /// broken at spaces; its continuation lines hang under its text, past the line's indent and its list
    /// mark ("+ ", "− ", "- ", "• ", "R3  "), so that a list stays readable. A rule of "─" (a heading's
    /// underline) is shortened to the width: it is decoration, not content. Lines that fit, which is every
    /// line of a fitted table, are left exactly as they are.
    public static func fit(_ text: String, width: Int?) -> String {
        guard let width, width > 0 else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let line = String(line)
            guard line.count > width else { return line }
            if line.allSatisfy({ $0 == "─" || $0 == " " }) { return String(line.prefix(width)) }
            // A mark too far in to leave room for the text hangs nothing: the line then wraps plainly.
            let hang = hangingIndent(line) < width / 2 ? hangingIndent(line) : 0
            guard hang > 0 else { return lines(line, width: width).joined(separator: "\n") }
            // The first line carries its mark; the continuation lines are indented as far as the text after it.
            let first = lines(String(repeating: " ", count: hang) + line.dropFirst(hang), width: width)
            guard var head = first.first else { return line }
            head = String(line.prefix(hang)) + head.dropFirst(hang)
            return ([head] + first.dropFirst()).joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// How far a line's text starts: its leading spaces, and then a list mark and the spaces after it.
    static func hangingIndent(_ line: String) -> Int {
        let spaces = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(spaces)
        let marks: Set<Character> = ["+", "−", "-", "•", "*", "·"]
        if let mark = rest.first, marks.contains(mark), rest.dropFirst().first == " " {
            return spaces + 1 + rest.dropFirst().prefix { $0 == " " }.count
        }
        // "R3  text": a short label of letters and digits followed by two spaces.
        let label = rest.prefix { $0.isLetter || $0.isNumber }
        if !label.isEmpty, label.count <= 4, rest.dropFirst(label.count).hasPrefix("  ") {
            return spaces + label.count + rest.dropFirst(label.count).prefix { $0 == " " }.count
        }
        return spaces
    }
}
