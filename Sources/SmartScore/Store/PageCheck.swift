import Foundation
import GRDB

/// The check of every page of a store opened read-only (`PRAGMA quick_check`: the damaged-store guarantee of
/// issue 15), run as a `BackgroundRead` beside the reads instead of before them. It reads the whole file:
/// 0.7 s of a 191 MB village store, which the scoring now overlaps. `Store.read` waits for it before it gives
/// anything back, so a damaged store is still refused, named, before any result is shown.
struct PageCheck: Sendable {
    private let read: BackgroundRead<Void>
    private let path: String
    private let busyTimeout: TimeInterval

    init(_ pool: DatabasePool, path: String, busyTimeout: TimeInterval) {
        read = BackgroundRead(pool) { db in try Store.checkPages(db, path: path) }
        self.path = path
        self.busyTimeout = busyTimeout
    }

    /// Returns once the check has passed; throws its finding otherwise.
    func passed() throws {
        do { try read.wait().get() } catch let error as DatabaseError {
            throw Store.describe(error, path: path, busyTimeout: busyTimeout, reading: true)
        }
    }
}
