import Foundation

/// How far a long read has come: (done, total), in megabytes of the file.
public typealias ReadProgress = @Sendable (Int, Int) -> Void

/// The two layouts of design.md: one observation per row (`long`), or one city-year per row with an
/// indicator per column (`wide`). A mapping file turns a spreadsheet export into the wide layout.
public enum CSVLayout: String, Sendable, CaseIterable {
    case long, wide
}

/// How to read an observation file. Anything left `nil` is detected from the file.
public struct ReadOptions: Sendable {
    public var separator: CSVDialect.Separator?
    public var decimal: CSVDialect.DecimalMark?
    public var layout: CSVLayout?
    /// Skip bad rows (reporting each) instead of refusing the file.
    public var lenient = false
    /// How many errors to report in full before summarising the rest.
    public var maxErrors = 50
    public var mapping: ColumnMapping?
    /// Told how far the read has come, in megabytes of the file (read, in all), for a file large enough to
    /// take a while (`CSVReader.progressThreshold`); the front end draws it.
    public var progress: ReadProgress?
    /// Whether plain rows that repeat proven cells take the fast lane (`LongRowFastLane`). The result is the
    /// same either way; off, every row is read field by field, for the tests and the fuzzer that compare the two.
    public var plainRowLane = true

    public init(separator: CSVDialect.Separator? = nil, decimal: CSVDialect.DecimalMark? = nil,
                layout: CSVLayout? = nil, lenient: Bool = false, maxErrors: Int = 50, mapping: ColumnMapping? = nil) {
        self.separator = separator
        self.decimal = decimal
        self.layout = layout
        self.lenient = lenient
        self.maxErrors = maxErrors
        self.mapping = mapping
    }
}

/// What reading a file produced: the observations, how the file was read, and (in lenient mode) the
/// rows that were skipped and why.
public struct ReadResult: Sendable {
    public var batch: ObservationBatch
    public var dialect: CSVDialect
    public var layout: CSVLayout
    public var dataRows: Int
    public var emptyCells: Int
    public var skipped: [InputError]
    public var skippedRows: Int
    /// What is worth telling but does not stop the import (codes not in the region list).
    public var warnings: [InputError] = []
    /// SHA-256 (lowercase hex) of exactly the bytes the rows were parsed from, hashed in the same pass,
    /// so the import log names the content that was stored even if the file changes afterwards.
    public var sha256: String
    /// The encoding the file was read in (UTF-8 unless it was Windows-1252 or UTF-16).
    public var encoding: TextEncoding = .utf8
    /// The sheet read, when the file is a workbook.
    public var sheet: String? = nil
    /// How many rows the fast lane read (`LongRowFastLane`): for tests that prove it was used.
    public internal(set) var rowsInFastLane = 0

    /// Everything the read produced, in one comparable text (values as their bits): whether two ways of
    /// reading agree. Not the fast lane's row count, which is how, not what.
    public var comparableSummary: String {
        let b = batch
        return [
            "\(b.cities)", "\(b.indicatorCodes)", "\(b.sources)", "\(b.cityIndex)", "\(b.indicatorIndex)", "\(b.years)",
            "\(b.values.map(\.bitPattern))", "\(b.sourceIndex)", "\(b.lines)", "\(b.columns)",
            "rows \(dataRows) empty \(emptyCells) skipped \(skippedRows) \(dialect) \(layout) \(sha256) \(encoding) \(sheet ?? "")",
            skipped.map(\.description).joined(separator: "\n"), warnings.map(\.description).joined(separator: "\n"),
        ].joined(separator: "\n")
    }
}
