import Foundation
import GRDB

/// The embedded SQLite store (through GRDB): datasets, cities, observations and an import log. One
/// store per process, opened once per command or server: a `DatabasePool` in WAL mode, so readers run
/// concurrently with each other and with the one writer.
/// Its path is given by the caller (the CLI: `--db`, else `$SMARTSCORE_DB`, else `./smartscore.sqlite`).
public final class Store: Sendable {
    public static let defaultPath = "smartscore.sqlite"
    /// How long an import waits for another one that holds the store's write lock before it gives up.
    public static let standardBusyTimeout: TimeInterval = 30
    /// The front end's choice of busy timeout (the CLI's `SMARTSCORE_BUSY_TIMEOUT`), set once before any
    /// store is opened, or the error its malformed value gives; nil: `standardBusyTimeout`. A setting rather
    /// than an environment read, because the library reads no environment variable.
    nonisolated(unsafe) public static var frontEndBusyTimeout: Result<TimeInterval, InputError>?

    /// The migrations smartscore registers, and every schema object they make: a database holding
    /// of its own belongs to someone else (another GRDB application has `grdb_migrations` too).
    static let ownMigrations: Set<String> = ["v1", "v2", "v3"]
    static let ownTables: Set<String> = v2Tables.union([writeCountTable])
    static let ownSchema: Set<String> = ownTables.union(["grdb_migrations"])

    public let path: String
    /// A `DatabasePool` for a store on disk (readers run beside the one writer); a `DatabaseQueue` for a
    /// store read through the immutable fallback, or held in memory for a dry run.
    let pool: any DatabaseWriter
    /// A read-only store's check of every page, running beside its first reads (nil: checked on opening).
    private let pageCheck: PageCheck?
    /// Seconds a write waits for another writer.
    let busyTimeout: TimeInterval
    /// Whether the observations are keyed by integer ids (migration "v2"): every store opened for writing,
    /// once migrated. False for a store written by an older smartscore and opened read-only (read as it is,
    /// `Store+V1Reads.swift`), or opened for a dry run, which converts it inside the import's transaction and
    /// rolls the conversion back with everything else.
    let keyed: Bool

    /// Opens (creating when needed) and migrates the store. `mustExist` refuses a missing file, for
    /// commands that change an existing store; `readOnly` opens an existing store without writing
    /// anything to it (no migration, no journal change). Before anything is written the file is checked:
    /// a regular file, an SQLite database whose every table is smartscore's, undamaged, in a writable
    /// folder. `busyTimeout`: seconds to wait for another writer (default: the front end's, else 30).
    /// `migrating: false` leaves a store's pending migrations to the import (a dry run's).
    public init(path: String, mustExist: Bool = false, readOnly: Bool = false, busyTimeout: TimeInterval? = nil,
                migrating: Bool = true) throws {
        self.path = path
        self.busyTimeout = try busyTimeout ?? Store.frontEndBusyTimeout?.get() ?? Store.standardBusyTimeout
        let exists = try Store.checkPath(path)
        FilesRead.record(path)
        if (mustExist || readOnly) && !exists {
            throw InputError(.storeMissing, ["path": path], at: SourceLocation(parameter: .db),
                             hint: .storeMissingHint, hintArguments: ["path": path])
        }
        if readOnly {
            (pool, pageCheck) = try Store.openReader(path: path, busyTimeout: self.busyTimeout)
            keyed = try Store.hasIntegerKeys(pool, path: path, busyTimeout: self.busyTimeout)
            return
        }
        pageCheck = nil
        try Store.requireWritable(path, exists: exists)
        // Look before writing anything: opening for writing switches the journal to WAL and adds our
        // tables, which would already change another application's file, or a damaged one further.
        if exists {
            var peek = Configuration()
            peek.readonly = true
            peek.busyMode = .timeout(self.busyTimeout)
            do {
                try DatabaseQueue(path: path, configuration: peek).read { db in try Store.verify(db, path: path) }
            } catch let error as DatabaseError {
                throw Store.describe(error, path: path, busyTimeout: self.busyTimeout)
            }
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Another process importing into the same store holds the write lock for a while: wait, do not
        // fail. SQLite calls the busy handler only where waiting can help: opening (the WAL switch and
        // GRDB's first write), the migrator's and every import's transaction, all BEGIN IMMEDIATE (GRDB's
        // default for writes), so no transaction reads first and then fails to upgrade (SQLITE_BUSY_SNAPSHOT,
        // which no timeout cures). `StoreSafetyTests.testSecondImportWaitsForTheFirst` holds the lock to prove it.
        configuration.busyMode = .timeout(self.busyTimeout)
        // The pool puts the file in WAL mode itself; NORMAL syncing is safe in WAL (a killed process loses
        // nothing committed; only a power cut may lose the last transactions, never half of one).
        configuration.prepareDatabase { db in
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            if migrating {
                let applied = try pool.read { db in try Store.migrator.appliedIdentifiers(db) }
                try Store.migrator.migrate(pool)
                // A store converted from v1 keeps the old tables' pages as free pages (a 472 MB village store
                // grew to 664 MB): give them back once. VACUUM cannot run inside the migration's transaction.
                if applied.contains("v1") && !applied.contains("v2") {
                    try pool.writeWithoutTransaction { db in try db.execute(sql: "VACUUM") }
                }
            }
            self.pool = pool
        } catch let error as DatabaseError {
            throw Store.describe(error, path: path, busyTimeout: self.busyTimeout)
        }
        keyed = try Store.hasIntegerKeys(pool, path: path, busyTimeout: self.busyTimeout)
    }

    /// Whether migration "v2" made the store's observation table (see `keyed`).
    static func hasIntegerKeys(_ pool: any DatabaseReader, path: String, busyTimeout: TimeInterval) throws -> Bool {
        do {
            return try pool.read { db in
                try db.tableExists("grdb_migrations")
                    && Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM grdb_migrations WHERE identifier = 'v2')") == true
            }
        } catch let error as DatabaseError {
            throw Store.describe(error, path: path, busyTimeout: busyTimeout, reading: true)
        }
    }

