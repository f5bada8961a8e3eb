import Foundation
import GRDB

/// A dataset in the store, as `datasets list` shows it.
public struct DatasetSummary: Sendable {
    public let name: String
    public let createdAt: String
    public let observations: Int
    public let cities: Int
    public let indicators: Int
    public let years: [Int]
    public let imports: [ImportLogEntry]
}

public struct ImportLogEntry: Sendable {
    public let file: String
    public let sha256: String
    public let importedAt: String
    public let rows: Int
    public let observations: Int
    public let replaced: Int
}

extension Store {
    public func datasetNames() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT name FROM dataset ORDER BY name") }
    }

    public func summary(of name: String) throws -> DatasetSummary {
        let name = name.precomposedStringWithCanonicalMapping   // as `datasetName` stores it
        return try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT id, created_at FROM dataset WHERE name = ?", arguments: [name]) else {
                throw try Store.unknownDataset(name, db: db)
            }
            let id: Int64 = row["id"]
            // One id per code: as many distinct ids as codes.
            let (city, indicator) = keyed ? ("city_id", "indicator_id") : ("city_code", "indicator")
            let counts = try Row.fetchOne(db, sql: """
                SELECT COUNT(*) AS n, COUNT(DISTINCT \(city)) AS c, COUNT(DISTINCT \(indicator)) AS i
                FROM observation WHERE dataset_id = ?
                """, arguments: [id])!
            let years = try Int.fetchAll(db, sql: "SELECT DISTINCT year FROM observation WHERE dataset_id = ? ORDER BY year", arguments: [id])
            let imports = try Row.fetchAll(db, sql: """
                SELECT file, sha256, imported_at, rows, observations, replaced FROM import_log WHERE dataset_id = ? ORDER BY id
                """, arguments: [id]).map { r in
                ImportLogEntry(file: r["file"], sha256: r["sha256"], importedAt: r["imported_at"], rows: r["rows"],
                               observations: r["observations"], replaced: r["replaced"])
            }
            return DatasetSummary(name: name, createdAt: row["created_at"], observations: counts["n"], cities: counts["c"],
                                  indicators: counts["i"], years: years, imports: imports)
        }
    }

    /// Removes a dataset, its observations and its import log, and the cities no other dataset refers to:
    /// a city left behind would keep its name and block another name for its code in a later import.
    public func deleteDataset(_ name: String) throws {
        let name = name.precomposedStringWithCanonicalMapping   // as `datasetName` stores it
        try write { db in
            guard try Int64.fetchOne(db, sql: "SELECT id FROM dataset WHERE name = ?", arguments: [name]) != nil else {
                throw try Store.unknownDataset(name, db: db)
            }
            // The observations first: since migration "v2" they declare no foreign key to cascade from.
            try db.execute(sql: "DELETE FROM observation WHERE dataset_id = (SELECT id FROM dataset WHERE name = ?)", arguments: [name])
            try db.execute(sql: "DELETE FROM dataset WHERE name = ?", arguments: [name])
            // NOT IN builds the set of referenced cities once (the observations are keyed by dataset first).
            // Indicators and sources stay: a dictionary of a few hundred codes, reused by the next import.
            try db.execute(sql: "DELETE FROM city WHERE id NOT IN (SELECT city_id FROM observation)")
        }
    }

    /// The observations of a dataset (optionally of one year), in a stable order: city code, year, indicator.
    /// `pagesChecked: false`: given back before the page check of a read-only store has passed; the caller
    /// then calls `pagesChecked()` before it gives anything made of them back.
    public func observations(of name: String, year: Int? = nil, pagesChecked: Bool = true) throws -> ObservationBatch {
        let name = name.precomposedStringWithCanonicalMapping   // as `datasetName` stores it
        return try read(checked: pagesChecked) { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM dataset WHERE name = ?", arguments: [name]) else {
                throw try Store.unknownDataset(name, db: db)
            }
            return keyed ? try Store.keyedObservations(db, datasetID: id, year: year, secondReader: pool as? DatabasePool)
                         : try Store.v1Observations(db, datasetID: id, year: year)
        }
    }

    static func unknownDataset(_ name: String, db: Database) throws -> InputError {
        let names = try String.fetchAll(db, sql: "SELECT name FROM dataset ORDER BY name")
        return InputError("no dataset named '\(name)'", id: "tidak ada dataset bernama '\(name)'", at: SourceLocation(parameter: .dataset),
                          hint: names.isEmpty ? "the store is empty; import a file first" : "the store holds: \(names.joined(separator: ", "))",
                          hintID: names.isEmpty ? "basis data kosong; impor berkas dulu" : "isi basis data: \(names.joined(separator: ", "))")
    }
}
