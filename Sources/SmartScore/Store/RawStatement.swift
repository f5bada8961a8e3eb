import GRDB
import GRDBSQLite

/// A prepared statement driven through SQLite's C API, for the import's per-row statements.
/// Why not GRDB's `setUncheckedArguments`: it boxes every argument as a `DatabaseValue` in an array per row;
/// measured on a 200,000-row import that boxing was 70 % of the time spent storing, SQLite itself 20 %.
/// Here integers and reals are bound as they are, texts as pointers into `CodeTexts` (no copy, no bridging),
/// and an argument that did not change since the previous row is not bound again (SQLite keeps bindings
/// across `sqlite3_reset`).
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

    /// Binds text `item` of `texts`; a negative item binds NULL.
    func bind(_ index: Int32, _ texts: CodeTexts, _ item: Int) {
        guard item >= 0 else { sqlite3_bind_null(handle, index); return }
        let (start, length) = texts.span(item)
        // SQLITE_STATIC (a nil destructor): the bytes outlive every step; `clearBindings` drops the pointers.
        sqlite3_bind_text(handle, index, start, length, nil)
    }

    /// Runs a statement that returns no row (an INSERT or UPDATE).
    func run() throws {
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else { throw failure(code) }
        sqlite3_reset(handle)
    }

    /// Runs a query of one REAL column and at most one row: its value, nil when there is no row.
    func fetchDouble() throws -> Double? {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW:
            let value = sqlite3_column_double(handle, 0)
            sqlite3_reset(handle)
            return value
        case SQLITE_DONE:
            sqlite3_reset(handle)
            return nil
        default:
            throw failure(code)
        }
    }

    /// Drops the bound pointers before `CodeTexts` goes away.
    func clearBindings() { sqlite3_clear_bindings(handle) }

    /// SQLite's refusal as the `DatabaseError` GRDB would have thrown: the extended code and message,
    /// read before the reset (which leaves the statement ready for the rollback).
    private func failure(_ code: Int32) -> DatabaseError {
        let extended = connection.map { sqlite3_extended_errcode($0) } ?? code
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        sqlite3_reset(handle)
        return DatabaseError(resultCode: ResultCode(rawValue: extended), message: message, sql: statement.sql)
    }
}

/// Strings (a batch's city codes, indicator codes or sources) as one block of UTF-8 bytes, each bound by
/// pointer and length: made once per batch, not once per row.
final class CodeTexts {
    private let bytes: UnsafeMutablePointer<CChar>
    private let starts: [Int]

    init(_ strings: [String]) {
        var starts = [0]
        for string in strings { starts.append(starts[starts.count - 1] + string.utf8.count) }
        bytes = .allocate(capacity: max(starts[starts.count - 1], 1))
        var at = 0
        for string in strings {
            for byte in string.utf8 { bytes[at] = CChar(bitPattern: byte); at += 1 }
        }
        self.starts = starts
    }

    deinit { bytes.deallocate() }

    func span(_ item: Int) -> (UnsafePointer<CChar>, Int32) {
        (UnsafePointer(bytes + starts[item]), Int32(starts[item + 1] - starts[item]))
    }
}