    /// An empty store in memory that stands for the one at `path` (not yet made): a dry run imports into it
    /// and rolls back, so that it finds exactly what the real import would, and creates no file.
    init(inMemoryStandingFor path: String) throws {
        self.path = path
        busyTimeout = 0
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        let queue = try DatabaseQueue(configuration: configuration)
        try Store.migrator.migrate(queue)
        pool = queue
        pageCheck = nil
        keyed = true
    }

    /// Moves everything in the write-ahead log into the main file and empties the log.
    public func checkpoint() throws {
        do {
            _ = try pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        } catch let error as DatabaseError {
            throw Store.describe(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// Whether a store file is at `path`. Refuses an empty path (SQLite would open a private temporary
    /// database: an import would vanish) and anything but a regular file: SQLite would block forever on a
    /// FIFO, and a folder, socket or device is no store. Checked before SQLite sees the path.
    public static func checkPath(_ path: String) throws -> Bool {
        guard !path.isEmpty else {
            throw InputError(.storeEmptyPath, at: SourceLocation(parameter: .db), hint: .storeEmptyPathHint)
        }
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFREG else {
            let word: TextKey
            switch kind {
            case S_IFDIR: word = .storeKindDirectory
            case S_IFIFO: word = .storeKindFIFO
            case S_IFSOCK: word = .storeKindSocket
            case S_IFCHR, S_IFBLK: word = .storeKindDevice
            default: word = .storeKindOther
            }
            let en = Localizer(.en), id = Localizer(.id)
            var error = InputError(.storeNotRegularFile, ["path": path, "kind": en(word)], at: SourceLocation(file: path, parameter: .db),
                                   hint: .storeNotRegularFileHint)
            error.messageID = id(.storeNotRegularFile, ["path": path, "kind": id(word)])
            throw error
        }
        return true
    }

    /// The folder a store file is in ("." for a bare name).
    /// The folder a path names its file in: `.` for a bare name. Written out by hand because
    /// swift-corelibs-foundation's `deletingLastPathComponent` traps on a one-character name (`--db a`).
    static func folder(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        if slash == trimmed.startIndex { return "/" }
        return String(trimmed[..<slash])
    }

    /// Writing needs the folder (SQLite makes the -wal and -shm files, an import a temporary store beside
    /// the target) and the file itself; say so plainly rather than let SQLite fail half-way with
    /// "attempt to write a readonly database" or "unable to open database file".
    static func requireWritable(_ path: String, exists: Bool) throws {
        let folder = folder(of: path)
        if access(folder, W_OK | X_OK) != 0 {
            throw InputError(.storeFolderNotWritable, ["path": path, "folder": folder], at: SourceLocation(file: path, parameter: .db),
                             hint: .storeFolderNotWritableHint)
        }
        if exists, access(path, R_OK | W_OK) != 0 {
            throw InputError(.storeFileNotWritable, ["path": path], at: SourceLocation(file: path, parameter: .db), hint: .storeChooseAnother)
        }
    }

    /// Opens an existing store for reading only, so that the read verbs work where nothing may be written.
    /// First as usual (a read-only pool, which shares the WAL index with a running import). A WAL database
    /// cannot be opened that way in a folder where its -shm file cannot be made (a read-only folder or
    /// mount): then, and only when no -wal file holds unmerged changes, it is opened as SQLite's
    /// `immutable=1`, which reads the main file without locks or WAL files. That is safe exactly there:
    /// no writer can work in a folder where it cannot make the -wal file, so the file cannot change under
    /// the reader. Keeping stores in a rollback journal instead would read anywhere too, but would make every
    /// reader block an import and the reverse.
    /// The pool's check of every page runs beside the reads (`PageCheck`); the immutable fallback checks first.
    static func openReader(path: String, busyTimeout: TimeInterval) throws -> (any DatabaseWriter, PageCheck?) {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            try pool.read { db in try Store.verify(db, path: path, mustBeStore: true, checkingPages: false) }
            return (pool, PageCheck(pool, path: path, busyTimeout: busyTimeout))
        } catch let error as DatabaseError where access(folder(of: path), W_OK | X_OK) != 0
                    && [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode) {
            // SQLITE_READONLY_DIRECTORY (or CANTOPEN, by version): the -shm file cannot be made here.
            let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
            if wal > 0 {
                throw InputError(.storeUnmergedLog, ["path": path], at: SourceLocation(file: path, parameter: .db), hint: .storeUnmergedLogHint)
            }
            do {
                let queue = try DatabaseQueue(path: immutableURI(path), configuration: configuration)
                try queue.read { db in try Store.verify(db, path: path, mustBeStore: true) }
                return (queue, nil)
            } catch let error as DatabaseError {
                throw Store.describe(error, path: path, busyTimeout: busyTimeout)
            }
        } catch let error as DatabaseError {
            throw Store.describe(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// `file:PATH?immutable=1`, the path percent-encoded where a URI needs it.
    static func immutableURI(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:" + (path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path) + "?immutable=1"
    }

    /// Refuses a database that is not smartscore's, and a damaged one. Run on a read-only connection
    /// before anything is written, and on every read-only open.
    /// `PRAGMA quick_check`, not `integrity_check`: both read every page and find a damaged page, a broken
    /// B-tree or a malformed record; only integrity_check also compares each index with its table, which
    /// costs a sort per index, and our secondary indexes are small (the import log's, and the unique codes of
    /// cities, indicators and sources). It runs on every open,
    /// reads included, so the cheaper one: measured 45 ms against 64 ms on the 75k-value demo store, and
    /// 0.13 s against 0.21 s on a 390k-value store (23 MB; all 514 regions, three years).
    /// `checkingPages: false` leaves the page check to a `PageCheck` beside the reads.
    static func verify(_ db: Database, path: String, mustBeStore: Bool = false, checkingPages: Bool = true) throws {
        let names = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
        let location = SourceLocation(file: path, parameter: .db)
        if names.isEmpty {
            // An empty SQLite file: a store to be, for an import; nothing to read, for a read.
            if mustBeStore { throw InputError(.storeNotStore, ["path": path], at: location, hint: .storeNotStoreHint) }
            return
        }
        let migrations = names.contains("grdb_migrations")
            ? Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")) : []
        // A store a later smartscore has migrated holds every migration this one knows and more of the same
        // kind ("v4"): it is ours, only newer. Refused as such, not as another application's, and not changed.
        let later = migrations.subtracting(ownMigrations)
        if !later.isEmpty, ownMigrations.isSubset(of: migrations),
           later.allSatisfy({ $0.range(of: "^v[0-9]+$", options: .regularExpression) != nil }) {
            throw InputError(.storeNewer, ["path": path, "migrations": later.sorted().joined(separator: ", ")], at: location, hint: .storeNewerHint)
        }
        if !names.isSubset(of: ownSchema) || !names.contains("grdb_migrations") || !migrations.isSubset(of: ownMigrations) {
            let listed = names.sorted().prefix(8).joined(separator: ", ") + (names.count > 8 ? ", …" : "")
            throw InputError(.storeForeign, ["path": path, "tables": listed], at: location, hint: .storeForeignHint)
        }
        if checkingPages { try checkPages(db, path: path) }
        // The tables each applied migration made (a v1 store, read before any import converted it, has no
        // indicator or source table yet).
        let required = migrations.contains("v3") ? ownTables : migrations.contains("v2") ? v2Tables : migrations.contains("v1") ? v1Tables : []
        if !required.isSubset(of: names) {
            let missing = required.subtracting(names).sorted().joined(separator: ", ")
            throw InputError(.storeDamaged, ["path": path, "detail": "missing tables: \(missing)"], at: location, hint: .storeDamagedHint)
        }
        if mustBeStore, !v1Tables.isSubset(of: names) {
            throw InputError(.storeNotStore, ["path": path], at: location, hint: .storeNotStoreHint)
        }
    }

    /// Every page read and checked (`PRAGMA quick_check`): a damaged page, a broken B-tree, a malformed record.
    static func checkPages(_ db: Database, path: String) throws {
        let problems = try String.fetchAll(db, sql: "PRAGMA quick_check(5)").filter { $0 != "ok" }
        if !problems.isEmpty {
            throw InputError(.storeDamaged, ["path": path, "detail": problems.joined(separator: "; ")],
                             at: SourceLocation(file: path, parameter: .db), hint: .storeDamagedHint)
        }
    }

    /// An SQLite refusal as a message naming the store and what to do, never SQLite's words alone.
    static func describe(_ error: DatabaseError, path: String, busyTimeout: TimeInterval, reading: Bool = false) -> InputError {
        let location = SourceLocation(file: path, parameter: .db)
        let code = error.extendedResultCode.rawValue
        let reason = error.message ?? error.description
        var described: InputError
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            described = InputError(.storeBusy, ["path": path, "seconds": String(format: "%g", busyTimeout)], at: location, hint: .storeBusyHint)
        case .SQLITE_NOTADB:
            described = InputError(.storeNotSQLite, ["path": path], at: location, hint: .storeChooseAnother)
        case .SQLITE_CORRUPT:
            described = InputError(.storeDamaged, ["path": path, "detail": reason], at: location, hint: .storeDamagedHint)
        default:
            described = reading
                ? InputError(.storeCannotRead, ["path": path, "reason": reason, "code": String(code)], at: location, hint: .storeCannotReadHint)
                : InputError(.storeCannotOpen, ["path": path, "reason": reason, "code": String(code)], at: location, hint: .storeCannotOpenHint)
        }
        described.databaseResultCode = code
        return described
    }

    /// A read of the store, SQLite's refusals turned into messages (a store damaged after it was opened).
    /// A store opened read-only gives nothing before its page check has passed: a damaged store is refused
    /// as such, whatever the read itself found.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try read(checked: true, body)
    }

    /// `checked: false` gives the read back before the page check has passed: for a use case that waits for it
    /// itself (`pagesChecked()`) before it gives anything back (scoring a dataset: the check beside the scoring).
    /// A read that fails waits for the check in any case: a damaged store is named as such.
    func read<T>(checked: Bool, _ body: (Database) throws -> T) throws -> T {
        let outcome = Result { try pool.read(body) }
        if case .failure = outcome { try pageCheck?.passed() } else if checked { try pageCheck?.passed() }
        do { return try outcome.get() } catch let error as DatabaseError {
            throw Store.describe(error, path: path, busyTimeout: busyTimeout, reading: true)
        }
    }

    /// Returns once the page check of a store opened read-only has passed (at once for a store checked on
    /// opening); throws the damage it found otherwise.
    public func pagesChecked() throws {
        try pageCheck?.passed()
    }

    /// A write transaction, SQLite's refusals turned into messages.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.write(body) } catch let error as DatabaseError {
            throw Store.describe(error, path: path, busyTimeout: busyTimeout)
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in try Store.createV1(db) }
        migrator.registerMigration("v2") { db in try Store.migrateToIntegerKeys(db) }
        migrator.registerMigration("v3") { db in try Store.addWriteCount(db) }
        return migrator
    }

    /// `PRAGMA integrity_check`'s findings, empty when the store is sound: the full check (indexes against
    /// their tables too), for tests and for whoever suspects a store.
    public func integrityProblems() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" } }
    }

    /// Row counts of each table, for tests that check a failed import wrote nothing.
    public func tableCounts() throws -> [String: Int] {
        try read { db in
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
