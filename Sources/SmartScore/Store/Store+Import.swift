import Foundation
import GRDB

/// One file's part in an import.
public struct ImportedFile: Sendable {
    public let file: String
    public let sha256: String
    public let result: ReadResult
    /// True when this exact file was already imported into the dataset: nothing was done.
    public var alreadyImported = false
    public var inserted = 0
    public var replaced = 0
    public var unchanged = 0
    /// What the import changed beyond the values: a city's stored name replaced (`--replace`).
    public var warnings: [InputError] = []
}

extension Store {
    /// Imports validated files into `dataset` in one transaction: on any error nothing is written.
    /// A file already imported into the dataset (same SHA-256) is skipped, unless `replace`. A value that differs from
    /// one already stored for the same city, year and indicator is an error unless `replace`.
    /// `dryRun` runs the very same import and rolls it back, so that it reports exactly the errors the
    /// import would (conflicts with stored values and names included) and writes nothing.
    /// `progress` is told the rows stored so far and the rows of all files, every few thousand rows.
    public func importFiles(_ files: [(path: String, result: ReadResult)], dataset: String, replace: Bool,
                            dryRun: Bool = false, maxErrors: Int = 50,
                            progress report: (@Sendable (Int, Int) -> Void)? = nil) throws -> [ImportedFile] {
        var outcomes = files.map { file in
            ImportedFile(file: file.path, sha256: file.result.sha256, result: file.result)
        }
        // Where the import is, so that a refusal by SQLite names the file and line that caused it.
        var currentFile = path
        var currentLine: Int32 = 0
        var progress = StoringProgress(total: files.reduce(0) { $0 + $1.result.batch.count }, report: report)
        do {
            try pool.writeWithoutTransaction { db in try db.inTransaction(.immediate) {
                // A dry run into a store an older smartscore wrote converts it here, and rolls that back too.
                // (Only a dry run opens a store without migrating it: a conversion committed here would not be recorded.)
                precondition(keyed || dryRun, "an import into a store that was not migrated")
                if !keyed { try Store.migrateWithinTransaction(db) }
                let datasetID = try Store.ensureDataset(db, name: dataset)
                var conflicts: [InputError] = []
                var omitted = 0
                for k in outcomes.indices {
                    let hash = outcomes[k].sha256
                    // The same file again is a no-op, unless --replace asks to re-apply its values.
                    if !replace, try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM import_log WHERE dataset_id = ? AND sha256 = ?)",
                                                   arguments: [datasetID, hash]) ?? false {
                        outcomes[k].alreadyImported = true
                        progress.skip(outcomes[k].result.batch.count)
                        continue
                    }
                    let batch = outcomes[k].result.batch
                    currentFile = outcomes[k].file
                    currentLine = 0
                    let cities = try Store.upsertCities(db, batch.cities, file: outcomes[k].file, replace: replace)
                    outcomes[k].warnings = cities.renamed
                    let ids = BatchIDs(cities: cities.ids, indicators: try Store.dictionaryIDs(db, table: .indicator, batch.indicatorCodes),
                                       sources: try Store.dictionaryIDs(db, table: .source, batch.sources))
                    let order = batch.rowsInKeyOrder(cityRank: ObservationBatch.ascendingRanks(ids.cities),
                                                     indicatorRank: ObservationBatch.ascendingRanks(ids.indicators))
                    // Into an empty dataset nothing can conflict (the reader refused duplicates): bulk insert.
                    if try !(Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM observation WHERE dataset_id = ?)", arguments: [datasetID]) ?? false) {
                        try Store.bulkInsert(db, batch, order: order, ids: ids, datasetID: datasetID, line: &currentLine, progress: &progress)
                        outcomes[k].inserted = batch.count
                        try Store.logImport(db, datasetID: datasetID, outcome: outcomes[k])
                        continue
                    }
                    // Into a dataset that holds values: each row is looked up, then inserted, left or replaced.
                    let merged = try Store.merge(db, batch, order: order, ids: ids, datasetID: datasetID, replace: replace,
                                                 line: &currentLine, progress: &progress)
                    outcomes[k].inserted = merged.inserted
                    outcomes[k].replaced = merged.replaced
                    outcomes[k].unchanged = merged.unchanged
                    // In file order, as the rows were checked before they were stored in key order.
                    for conflict in merged.conflicts {
                        guard conflicts.count < maxErrors else { omitted += 1; continue }
                        let row = conflict.row
                        let city = batch.city(atRow: row).code, indicator = batch.indicator(atRow: row)
                        conflicts.append(InputError(
                            .storeValueConflict, ["city": city, "year": String(batch.years[row]), "indicator": indicator,
                                                  "value": JSONValue.format(batch.values[row]),
                                                  "stored": JSONValue.format(conflict.stored), "dataset": dataset],
                            at: SourceLocation(file: outcomes[k].file, sheet: outcomes[k].result.sheet, line: batch.line(atRow: row) > 0 ? batch.line(atRow: row) : nil,
                                               column: outcomes[k].result.sheet == nil ? nil : batch.column(atRow: row)),
                            hint: .storeValueConflictHint))
                    }
                    try Store.logImport(db, datasetID: datasetID, outcome: outcomes[k])
                }
                progress.finish()
                if !conflicts.isEmpty { throw InputErrors(conflicts, omitted: omitted) }
                // A dry run ends here, its work undone: the same checks, nothing kept.
                return dryRun ? .rollback : .commit
            } }
        } catch let error as DatabaseError {
            // Another writer, or a store damaged where the check before the import did not look: the
            // store's own message. Anything else SQLite refused names the file and line being imported.
            switch error.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_CORRUPT, .SQLITE_NOTADB:
                throw Store.describe(error, path: path, busyTimeout: busyTimeout)
            default: break
            }
            let code = error.extendedResultCode.rawValue
            var refused = InputError(.storeImportRefused, ["reason": error.message ?? error.description, "code": String(code)],
                                     at: SourceLocation(file: currentFile, line: currentLine > 0 ? Int(currentLine) : nil),
                                     hint: .storeImportRefusedHint, hintArguments: ["path": path])
            refused.databaseResultCode = code
            throw refused
        }
        return outcomes
    }

    static func logImport(_ db: Database, datasetID: Int64, outcome: ImportedFile) throws {
        try db.execute(sql: """
            INSERT INTO import_log (dataset_id, file, sha256, imported_at, rows, observations, replaced)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [datasetID, outcome.file, outcome.sha256, Store.timestamp(), outcome.result.dataRows,
                             outcome.inserted, outcome.replaced])
    }

    static func ensureDataset(_ db: Database, name: String) throws -> Int64 {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM dataset WHERE name = ?", arguments: [name]) { return id }
        try db.execute(sql: "INSERT INTO dataset (name, created_at) VALUES (?, ?)", arguments: [name, timestamp()])
        return db.lastInsertedRowID
    }

    /// Adds new cities and fills a stored city's missing province or type. A stored city with another name
    /// is an error (one code, one name), unless no observation refers to it any more (its datasets were
    /// deleted: the file's name is taken), or `replace`: the file's name replaces the stored one, and the
    /// returned warning says so, since the name is the store's, shown by every dataset.
    /// Returns each city's id (index-aligned with `cities`); new cities get theirs in byte order of their codes.
    static func upsertCities(_ db: Database, _ cities: [CityRecord], file: String, replace: Bool) throws
        -> (ids: [Int64], renamed: [InputError]) {
        var problems: [InputError] = []
        var renamed: [InputError] = []
        var ids = [Int64](repeating: 0, count: cities.count)
        var added: [Int] = []
        // The cities observations refer to, fetched once and only when a name differs (a scan of the
        // observations, which are keyed by dataset first).
        var referenced: Set<Int64>?
        let find = try db.cachedStatement(sql: "SELECT id, name, province, type FROM city WHERE code = ?")
        for (k, city) in cities.enumerated() {
            guard let row = try Row.fetchOne(find, arguments: [city.code]) else { added.append(k); continue }
            let id: Int64 = row["id"]
            ids[k] = id
            let stored: String = row["name"]
            if RegionRegistry.fold(stored) != RegionRegistry.fold(city.name) {
                if referenced == nil { referenced = Set(try Int64.fetchAll(db, sql: "SELECT DISTINCT city_id FROM observation")) }
                let inUse = referenced!.contains(id)
                if !inUse {
                    try db.execute(sql: "UPDATE city SET name = ?, province = ?, type = ? WHERE id = ?",
                                   arguments: [city.name, city.province, city.type, id])
                } else if replace {
                    try db.execute(sql: "UPDATE city SET name = ?, province = COALESCE(?, province), type = COALESCE(?, type) WHERE id = ?",
                                   arguments: [city.name, city.province, city.type, id])
                    renamed.append(InputError(.storeCityRenamed, ["code": city.code, "name": city.name, "stored": stored],
                                              at: SourceLocation(file: file)))
                } else {
                    problems.append(InputError(.storeCityNameConflict, ["code": city.code, "name": city.name, "stored": stored],
                                               at: SourceLocation(file: file), hint: .storeCityNameConflictHint))
                }
                continue
            }
            // Fill a missing province or type; a city that lacks neither is not written (80,000 villages:
            // 80,000 updates that change nothing, before).
            let fillsProvince = (row["province"] as String?) == nil && city.province != nil
            let fillsType = (row["type"] as String?) == nil && city.type != nil
            if fillsProvince || fillsType {
                try db.execute(sql: "UPDATE city SET province = COALESCE(province, ?), type = COALESCE(type, ?) WHERE id = ?",
                               arguments: [city.province, city.type, id])
            }
        }
        if !problems.isEmpty { throw InputErrors(problems) }
        added.sort { cities[$0].code.utf8.lexicographicallyPrecedes(cities[$1].code.utf8) }
        let insert = try db.cachedStatement(sql: "INSERT INTO city (code, name, province, type) VALUES (?, ?, ?, ?)")
        for k in added {
            let city = cities[k]
            try insert.execute(arguments: [city.code, city.name, city.province, city.type])
            ids[k] = db.lastInsertedRowID
        }
        return (ids, renamed)
    }
}
