import Foundation

/// A sheet's rows as the observation reader's records: each row's cells as text at their columns (a date
/// as ISO text, a boolean as TRUE/FALSE), with how each was stored in `kinds`. The first row is the
/// header; every later row is padded to its width, so a sparse row (missing `<c>` elements) reads as a
/// CSV row with empty fields.
struct WorkbookRecords: RecordSource {
    let workbook: Workbook
    let sheet: (name: String, part: String)
    /// The header's row number, once the pass has seen it.
    final class Seen { var headerRow: Int? }
    let seen = Seen()

    func pass(_ body: (CSVRecord, CSVDialect.Separator) throws -> Bool) throws -> CSVReader.Pass {
        var width = 0
        var stopped = false
        try workbook.rows(of: sheet) { row in
            // The widest column, not the last cell's: a sheet may list its cells out of order (found by
            // fuzz/FuzzXLSXReader), and the last one's column would be too short for the others.
            guard !stopped, let last = row.cells.map(\.column).max() else { return }
            if seen.headerRow == nil {
                seen.headerRow = row.row
                width = last + 1
            }
            let count = max(width, last + 1)
            var fields = [String](repeating: "", count: count)
            var kinds = [CellKind](repeating: .text, count: count)
            for (column, cell) in row.cells {
                fields[column] = cell.text
                kinds[column] = cell.kind
            }
            if !(try body(CSVRecord(line: row.row, fields: fields, kinds: kinds), .comma)) { stopped = true }
        }
        return CSVReader.Pass(separator: .comma, encoding: .utf8, sha256: workbook.sha256)
    }
}
