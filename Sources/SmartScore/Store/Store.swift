import Foundation
import GRDB

/// The embedded SQLite store (through GRDB): datasets, cities, observations and an import log. One
/// store per process, opened once per command or server: a `DatabasePool` in WAL mode, so readers run
/// concurrently with each other and with the one writer.
/// Its path is given by the caller (the CLI: `--db`, else `$SMARTSCORE_DB`, else `./smartscore.sqlite`).
public final class Store: Sendable {
    public static let defaultPath = "smartscore.sqlite"

    public let path: String
    let pool: DatabasePool

    /// Opens (creating when needed) and migrates the store. `mustExist` refuses a missing file, for
    /// commands that change an existing store; `readOnly` opens an existing store without writing
    /// anything to it (no migration, no journal change), and refuses a file that is not a smartscore store.
    public init(path: String, mustExist: Bool = false, readOnly: Bool = false) throws {
        self.path = path
        if (mustExist || readOnly) && !FileManager.default.fileExists(atPath: path) {
            throw InputError("no store at \(path)", id: "tidak ada basis data di \(path)", at: SourceLocation(parameter: .db),
                             hint: "import data first (smartscore import FILE --db \(path)), or pass --data FILE",
                             hintID: "impor data dulu (smartscore import BERKAS --db \(path)), atau pakai --data BERKAS")
        }
        // Look before writing anything: opening for writing switches the journal to WAL, which would
        // already change another application's file.
        if !readOnly, FileManager.default.fileExists(atPath: path) {
            var peek = Configuration()
            peek.readonly = true
            let foreign: Bool
            do { foreign = try Store.isForeign(DatabaseQueue(path: path, configuration: peek)) } catch {
                throw InputError("\(path) is not an SQLite database", at: SourceLocation(parameter: .db), hint: "choose another --db")
            }
            if foreign {
                throw InputError("\(path) is an SQLite file of another application", at: SourceLocation(parameter: .db),
                                 hint: "smartscore will not add its tables to it; choose another --db")
            }
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.readonly = readOnly
        // Another process importing into the same store holds the write lock for a while: wait, do not fail.
        configuration.busyMode = .timeout(30)
        if !readOnly {
            // The pool puts the file in WAL mode itself; NORMAL syncing is safe in WAL.
            configuration.prepareDatabase { db in
                if !db.configuration.readonly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
            }
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            if readOnly {
                let isStore = try pool.read { db in try db.tableExists("dataset") && db.tableExists("observation") }
                guard isStore else {
                    throw InputError("\(path) is not a smartscore store", at: SourceLocation(parameter: .db),
                                     hint: "point --db (or SMARTSCORE_DB) at a file made by smartscore import")
                }
            } else {
                try Store.migrator.migrate(pool)
            }
        } catch let error as DatabaseError {
            throw InputError("cannot open the store: \(error.message ?? error.description) (SQLite result code \(error.extendedResultCode.rawValue))",
                             id: "basis data tidak dapat dibuka: \(error.message ?? error.description) (kode hasil SQLite \(error.extendedResultCode.rawValue))",
                             at: SourceLocation(file: path), hint: "is it a smartscore SQLite file, and is its folder writable?",
                             hintID: "apakah ini berkas SQLite smartscore, dan apakah foldernya dapat ditulisi?",
                             databaseResultCode: error.extendedResultCode.rawValue)
        }
    }

    /// Moves everything in the write-ahead log into the main file and empties the log.
    public func checkpoint() throws {
        try pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
    }

    /// A database with tables but none of smartscore's (nor GRDB's migration log) belongs to someone else.
    static func isForeign(_ queue: DatabaseQueue) throws -> Bool {
        try queue.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            return !tables.isEmpty && !tables.contains("grdb_migrations") && !tables.contains("dataset")
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE dataset (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL UNIQUE,
                    created_at TEXT NOT NULL
                );
                CREATE TABLE city (
                    code TEXT PRIMARY KEY,
                    name TEXT NOT NULL,
                    province TEXT,
                    type TEXT
                );
                CREATE TABLE observation (
                    dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                    city_code TEXT NOT NULL REFERENCES city(code),
                    year INTEGER NOT NULL,
                    indicator TEXT NOT NULL,
                    value REAL NOT NULL,
                    source TEXT,
                    PRIMARY KEY (dataset_id, city_code, year, indicator)
                ) WITHOUT ROWID;
                CREATE TABLE import_log (
                    id INTEGER PRIMARY KEY,
                    dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                    file TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    imported_at TEXT NOT NULL,
                    rows INTEGER NOT NULL,
                    observations INTEGER NOT NULL,
                    replaced INTEGER NOT NULL
                );
                CREATE INDEX import_log_by_hash ON import_log(dataset_id, sha256);
                """)
        }
        return migrator
    }

    /// Row counts of each table, for tests that check a failed import wrote nothing.
    public func tableCounts() throws -> [String: Int] {
        try pool.read { db in
            var counts: [String: Int] = [:]
            for table in ["dataset", "city", "observation", "import_log"] {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            return counts
        }
    }

    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }
}
