import Foundation

/// Trimming that costs nothing when there is nothing to trim: the common case for CSV cells, where
/// Foundation's `trimmingCharacters(in:)` would still build a new string for every cell.
enum Trim {
    /// Removes leading and trailing spaces, tabs and no-break spaces.
    static func spaces(_ s: String) -> String {
        let utf8 = s.utf8
        guard let first = utf8.first, let last = utf8.last else { return s }
        if !isSpaceByte(first) && !isSpaceByte(last) { return s }
        return String(s.drop { isSpace($0) }.reversed().drop { isSpace($0) }.reversed())
    }

    private static func isSpaceByte(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0xC2 }
    private static func isSpace(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\u{00A0}" }
}
