import Foundation
import Testing
@testable import SmartScore

/// Issue 15: CSV formula injection. `neutralise` and its inverse `restore`, the contract with the CSV reader.
@Suite("Spreadsheet text: formula injection neutralised, and restored exactly")
struct SpreadsheetTextTests {
    @Test("a text cell starting with = + - @ tab or CR gets a leading quote; numbers and plain text do not")
    func neutralise() {
        for cell in ["=HYPERLINK(\"http://x\")", "+1+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx", "=", "-", "+cmd|' /C calc'!A0"] {
            #expect(SpreadsheetText.neutralise(cell) == "'" + cell, "\(cell)")
        }
        for cell in ["Kota Bandung", "", "-12.5", "+3", "-1e-3", "0", "12", "a=b", " =x", "'quoted"] {
            #expect(SpreadsheetText.neutralise(cell) == cell, "\(cell)")
        }
        // Text that already looks neutralised is quoted once more, so that restore gives it back.
        #expect(SpreadsheetText.neutralise("'=x") == "''=x")
    }

    @Test("restore drops exactly the one quote neutralise added")
    func restore() {
        #expect(SpreadsheetText.restore("'=SUM(A1)") == "=SUM(A1)")
        #expect(SpreadsheetText.restore("''=x") == "'=x")
        #expect(SpreadsheetText.restore("'quoted") == "'quoted")
        #expect(SpreadsheetText.restore("'-12.5") == "'-12.5")
        #expect(SpreadsheetText.restore("-12.5") == "-12.5")
        #expect(SpreadsheetText.restore("'") == "'")
    }

    @Test("round trip: restore(neutralise(x)) == x for every string; neutralise(x) never starts a formula")
    func roundTrip() {
        var generator = SeededGenerator(seed: 15)
        let alphabet: [Character] = ["=", "+", "-", "@", "\t", "\r", "'", "1", "2", ".", "e", "a", " ", ",", "\"", "\n", "é"]
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...6, using: &generator)
            let x = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            let safe = SpreadsheetText.neutralise(x)
            #expect(SpreadsheetText.restore(safe) == x, "\(x.debugDescription)")
            if let first = safe.first, SpreadsheetText.triggers.contains(first) {
                #expect(SpreadsheetText.isPlainNumber(safe), "\(safe.debugDescription) would start a formula")
            }
        }
    }

    @Test("every CSV the library writes goes through it: CSVTable and the export")
    func csvWriters() {
        var table = CSVTable(headers: ["name", "value"])
        table.append(["=cmd|' /C calc'!A0", CSVTable.number(-3.5)])
        let text = table.rendered()
        #expect(text.contains("'=cmd|"))
        #expect(text.contains(",-3.5\n"))
        #expect(CSVTable.quote("@x,y") == "\"'@x,y\"")
    }
}

/// Issue 15: terminal escapes. Control characters from the data are shown, not obeyed.
@Suite("Terminal text: control characters shown, not obeyed")
struct TerminalTextTests {
    static let hostile = "Kota \u{1B}]0;pwned\u{07}X\u{1B}[2J\r\u{7F}\u{9B}\u{202E}cba\u{2066}"

    @Test("C0, DEL, C1 and bidi overrides become visible \\u{…} text")
    func visible() {
        let out = TerminalText.visible(Self.hostile)
        #expect(!out.unicodeScalars.contains { TerminalText.isUnsafe($0) })
        #expect(out.contains("\\u{1B}]0;pwned\\u{7}X\\u{1B}[2J\\u{D}\\u{7F}\\u{9B}\\u{202E}cba\\u{2066}"))
        #expect(TerminalText.visible("a\nb", keepingNewlines: true) == "a\nb")
        #expect(TerminalText.visible("a\nb") == "a\\u{A}b")
        #expect(TerminalText.visible("Kota Bandung") == "Kota Bandung")
    }

    @Test("InputError renders messages, hints and locations without control characters, in both languages")
    func inputError() {
        let error = InputError("no city '\(Self.hostile)'", id: "tidak ada wilayah '\(Self.hostile)'",
                               at: SourceLocation(file: "a\u{1B}[2J.csv", line: 2, column: 1), hint: "did you mean \(Self.hostile)?",
                               hintID: "mungkin \(Self.hostile)?")
        for language in [Language.en, .id] {
            let text = error.rendered(language: language)
            #expect(!text.contains("\u{1B}") && !text.contains("\u{202E}") && !text.contains("\r"), "\(language)")
            #expect(text.contains("pwned") && text.split(separator: "\n").count == 2, "\(text)")
        }
    }

    @Test("a text table's cells and headers are escaped")
    func textTable() {
        var table = TextTable(headers: ["name\u{1B}[2J"])
        table.append([Self.hostile])
        table.append(["line\nbreak"])
        let text = table.rendered()
        #expect(!text.contains("\u{1B}") && !text.contains("\u{07}"))
        #expect(text.split(separator: "\n").count == 4)
    }
}

/// Issue 15: Markdown output. One escape for every user string.
@Suite("Markdown escape: user strings cannot become HTML or Markdown")
struct MarkdownEscapeTests {
    @Test("HTML, Markdown marks, table bars and line breaks are escaped; the name still reads")
    func escape() {
        let name = "\"><img src=x onerror=alert(1)> <script>x</script> *a* _b_ `c` [d](e) #f |g| ~h~ \\ & i\nj"
        let md = Format.md(name)
        #expect(!md.contains("<") && !md.contains(">") && !md.contains("\n"))
        #expect(md.contains("&lt;img src=x onerror=alert(1)&gt;") && md.contains("&lt;script&gt;"))
        #expect(md.contains("\\*a\\*") && md.contains("\\_b\\_") && md.contains("\\`c\\`") && md.contains("\\[d\\](e)"))
        #expect(md.contains("\\#f") && md.contains("\\|g\\|") && md.contains("\\~h\\~") && md.contains("\\\\") && md.contains("&amp;"))
        #expect(Format.md("Kota Bandung") == "Kota Bandung")
    }

    @Test("a Markdown table cell cannot split, and bold rows stay bold")
    func table() {
        let text = Format.markdownTable(["a", "b"], [["x|y", "1\n2"], ["<b>", "z"]], strong: [false, true])
        let lines = text.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[2] == "| x\\|y | 1 2 |")
        #expect(lines[3] == "| **&lt;b&gt;** | **z** |")
    }
}
