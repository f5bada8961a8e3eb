import GRDB

/// Migration "v3" (issue 20): a count of the store's writes, kept by SQLite itself. Every write of
/// observations goes with an import log entry (an import, a merge, a replacement) or removes a dataset, and
/// a trigger on each adds one to `store_writes.count` in the same transaction. Two read transactions that
/// see the same count (and schema) see the same observations: the large dataset read in two halves on two
/// connections (`keyedObservations`) takes the second half only then. The triggers cost one UPDATE an import
/// or a deletion, nothing a row.
extension Store {
    static let writeCountTable = "store_writes"

    static func addWriteCount(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE store_writes (count INTEGER NOT NULL);
            INSERT INTO store_writes (count) VALUES (0);
            CREATE TRIGGER store_writes_after_import AFTER INSERT ON import_log
                BEGIN UPDATE store_writes SET count = count + 1; END;
            CREATE TRIGGER store_writes_after_dataset_delete AFTER DELETE ON dataset
                BEGIN UPDATE store_writes SET count = count + 1; END;
            """)
    }
}

/// The state of the store a read transaction sees, as far as its observations go: the write count and the
/// schema version. Nil for a store without the count (written before "v3" and opened read-only).
struct WriteMark: Equatable, Sendable {
    let writes: Int64
    let schema: Int64

    init?(_ db: Database) throws {
        guard try db.tableExists(Store.writeCountTable),
              let writes = try Int64.fetchOne(db, sql: "SELECT count FROM store_writes") else { return nil }
        self.writes = writes
        schema = try Int64.fetchOne(db, sql: "PRAGMA schema_version") ?? 0
    }
}
