import Foundation

/// A small CSV table read whole for the assessment inputs (a self-assessment sheet, a survey, a published
/// results table): the importer's reader (UTF-8 with or without BOM, UTF-16, Windows-1252 with a warning;
/// `,`, `;` or tab), the header's columns by name, every row checked for width, control characters and
/// cell length, with file:line:column locations.
struct AssessmentCSV {
    let file: String
    let header: CSVRecord
    let rows: [CSVRecord]
    let separator: CSVDialect.Separator
    let warnings: [InputError]
    /// Column position by folded name (`CellText.key`, lower case).
    let columns: [String: Int]

    /// A file of more rows is not an assessment input (a survey of 200,000 respondents is far beyond any region's).
    static let mostRows = 200_000

    static func read(_ file: String) throws -> AssessmentCSV {
        var reader = CSVReader(path: file, displayName: file)
        reader.allowsWindows1252 = true
        do {
            return try read(reader, file: file, warnings: [])
        } catch let fallback as CSVReader.Windows1252Fallback {
            let transcoded = CSVReader(utf8: fallback.utf8, transcodedFrom: .windows1252, sha256: fallback.sha256, displayName: file, separator: nil)
            return try read(transcoded, file: file,
                            warnings: [InputError(.encodingReadAsWindows1252, at: SourceLocation(file: file), hint: .encodingSaveAsUTF8Hint)])
        }
    }

    private static func read(_ reader: CSVReader, file: String, warnings: [InputError]) throws -> AssessmentCSV {
        var records: [CSVRecord] = []
        let pass = try reader.pass { record, _ in
            guard !record.isBlank else { return true }
            guard records.count <= mostRows else {
                throw InputError(.assessmentTooManyRows, ["limit": String(mostRows)], at: SourceLocation(file: file, line: record.line))
            }
            records.append(record)
            return true
        }
        guard let header = records.first else {
            throw InputError(.assessmentEmptyFile, at: SourceLocation(file: file, line: 1, column: 1))
        }
        var problems = InputProblems()
        var columns: [String: Int] = [:]
        for (i, raw) in header.fields.enumerated() {
            let name = CellText.key(raw).lowercased()
            if let control = CellText.firstControl(name) {
                problems.add(.localized(.readControlCharacter, { ["cell": CellText.shown(name, $0), "char": CellText.codePoint(control)] },
                                        at: SourceLocation(file: file, line: header.line, column: i + 1), hint: .readControlCharacterHint))
                continue
            }
            guard !name.isEmpty else { continue }
            if let first = columns[name] {
                problems.add(.localized(.quickwinSheetDuplicateColumn, { ["name": CellText.shown(name, $0), "first": String(first + 1)] },
                                        at: SourceLocation(file: file, line: header.line, column: i + 1)))
                continue
            }
            columns[name] = i
        }
        let table = AssessmentCSV(file: file, header: header, rows: Array(records.dropFirst()), separator: pass.separator, warnings: warnings, columns: columns)
        for row in table.rows { table.check(row, into: &problems) }
        try problems.check()
        return table
    }

    func at(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(file: file, line: line, column: column + 1) }

    /// A row as wide as the header (trailing empty cells allowed), with no control character and no overlong cell.
    private func check(_ row: CSVRecord, into problems: inout InputProblems) {
        let width = header.fields.count
        if row.fields.count != width, !(row.fields.count > width && row.fields[width...].allSatisfy({ Trim.spaces($0).isEmpty })) {
            problems.add(InputError(.quickwinSheetRagged, ["fields": String(row.fields.count), "columns": String(width)],
                                    at: at(row.line, min(row.fields.count, width)), hint: .quickwinSheetRaggedHint,
                                    hintArguments: ["separator": separator.label]))
            return
        }
        for (i, cell) in row.fields.prefix(width).enumerated() {
            if cell.utf8.count > ObservationFileReader.longestCell {
                problems.add(.localized(.readCellTooLong, { ["cell": CellText.shown(cell, $0), "most": String(ObservationFileReader.longestCell)] },
                                        at: at(row.line, i)))
                continue
            }
            // Evidence notes may hold line breaks and tabs (an Alt+Enter cell); nothing else invisible.
            let folded = AssessmentCSV.oneLine(cell) ?? ""
            if let control = CellText.firstControl(folded) {
                problems.add(.localized(.readControlCharacter, { ["cell": CellText.shown(folded, $0), "char": CellText.codePoint(control)] },
                                        at: at(row.line, i), hint: .readControlCharacterHint))
            }
        }
    }

    /// The cell of `column` in `row` ("" beyond the row's end), trimmed, without invisible characters.
    func cell(_ row: CSVRecord, _ column: Int) -> String { column < row.fields.count ? CellText.key(row.fields[column]) : "" }

    /// Columns the reader does not know, as one problem each at the header cell.
    func rejectUnknownColumns(known: Set<String>, accepted: (String) -> Bool = { _ in false }, into problems: inout InputProblems) {
        for (name, i) in columns.sorted(by: { $0.value < $1.value }) where !known.contains(name) && !accepted(name) {
            problems.add(.localized(.quickwinSheetUnknownColumn, { ["name": CellText.shown(name, $0)] }, at: at(header.line, i),
                                    hint: .quickwinSheetColumnsHint, hintArguments: { _ in ["columns": known.sorted().joined(separator: ", ")] }))
        }
    }

    /// The decimal mark of the numbers in `columns`: a `;` file of Indonesian Excel writes 3,4.
    func decimal(of columns: [Int]) -> CSVDialect.DecimalMark {
        CSVDialect.detectDecimal(separator: separator, samples: rows.flatMap { row in columns.map { cell(row, $0) } })
    }

    static func oneLine(_ text: String) -> String? { CellText.oneLine(text) }
}
