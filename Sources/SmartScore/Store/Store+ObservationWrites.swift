import GRDB

/// The rows of an import written to the observation table, in primary-key order (`rowsInKeyOrder` by the
/// store's ids), through SQLite's C API (`RawStatement`): inserts many rows a statement (`ObservationInserter`),
/// and a merge reads each city's stored rows once instead of looking every row up.
extension Store {
    /// Inserts every row of a batch into a dataset that holds none yet (nothing can conflict). `line` follows
    /// the row being written, so that a refusal by SQLite names it.
    static func bulkInsert(_ db: Database, _ batch: ObservationBatch, order: [Int32], ids: BatchIDs, datasetID: Int64,
                           line: inout Int32, progress: inout StoringProgress) throws {
        var inserter = try ObservationInserter(db, batch: batch, ids: ids, datasetID: datasetID)
        for row in order.lazy.map(Int.init) {
            try inserter.add(row, line: &line)
            progress.advance()
        }
        try inserter.flush(line: &line)
    }

    /// What writing a batch into a dataset that already holds values did.
    struct Merged {
        var inserted = 0, replaced = 0, unchanged = 0
        /// The rows whose value differs from the stored one (not written unless `replace`), in file order.
        var conflicts: [(row: Int, stored: Double)] = []
    }

    /// Writes a batch into a dataset that already holds values: a row whose key is new is inserted; one whose
    /// stored value is the same is left; one whose value differs is replaced with `replace`, else a conflict.
    /// City by city (the rows are in key order: city, year, indicator): the city's stored rows are read in one
    /// range scan of the primary key, then walked beside the batch's rows, both in (year, indicator) order.
    /// A lookup per row cost a seek from the root of the B-tree each; a city is a few hundred rows.
    static func merge(_ db: Database, _ batch: ObservationBatch, order: [Int32], ids: BatchIDs, datasetID: Int64,
                      replace: Bool, line: inout Int32, progress: inout StoringProgress) throws -> Merged {
        let stored = try RawStatement(db, sql: """
            SELECT year, indicator_id, value FROM observation WHERE dataset_id = ?1 AND city_id = ?2 ORDER BY year, indicator_id
            """)
        let update = try RawStatement(db, sql: """
            UPDATE observation SET value = ?5, source_id = ?6 WHERE dataset_id = ?1 AND city_id = ?2 AND year = ?3 AND indicator_id = ?4
            """)
        stored.bind(1, datasetID)
        update.bind(1, datasetID)
        var inserter = try ObservationInserter(db, batch: batch, ids: ids, datasetID: datasetID)
        var merged = Merged()
        var keys: [(year: Int64, indicator: Int64)] = [], values: [Double] = []
        var start = 0
        while start < order.count {
            let city = batch.cityIndex[Int(order[start])]
            var end = start + 1
            while end < order.count && batch.cityIndex[Int(order[end])] == city { end += 1 }
            let cityID = ids.cities[Int(city)]
            // The city's stored rows, read to the end before anything of it is written.
            keys.removeAll(keepingCapacity: true)
            values.removeAll(keepingCapacity: true)
            stored.bind(2, cityID)
            while try stored.step() {
                keys.append((stored.int64(0), stored.int64(1)))
                values.append(stored.double(2))
            }
            var next = 0
            for row in order[start..<end].lazy.map(Int.init) {
                line = Int32(clamping: batch.line(atRow: row))
                let key = (year: Int64(batch.years[row]), indicator: ids.indicators[Int(batch.indicatorIndex[row])])
                while next < keys.count && keys[next] < key { next += 1 }
                let value = batch.values[row]
                if next < keys.count && keys[next] == key {
                    let storedValue = values[next]
                    if storedValue == value {
                        merged.unchanged += 1
                    } else if replace {
                        update.bind(2, cityID)
                        update.bind(3, key.year)
                        update.bind(4, key.indicator)
                        update.bind(5, value)
                        update.bind(6, idOrNull: ids.source(batch.sourceIndex[row]))
                        try update.run()
                        merged.replaced += 1
                    } else {
                        merged.conflicts.append((row, storedValue))
                    }
                } else {
                    try inserter.add(row, line: &line)
                    merged.inserted += 1
                }
                progress.advance()
            }
            start = end
        }
        try inserter.flush(line: &line)
        merged.conflicts.sort { $0.row < $1.row }
        return merged
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
