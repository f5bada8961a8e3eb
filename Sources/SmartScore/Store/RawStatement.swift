import GRDB
import GRDBSQLite

/// A prepared statement driven through SQLite's C API, for the import's per-row statements and the reading of a dataset.
/// Why not GRDB's `setUncheckedArguments`: it boxes every argument as a `DatabaseValue` in an array per row;
/// measured on a 200,000-row import that boxing was 70 % of the time spent storing, SQLite itself 20 %.
/// Here integers and reals are bound as they are (since migration "v2" an observation's key is integers only),
/// and rows are read column by column without a `Row` per row.
struct RawStatement {
    /// Kept so that GRDB finalizes the statement when it is released.
    private let statement: Statement
    private let handle: SQLiteStatement
    private let connection: SQLiteConnection?

    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        handle = statement.sqliteStatement
        connection = db.sqliteConnection
    }

    func bind(_ index: Int32, _ value: Int64) { sqlite3_bind_int64(handle, index, value) }

    func bind(_ index: Int32, _ value: Double) { sqlite3_bind_double(handle, index, value) }

    /// Binds an id, or NULL for a negative one (a row that names no source).
    func bind(_ index: Int32, idOrNull value: Int64) {
        if value < 0 { sqlite3_bind_null(handle, index) } else { sqlite3_bind_int64(handle, index, value) }
    }

    /// Runs a statement that returns no row (an INSERT or UPDATE).
    func run() throws {
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else { throw failure(code) }
        sqlite3_reset(handle)
    }

    /// Steps a query: true while it gives a row (read it with the column accessors), false once it is done
    /// (the statement is then reset, ready to run again).
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: sqlite3_reset(handle); return false
        default: throw failure(code)
        }
    }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    func double(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }

    /// The column's integer, or -1 when it is NULL.
    func idOrNull(_ column: Int32) -> Int64 {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? -1 : sqlite3_column_int64(handle, column)
    }

    /// Whether the connection is still inside a transaction: some errors (a full disk, an I/O error) make
    /// SQLite roll the whole transaction back, after which a statement would run, and commit, on its own.
    var inTransaction: Bool { connection.map { sqlite3_get_autocommit($0) == 0 } ?? false }

    /// SQLite's refusal as the `DatabaseError` GRDB would have thrown: the extended code and message,
    /// read before the reset (which leaves the statement ready for the rollback).
    private func failure(_ code: Int32) -> DatabaseError {
        let extended = connection.map { sqlite3_extended_errcode($0) } ?? code
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        sqlite3_reset(handle)
        return DatabaseError(resultCode: ResultCode(rawValue: extended), message: message, sql: statement.sql)
    }
}
