import GRDB

/// The rows of an import written to the observation table, in primary-key order (`rowsInKeyOrder`), one
/// prepared statement per kind of write, bound through SQLite's C API (`RawStatement`).
extension Store {
    static let insertObservationSQL = """
        INSERT INTO observation (dataset_id, city_code, year, indicator, value, source) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
        """

    /// Inserts every row of a batch into a dataset that holds none yet (nothing can conflict). `line` follows
    /// the row being written, so that a refusal by SQLite names it.
    static func bulkInsert(_ db: Database, _ batch: ObservationBatch, order: [Int32], datasetID: Int64, line: inout Int32,
                           progress: inout StoringProgress) throws {
        let texts = BatchTexts(batch)
        let insert = try RawStatement(db, sql: insertObservationSQL)
        defer { insert.clearBindings() }
        insert.bind(1, datasetID)
        var bound = BoundKey()
        for row in order.lazy.map(Int.init) {
            line = batch.lines[row]
            bound.bindKey(insert, batch, texts, row: row, city: 2, year: 3, indicator: 4)
            insert.bind(5, batch.values[row])
            bound.bindSource(insert, batch, texts, row: row, at: 6)
            try insert.run()
            progress.advance()
        }
    }

    /// What writing a batch into a dataset that already holds values did.
    struct Merged {
        var inserted = 0, replaced = 0, unchanged = 0
        /// The rows whose value differs from the stored one (not written unless `replace`), in file order.
        var conflicts: [(row: Int, stored: Double)] = []
    }

    /// Writes a batch into a dataset that already holds values: a row whose key is new is inserted; one whose
    /// stored value is the same is left; one whose value differs is replaced with `replace`, else a conflict.
    /// One lookup per row by primary key, in key order, so that successive lookups find their pages cached.
    static func merge(_ db: Database, _ batch: ObservationBatch, order: [Int32], datasetID: Int64, replace: Bool,
                      line: inout Int32, progress: inout StoringProgress) throws -> Merged {
        let texts = BatchTexts(batch)
        let lookup = try RawStatement(db, sql: """
            SELECT value FROM observation WHERE dataset_id = ?1 AND city_code = ?2 AND year = ?3 AND indicator = ?4
            """)
        let insert = try RawStatement(db, sql: insertObservationSQL)
        let update = try RawStatement(db, sql: """
            UPDATE observation SET value = ?5, source = ?6 WHERE dataset_id = ?1 AND city_code = ?2 AND year = ?3 AND indicator = ?4
            """)
        let statements = [lookup, insert, update]
        defer { for statement in statements { statement.clearBindings() } }
        for statement in statements { statement.bind(1, datasetID) }
        var merged = Merged()
        var lookupKey = BoundKey(), insertKey = BoundKey(), updateKey = BoundKey()
        for row in order.lazy.map(Int.init) {
            line = batch.lines[row]
            lookupKey.bindKey(lookup, batch, texts, row: row, city: 2, year: 3, indicator: 4)
            let value = batch.values[row]
            if let stored = try lookup.fetchDouble() {
                if stored == value {
                    merged.unchanged += 1
                } else if replace {
                    updateKey.bindKey(update, batch, texts, row: row, city: 2, year: 3, indicator: 4)
                    update.bind(5, value)
                    updateKey.bindSource(update, batch, texts, row: row, at: 6)
                    try update.run()
                    merged.replaced += 1
                } else {
                    merged.conflicts.append((row, stored))
                }
            } else {
                insertKey.bindKey(insert, batch, texts, row: row, city: 2, year: 3, indicator: 4)
                insert.bind(5, value)
                insertKey.bindSource(insert, batch, texts, row: row, at: 6)
                try insert.run()
                merged.inserted += 1
            }
            progress.advance()
        }
        merged.conflicts.sort { $0.row < $1.row }
        return merged
    }
}

/// A batch's city codes, indicator codes and sources, each as `CodeTexts`.
struct BatchTexts {
    let cities: CodeTexts
    let indicators: CodeTexts
    let sources: CodeTexts

    init(_ batch: ObservationBatch) {
        cities = CodeTexts(batch.cities.map(\.code))
        indicators = CodeTexts(batch.indicatorCodes)
        sources = CodeTexts(batch.sources)
    }
}

/// What one statement has bound, so that a city, year or source the previous row had too is not bound again
/// (rows in key order share their city for a hundred rows and more).
struct BoundKey {
    private var city: Int32 = -1
    private var year: Int16?
    private var source: Int32?

    mutating func bindKey(_ statement: RawStatement, _ batch: ObservationBatch, _ texts: BatchTexts, row: Int,
                          city cityIndex: Int32, year yearIndex: Int32, indicator indicatorIndex: Int32) {
        if batch.cityIndex[row] != city {
            city = batch.cityIndex[row]
            statement.bind(cityIndex, texts.cities, Int(city))
        }
        if batch.years[row] != year {
            year = batch.years[row]
            statement.bind(yearIndex, Int64(batch.years[row]))
        }
        statement.bind(indicatorIndex, texts.indicators, Int(batch.indicatorIndex[row]))
    }

    mutating func bindSource(_ statement: RawStatement, _ batch: ObservationBatch, _ texts: BatchTexts, row: Int, at index: Int32) {
        guard batch.sourceIndex[row] != source else { return }
        source = batch.sourceIndex[row]
        statement.bind(index, texts.sources, Int(batch.sourceIndex[row]))
    }
}

/// Rows stored so far out of all the import's rows, told to the front end's progress line every 4,096 rows
/// (it redraws at most ten times a second; a call per row would cost more than the row).
struct StoringProgress {
    let total: Int
    let report: (@Sendable (Int, Int) -> Void)?
    private(set) var done = 0

    init(total: Int, report: (@Sendable (Int, Int) -> Void)?) {
        self.total = total
        // Nothing to store, nothing to show.
        self.report = total > 0 ? report : nil
    }

    mutating func advance() {
        done += 1
        if done & 4095 == 0 { report?(done, total) }
    }

    /// A file already imported: its rows count as done.
    mutating func skip(_ rows: Int) {
        done += rows
        report?(done, total)
    }

    mutating func finish() {
        done = total
        report?(total, total)
    }
}
