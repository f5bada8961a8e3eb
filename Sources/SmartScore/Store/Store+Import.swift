import Crypto
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
}

extension Store {
    /// Imports validated files into `dataset` in one transaction: on any error nothing is written.
    /// A file already imported into the dataset (same SHA-256) is skipped, unless `replace`. A value that differs from
    /// one already stored for the same city, year and indicator is an error unless `replace`.
    public func importFiles(_ files: [(path: String, result: ReadResult)], dataset: String, replace: Bool,
                            maxErrors: Int = 50) throws -> [ImportedFile] {
        var outcomes = try files.map { file in
            ImportedFile(file: file.path, sha256: file.result.sha256, result: file.result)
        }
        // Where the import is, so that a refusal by SQLite names the file and line that caused it.
        var currentFile = path
        var currentLine: Int32 = 0
        do {
            try pool.write { db in
                let datasetID = try Store.ensureDataset(db, name: dataset)
                var conflicts: [InputError] = []
                var omitted = 0
                for k in outcomes.indices {
                    let hash = outcomes[k].sha256
                    // The same file again is a no-op, unless --replace asks to re-apply its values.
                    if !replace, try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM import_log WHERE dataset_id = ? AND sha256 = ?)",
                                                   arguments: [datasetID, hash]) ?? false {
                        outcomes[k].alreadyImported = true
                        continue
                    }
                    let batch = outcomes[k].result.batch
                    currentFile = outcomes[k].file
                    currentLine = 0
                    try Store.upsertCities(db, batch.cities, file: outcomes[k].file)
                    // Into an empty dataset nothing can conflict (the reader refused duplicates): bulk insert.
                    if try !(Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM observation WHERE dataset_id = ?)", arguments: [datasetID]) ?? false) {
                        try Store.bulkInsert(db, batch, datasetID: datasetID, line: &currentLine)
                        outcomes[k].inserted = batch.count
                        try Store.logImport(db, datasetID: datasetID, outcome: outcomes[k])
                        continue
                    }
                    let insert = try db.makeStatement(sql: """
                        INSERT INTO observation (dataset_id, city_code, year, indicator, value, source)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                        """)
                    let existing = try db.makeStatement(sql: """
                        SELECT value FROM observation WHERE dataset_id = ? AND city_code = ? AND year = ? AND indicator = ?
                        """)
                    let update = try db.makeStatement(sql: """
                        UPDATE observation SET value = ?, source = ?
                        WHERE dataset_id = ? AND city_code = ? AND year = ? AND indicator = ?
                        """)
                    for row in 0..<batch.count {
                        currentLine = batch.lines[row]
                        let city = batch.city(atRow: row).code, indicator = batch.indicator(atRow: row)
                        let year = Int(batch.years[row]), value = batch.values[row], source = batch.source(atRow: row)
                        insert.setUncheckedArguments([datasetID, city, year, indicator, value, source])
                        try insert.execute()
                        if db.changesCount == 1 { outcomes[k].inserted += 1; continue }
                        let stored = try Double.fetchOne(existing, arguments: [datasetID, city, year, indicator]) ?? .nan
                        if stored == value {
                            outcomes[k].unchanged += 1
                        } else if replace {
                            try update.execute(arguments: [value, source, datasetID, city, year, indicator])
                            outcomes[k].replaced += 1
                        } else if conflicts.count < maxErrors {
                            conflicts.append(InputError(
                                "\(city), \(year), \(indicator) is \(JSONValue.format(value)) in this file but \(JSONValue.format(stored)) is already stored in dataset '\(dataset)' (from an earlier import, or an earlier file of this one)",
                                at: SourceLocation(file: outcomes[k].file, line: batch.lines[row] > 0 ? Int(batch.lines[row]) : nil),
                                hint: "pass --replace to overwrite stored values"))
                        } else {
                            omitted += 1
                        }
                    }
                    try Store.logImport(db, datasetID: datasetID, outcome: outcomes[k])
                }
                if !conflicts.isEmpty { throw InputErrors(conflicts, omitted: omitted) }
            }
        } catch let error as DatabaseError {
            let code = error.extendedResultCode.rawValue
            let reason = error.message ?? error.description
            throw InputError("the store refused the import: \(reason) (SQLite result code \(code)); nothing was written",
                             id: "basis data menolak impor: \(reason) (kode hasil SQLite \(code)); tidak ada yang ditulis",
                             at: SourceLocation(file: currentFile, line: currentLine > 0 ? Int(currentLine) : nil),
                             hint: "the store is \(path)", hintID: "basis datanya \(path)", databaseResultCode: code)
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

    /// Inserts a batch with multi-row statements (`rowsPerStatement` rows each), binding values that
    /// repeat (city codes, indicator codes, sources) from arrays converted once.
    static let rowsPerStatement = 200

    static func bulkInsert(_ db: Database, _ batch: ObservationBatch, datasetID: Int64, line: inout Int32) throws {
        let cities = batch.cities.map { $0.code.databaseValue }
        let indicators = batch.indicatorCodes.map(\.databaseValue)
        let sources = batch.sources.map(\.databaseValue)
        let dataset = datasetID.databaseValue
        func statement(rows: Int) throws -> Statement {
            let values = Array(repeating: "(?, ?, ?, ?, ?, ?)", count: rows).joined(separator: ", ")
            return try db.makeStatement(sql: "INSERT INTO observation (dataset_id, city_code, year, indicator, value, source) VALUES \(values)")
        }
        let full = try statement(rows: rowsPerStatement)
        var arguments: [DatabaseValue] = []
        arguments.reserveCapacity(rowsPerStatement * 6)
        var start = 0
        while start < batch.count {
            let end = min(start + rowsPerStatement, batch.count)
            line = batch.lines[start]
            arguments.removeAll(keepingCapacity: true)
            for row in start..<end {
                arguments.append(dataset)
                arguments.append(cities[Int(batch.cityIndex[row])])
                arguments.append(Int64(batch.years[row]).databaseValue)
                arguments.append(indicators[Int(batch.indicatorIndex[row])])
                arguments.append(batch.values[row].databaseValue)
                arguments.append(batch.sourceIndex[row] < 0 ? .null : sources[Int(batch.sourceIndex[row])])
            }
            let target = end - start == rowsPerStatement ? full : try statement(rows: end - start)
            target.setUncheckedArguments(StatementArguments(arguments))
            try target.execute()
            start = end
        }
    }

    static func ensureDataset(_ db: Database, name: String) throws -> Int64 {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM dataset WHERE name = ?", arguments: [name]) { return id }
        try db.execute(sql: "INSERT INTO dataset (name, created_at) VALUES (?, ?)", arguments: [name, timestamp()])
        return db.lastInsertedRowID
    }

    /// Adds new cities and fills a stored city's missing province or type; a stored city with another
    /// name is an error (one code, one name).
    static func upsertCities(_ db: Database, _ cities: [CityRecord], file: String) throws {
        var problems: [InputError] = []
        for city in cities {
            if let row = try Row.fetchOne(db, sql: "SELECT name, province, type FROM city WHERE code = ?", arguments: [city.code]) {
                let stored: String = row["name"]
                if RegionRegistry.fold(stored) != RegionRegistry.fold(city.name) {
                    problems.append(InputError("city code \(city.code) is named '\(city.name)' in this file but '\(stored)' in the store",
                                               at: SourceLocation(file: file), hint: "one code must have one name; correct the file"))
                    continue
                }
                try db.execute(sql: "UPDATE city SET province = COALESCE(province, ?), type = COALESCE(type, ?) WHERE code = ?",
                               arguments: [city.province, city.type, city.code])
            } else {
                try db.execute(sql: "INSERT INTO city (code, name, province, type) VALUES (?, ?, ?, ?)",
                               arguments: [city.code, city.name, city.province, city.type])
            }
        }
        if !problems.isEmpty { throw InputErrors(problems) }
    }

    /// SHA-256 of a file, read in 1 MiB chunks.
    public static func sha256(ofFile path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError("cannot read the file", at: SourceLocation(file: path))
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        } catch {
            throw InputError("cannot read the file", at: SourceLocation(file: path), hint: "is it a regular file you may read?")
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
