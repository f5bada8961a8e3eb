import Foundation

/// Where the observation reader's rows come from: a CSV file, or a sheet of a workbook. Both hand over
/// records (text cells with their line or row) in one pass, so every check of `ObservationFileReader`
/// applies to both alike.
protocol RecordSource {
    /// Calls `body` with each record in order (the separator only matters to CSV); returns what the pass found.
    func pass(_ body: (CSVRecord, CSVDialect.Separator) throws -> Bool) throws -> CSVReader.Pass
    /// The same, with plain rows first offered as bytes to `plainRows` (`PlainRow`); a source without such
    /// rows (a workbook) hands every record to `body`.
    func pass(plainRows: PlainRowTaker?, _ body: (CSVRecord, CSVDialect.Separator) throws -> Bool) throws -> CSVReader.Pass
}

extension RecordSource {
    func pass(plainRows: PlainRowTaker?, _ body: (CSVRecord, CSVDialect.Separator) throws -> Bool) throws -> CSVReader.Pass {
        try pass(body)
    }
}

extension CSVReader: RecordSource {}
