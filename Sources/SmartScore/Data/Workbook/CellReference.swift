import Foundation

/// A cell's address in A1 notation (`D17`): the 0-based column and the 1-based row, as Excel numbers them.
struct CellReference: Equatable, Sendable {
    /// 0-based: A is 0, Z 25, AA 26. Excel's last column is XFD (16,383).
    var column: Int
    /// 1-based, as the sheet shows it.
    var row: Int

    static let lastColumn = 16_383
    static let lastRow = 1_048_576

    /// Parses `D17` (absolute `$D$17` too); nil for anything else or beyond Excel's grid.
    init?(_ text: String) {
        var column = 0, row = 0, letters = 0, digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "$"):
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                letters += 1
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
                digits += 1
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
            default:
                return nil
            }
            // Stop the arithmetic before it can overflow on a hostile reference.
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0, digits > 0, column - 1 <= Self.lastColumn, row >= 1, row <= Self.lastRow else { return nil }
        self.column = column - 1
        self.row = row
    }

    init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// The column's letters: 0 → A, 26 → AA.
    static func letters(ofColumn column: Int) -> String { SourceLocation.columnLetters(column + 1) }

    var description: String { Self.letters(ofColumn: column) + String(row) }
}
