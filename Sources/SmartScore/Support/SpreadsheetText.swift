import Foundation

/// Spreadsheet formula injection (OWASP "CSV Injection"): a cell that begins with `=`, `+`, `-`, `@`, a tab
/// or a carriage return is run as a formula when a CSV file is opened in Excel or LibreOffice, so a region
/// called `=HYPERLINK(…)` would become a live link. Every CSV we write passes its text cells through
/// `neutralise`, which puts a single quote `'` in front: spreadsheets show the text as it was, without
/// running it.
///
/// The contract with the reading side: whatever reads our CSV back (`import`, `--data`) calls `restore` on
/// every text cell, which takes off exactly the quote `neutralise` added, so that
/// `restore(neutralise(x)) == x` for every string `x` and an exported dataset imports to the same names.
/// A plain number (`-12.5`, `+3`) is a number, not a formula, and is left alone by both.
public enum SpreadsheetText {
    /// The characters a spreadsheet takes as the start of a formula.
    static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// `text` made safe to open in a spreadsheet: a leading `'` when it would start a formula.
    public static func neutralise(_ text: String) -> String {
        needsQuote(text) ? "'" + text : text
    }

    /// The inverse of `neutralise`: drops the one leading `'` that `neutralise` added, and only that one.
    public static func restore(_ text: String) -> String {
        guard text.first == "'" else { return text }
        let rest = String(text.dropFirst())
        return needsQuote(rest) ? rest : text
    }

    /// True for text a spreadsheet would run, and for text that already looks like neutralised text
    /// (`'=x`): quoting that one too is what makes `restore` an exact inverse.
    static func needsQuote(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        if first == "'" { return needsQuote(String(text.dropFirst())) }
        guard triggers.contains(first) else { return false }
        return !isPlainNumber(text)
    }

    /// `-12.5`, `+3`, `-1e-3`: a number as we write numbers, which a spreadsheet reads as a number.
    static func isPlainNumber(_ text: String) -> Bool {
        guard text.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
              text.contains(where: \.isNumber) else { return false }
        return Double(text) != nil
    }
}
