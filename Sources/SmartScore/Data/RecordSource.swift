import Foundation

/// Where the observation reader's rows come from: a CSV file, or a sheet of a workbook. Both hand over
/// records (text cells with their line or row) in one pass, so every check of `ObservationFileReader`
/// applies to both alike.
protocol RecordSource {
    /// Calls `body` with each record in order (the separator only matters to CSV); returns what the pass found.
    func pass(_ body: (CSVRecord, CSVDialect.Separator) throws -> Bool) throws -> CSVReader.Pass
}

extension CSVReader: RecordSource {}
