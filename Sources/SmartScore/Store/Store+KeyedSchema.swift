import GRDB

/// Migration "v2" (issue 20): the observation table keyed by integers. A city, an indicator and a source are
/// each stored once, in `city`, `indicator` and `source`, and an observation names them by id:
///
///     observation(dataset_id, city_id, year, indicator_id, value, source_id) WITHOUT ROWID,
///     PRIMARY KEY (dataset_id, city_id, year, indicator_id)
///
/// Why (measured on 200,000 rows, SQLite 3.40, instructions counted by callgrind): every insert into a
/// WITHOUT ROWID table seeks its place by comparing whole keys, and with text codes each comparison runs
/// SQLite's general record comparison over two strings; integer keys are shorter, compare faster and make
/// the table half its size (12.1 → 5.3 MB, the sources included: a repeated source text cost 20 bytes a row).
/// The observation table declares no foreign key: checking one costs a seek in the parent for every row
/// inserted (64 rows a statement: the city, indicator and source +66 % of the insert's instructions, the
/// dataset +19 %; `benchmarks/store/keys_bench.c`). The store's own
/// code is its one writer: an import takes every id from the tables it points into, in the same
/// transaction, and deleting a dataset deletes its observations itself (`deleteDataset`).
extension Store {
    /// The tables of a store before and after "v2".
    static let v1Tables: Set<String> = ["dataset", "city", "observation", "import_log"]
    static let v2Tables: Set<String> = v1Tables.union(["indicator", "source"])

    /// Converts a v1 store in place, keeping every value, source, city, dataset and import log entry. Ids are
    /// given in byte order of the codes (SQLite's BINARY collation), so that a store converted from v1 lists
    /// its observations in key order as v1 did. Runs inside the migration's transaction (or the dry run's).
    static func migrateToIntegerKeys(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE city_v2 (
                id INTEGER PRIMARY KEY,
                code TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                province TEXT,
                type TEXT
            );
            INSERT INTO city_v2 (code, name, province, type) SELECT code, name, province, type FROM city ORDER BY code;
            CREATE TABLE indicator (
                id INTEGER PRIMARY KEY,
                code TEXT NOT NULL UNIQUE
            );
            INSERT INTO indicator (code) SELECT DISTINCT indicator FROM observation ORDER BY indicator;
            CREATE TABLE source (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE
            );
            INSERT INTO source (name) SELECT DISTINCT source FROM observation WHERE source IS NOT NULL ORDER BY source;
            CREATE TABLE observation_v2 (
                dataset_id INTEGER NOT NULL,
                city_id INTEGER NOT NULL,
                year INTEGER NOT NULL,
                indicator_id INTEGER NOT NULL,
                value REAL NOT NULL,
                source_id INTEGER,
                PRIMARY KEY (dataset_id, city_id, year, indicator_id)
            ) WITHOUT ROWID;
            INSERT INTO observation_v2 (dataset_id, city_id, year, indicator_id, value, source_id)
                SELECT o.dataset_id, c.id, o.year, i.id, o.value, s.id
                FROM observation o
                JOIN city_v2 c ON c.code = o.city_code
                JOIN indicator i ON i.code = o.indicator
                LEFT JOIN source s ON s.name = o.source
                ORDER BY o.dataset_id, c.id, o.year, i.id;
            DROP TABLE observation;
            DROP TABLE city;
            ALTER TABLE city_v2 RENAME TO city;
            ALTER TABLE observation_v2 RENAME TO observation;
            """)
    }

    /// The migrations a store at `db` still needs, run inside the caller's transaction: a dry run into a store
    /// written by an older smartscore converts it there, and rolls the conversion back with the import.
    static func migrateWithinTransaction(_ db: Database) throws {
        let tables = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
        let applied = tables.contains("grdb_migrations")
            ? Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")) : []
        if !applied.contains("v1") { try createV1(db) }
        if !applied.contains("v2") { try migrateToIntegerKeys(db) }
        if !applied.contains("v3") { try addWriteCount(db) }
    }

    /// Migration "v1", the first schema: codes as keys. Kept as it was, so that a new store passes through
    /// the conversion as an old one does.
    static func createV1(_ db: Database) throws {
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
}
