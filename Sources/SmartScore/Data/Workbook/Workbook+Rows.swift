import Foundation

extension Workbook {
    /// Streams the rows of `sheet` to `body`, in sheet order, each with its non-empty cells by column.
    /// Rows and cells that are absent or empty are simply not there (a sparse row); a cell without its `r`
    /// reference follows the one before, as the format allows. Problems name the cell: `file:Sheet1:D17`.
    func rows(of sheet: (name: String, part: String), _ body: (WorkbookRow) throws -> Void) throws {
        // The parser's handlers are stored closures; `body` is called only while the parse runs.
        try withoutActuallyEscaping(body) { body in try rows(of: sheet, escaping: body) }
    }

    private func rows(of sheet: (name: String, part: String), escaping body: @escaping (WorkbookRow) throws -> Void) throws {
        guard let xml = try readPart(sheet.part) else {
            throw InputError(.workbookPartMissing, ["part": sheet.part, "sheet": sheet.name], at: SourceLocation(file: file), hint: .workbookNotZipHint)
        }
        let file = self.file, limits = self.limits
        func at(_ column: Int, _ row: Int) -> SourceLocation {
            SourceLocation(file: file, sheet: sheet.name, line: row, column: column + 1)
        }
        var row = WorkbookRow(row: 0, cells: [])
        var cellCount = 0
        // The cell being read.
        var reference = CellReference(column: -1, row: 0)
        var type = "n", style = 0, hasFormula = false, hasValue = false
        var value = "", inline = ""
        var inValue = false, inInlineText = false, phonetic = 0
        // Inside a <c>: a row or a cell opened there is no sheet a program writes (found by fuzz/FuzzXLSXReader:
        // a <row> inside a <c> put the cell at column -1).
        var inCell = false

        let events = XMLEvents()
        events.onStart = { name, attributes in
            switch name {
            case "row":
                let number = attributes["r"].flatMap { Int($0) } ?? row.row + 1
                guard !inCell, number >= 1, number <= CellReference.lastRow, number > row.row else {
                    throw InputError(.workbookBadRow, ["row": attributes["r"] ?? String(number)], at: SourceLocation(file: file, sheet: sheet.name))
                }
                row = WorkbookRow(row: number, cells: [])
                reference = CellReference(column: -1, row: number)
            case "c":
                guard !inCell else {
                    throw InputError(.workbookBadCellReference, ["ref": attributes["r"] ?? "?"], at: SourceLocation(file: file, sheet: sheet.name, line: row.row))
                }
                inCell = true
                if let r = attributes["r"] {
                    guard let parsed = CellReference(r), parsed.row == row.row, parsed.column > reference.column else {
                        throw InputError(.workbookBadCellReference, ["ref": r], at: SourceLocation(file: file, sheet: sheet.name, line: row.row))
                    }
                    reference = parsed
                } else {
                    reference.column += 1
                    guard reference.column <= CellReference.lastColumn else {
                        throw InputError(.workbookBadCellReference, ["ref": "?"], at: SourceLocation(file: file, sheet: sheet.name, line: row.row))
                    }
                }
                type = attributes["t"] ?? "n"
                style = attributes["s"].flatMap { Int($0) } ?? 0
                hasFormula = false
                hasValue = false
                value = ""
                inline = ""
            case "f": hasFormula = true
            case "v": inValue = true; hasValue = true
            case "rPh": phonetic += 1
            case "t": inInlineText = phonetic == 0
            default: break
            }
        }
        events.onText = { text in
            if inValue { value += text } else if inInlineText { inline += text }
        }
        events.onEnd = { name in
            switch name {
            case "v": inValue = false
            case "t": inInlineText = false
            case "rPh": phonetic -= 1
            case "c":
                inCell = false
                guard reference.column >= 0 else { return }
                // A formula is uncomputed without a <v>, or with an empty one unless its result is text: Excel and
                // Calc write ="" as t="str" with <v></v> (an empty cell), openpyxl an unsaved formula as <v></v>.
                let uncomputed = hasFormula && (!hasValue || (value.isEmpty && type != "str"))
                guard let cell = try self.cell(type: type, style: style, value: value, inline: inline, hasFormula: uncomputed,
                                               at: at(reference.column, row.row)) else { return }
                cellCount += 1
                guard cellCount <= limits.cells else {
                    throw InputError(.workbookTooManyCells, ["limit": String(limits.cells), "sheet": sheet.name],
                                     at: SourceLocation(file: file, sheet: sheet.name), hint: .workbookTooLargeHint)
                }
                row.cells.append((reference.column, cell))
            case "row":
                if !row.cells.isEmpty { try body(row) }
                row.cells = []
            default: break
            }
        }
        try events.parse(xml, malformed: Self.malformed(sheet.part, file: file))
    }

    /// One cell from its type (`t`), style (`s`), cached value (`<v>`) and inline text; nil when empty.
    func cell(type: String, style: Int, value: String, inline: String, hasFormula: Bool, at location: SourceLocation) throws -> WorkbookCell? {
        // A formula saved without the value it computes: no value to read, and none is evaluated here.
        if hasFormula && value.isEmpty && type != "inlineStr" { return .uncomputedFormula }
        switch type {
        case "s":
            guard !value.isEmpty else { return nil }
            guard let index = Int(value.trimmingCharacters(in: .whitespaces)), sharedStrings.indices.contains(index) else {
                throw InputError(.workbookSharedStringMissing, ["index": CellText.shown(value, .en)], at: location)
            }
            return sharedStrings[index].isEmpty ? nil : .text(sharedStrings[index])
        case "inlineStr":
            return inline.isEmpty ? nil : .text(inline)
        case "str":
            return value.isEmpty ? nil : .text(value)
        case "b":
            return value.isEmpty ? nil : .boolean(value.trimmingCharacters(in: .whitespaces) == "1")
        case "e":
            return .error(value.isEmpty ? "#VALUE!" : value)
        case "d":
            // An ISO 8601 date written as such (rare; strict OOXML).
            let text = value.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return nil }
            guard let year = Int(text.prefix(4)) else { return .text(text) }
            return .date(year: year, iso: String(text.prefix(10)))
        default:
            let text = value.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return nil }
            // The stored text is the number; it is checked to be one (a hostile file can write anything).
            guard let number = Double(text), number.isFinite else {
                throw InputError(.workbookNumberMalformed, ["cell": CellText.shown(text, .en)], at: location)
            }
            let shown = numberStyles.indices.contains(style) ? numberStyles[style] : .plain
            if shown == .date, let date = ExcelDate.date(serial: number, date1904: date1904) {
                return .date(year: date.year, iso: ExcelDate.iso(date))
            }
            // 23,9% typed into a cell is stored as 0.239: the value is the number the cell shows, 23.9, as a
            // rate in an indicator's % unit is written (the decimal point moved, so no rounding creeps in).
            if shown == .percent { return .number(NumberStyle.hundredfold(text)) }
            // A whole number written as 2023.0 or 7.271E3 (pandas' float columns through openpyxl) is read as
            // 2023 and 7271: a year or a region code, not a number to refuse as such.
            if number == number.rounded(), abs(number) < 1e15, text.contains(where: { $0 == "." || $0 == "E" || $0 == "e" }) {
                return .number(String(Int64(number)))
            }
            return .number(text)
        }
    }
}
