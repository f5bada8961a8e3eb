import Foundation

/// Text from the user's data made harmless for a terminal. A cell holding `ESC ] 0 ; … BEL` retitles the
/// terminal, `ESC [ 2 J` clears it, a carriage return overwrites the line a user is reading, and the
/// bidirectional overrides make text read differently from what it is. Each such character is shown as
/// visible text instead (`\u{1B}`), so a user sees that the data holds it, and nothing is lost.
public enum TerminalText {
    /// `text` with C0 controls (except newline, when `keepingNewlines`, and tab, when `keepingTabs`),
    /// DEL, C1 controls and the bidi embedding, override and isolate characters written as `\u{…}`.
    public static func visible(_ text: String, keepingNewlines: Bool = false, keepingTabs: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0, keepingNewlines, keepingTabs) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar, keepingNewlines, keepingTabs) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// True for a character a terminal may act on rather than show.
    public static func isUnsafe(_ s: Unicode.Scalar, _ keepingNewlines: Bool = false, _ keepingTabs: Bool = false) -> Bool {
        switch s.value {
        case 0x0A: return !keepingNewlines
        case 0x09: return !keepingTabs
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
