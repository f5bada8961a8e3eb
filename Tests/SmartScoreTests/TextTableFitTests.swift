import Foundation
import Testing
@testable import SmartScore

/// Issue 19: text tables fitted to a terminal's width, on hand-made tables whose every width is counted here.
@Suite("Text tables fitted to a width: columns left out, words wrapped whole, only an over-long word shortened")
struct TextTableFitTests {
    func table(_ headers: [String], _ alignments: [TextTable.Alignment], _ rows: [[String]], droppable: [Int] = []) -> TextTable {
        var t = TextTable(headers: headers, alignments: alignments)
        t.droppable = droppable
        rows.forEach { t.append($0) }
        return t
    }

    @Test("a table that fits is the unfitted table, byte for byte; no width is the unfitted table")
    func fitsUnchanged() {
        let t = table(["Code", "Name", "Score"], [.left, .left, .right], [["A1", "Kota Palu", "74,5"]])
        // 4 + 2 + 9 + 2 + 5 = 22 columns.
        #expect(t.rendered(width: 22, language: .en) == t.rendered())
        #expect(t.rendered(width: nil, language: .en) == t.rendered())
        #expect(t.rendered() == "Code  Name       Score\n────  ─────────  ─────\nA1    Kota Palu   74,5\n")
    }

    @Test("a name wraps at its spaces onto continuation lines; the number stays whole on the first line")
    func wrapsAtWords() {
        let t = table(["Code", "Name", "Score"], [.left, .left, .right], [["A1", "Kota Banda Aceh Darussalam", "83,1"]])
        // Full: 4 + 2 + 26 + 2 + 5 = 39. At 24 the name has 24 − 4 − 5 − 4 = 11 columns: "Kota Banda" (10),
        // "Aceh" (Aceh Darussalam would be 15), "Darussalam" (10).
        let out = t.rendered(width: 24, language: .en)
        #expect(out == """
            Code  Name         Score
            ────  ───────────  ─────
            A1    Kota Banda    83,1
                  Aceh
                  Darussalam

            """)
    }

    @Test("columns are left out, the first droppable first, and one line names them and --wide")
    func dropsColumns() {
        let t = table(["Rank", "Name", "Index", "D1", "D2"], [.right, .left, .right, .right, .right],
                      [["1", "Kota Palu", "74,5", "65,6", "79,5"]], droppable: [4, 3])
        // Full: 4 + 9 + 5 + 4 + 4 + 4 gaps × 2 = 34. Without D2: 28, still over 25; without D1 too: 22.
        let out = t.rendered(width: 25, language: .en)
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines[0] == "Rank  Name       Index")
        #expect(lines[2] == "   1  Kota Palu   74,5")
        #expect(lines.allSatisfy { $0.count <= 25 })
        let note = lines.dropFirst(3).joined(separator: " ")
        #expect(note == "Columns left out to fit the terminal: D1, D2. Use --wide to show every column.")
        // At 30 only D2 must go (28 ≤ 30).
        let wider = t.rendered(width: 30, language: .id)
        #expect(wider.hasPrefix("Rank  Name       Index    D1\n"))
        #expect(wider.replacingOccurrences(of: "\n", with: " ").contains("karena layar terlalu sempit: D2. Gunakan opsi --wide"))
    }

    @Test("a word longer than its cell, and only such a word, is shortened with …; numbers are never cut")
    func abbreviatesOnlyOverlongWords() {
        let t = table(["Name", "Value"], [.left, .right], [["Pneumonoultramicroscopic disease", "1.234,5"]])
        // The value needs 7; at 20 the name has 20 − 7 − 2 = 11 columns, less than its 24-letter word.
        let lines = t.rendered(width: 20, language: .en).split(separator: "\n").map(String.init)
        #expect(lines == ["Name           Value", "───────────  ───────", "Pneumonoul…  1.234,5", "disease"])
    }

    @Test("a combining accent and … take one column each: widths count Characters, not bytes or scalars")
    func countsCharacters() {
        let cafe = "Cafe\u{301}"     // "Café" with a combining acute: 5 scalars, 1 column for the last two
        let t = table(["Nama", "N"], [.left, .right], [[cafe + " Kota…", "1"]])
        // The name is 4 + 1 + 5 = 10 columns; at 10 it gets 10 − 1 − 2 = 7: "Café" and "Kota…".
        let lines = t.rendered(width: 10, language: .id).split(separator: "\n").map(String.init)
        #expect(lines[2] == cafe + "     1")
        #expect(lines[2].count == 10 && lines[2].unicodeScalars.count == 11)
        #expect(lines[3] == "Kota…")
        #expect(lines.allSatisfy { $0.count <= 10 })
    }

    @Test("an indented cell keeps its indent on every line it wraps to")
    func keepsIndent() {
        #expect(TextWrap.lines("  Keselarasan Lingkungan Tempat Tinggal", width: 24)
                == ["  Keselarasan Lingkungan", "  Tempat Tinggal"])
        // 2 + 22 = 24 fits the first line exactly; at 23 "Lingkungan" goes down.
        #expect(TextWrap.lines("  Keselarasan Lingkungan Tempat Tinggal", width: 23)
                == ["  Keselarasan", "  Lingkungan Tempat", "  Tinggal"])
    }

    @Test("prose wraps at spaces under its list mark; a heading's rule is shortened; short lines stay as they are")
    func fitsProse() {
        let text = "Kekuatan:\n  + Branding Cerdas: 79,5 (persentil 86 di antara 59 kota lain)\n" + String(repeating: "─", count: 40)
        #expect(TextWrap.fit(text, width: 30) == """
            Kekuatan:
              + Branding Cerdas: 79,5
                (persentil 86 di antara 59
                kota lain)
            ──────────────────────────────
            """)
        #expect(TextWrap.fit(text, width: nil) == text)
    }
}
