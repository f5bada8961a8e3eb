import Foundation
import GRDB

/// The check of every page of a store opened read-only (`PRAGMA quick_check`: the damaged-store guarantee of
/// issue 15), run on a connection of its own beside the reads instead of before them. It reads the whole file:
/// 0.7 s of a 191 MB village store, which the dataset's own reading now overlaps. `Store.read` waits for it
/// before it gives anything back, so a damaged store is still refused, named, before any result is shown.
final class PageCheck: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the checking thread before it signals `done`; read only after waiting.
    private var outcome: Result<Void, Error> = .success(())

    init(_ pool: DatabasePool, path: String, busyTimeout: TimeInterval) {
        DispatchQueue.global().async { [self] in
            do {
                try pool.read { db in try Store.checkPages(db, path: path) }
            } catch let error as DatabaseError {
                outcome = .failure(Store.describe(error, path: path, busyTimeout: busyTimeout, reading: true))
            } catch {
                outcome = .failure(error)
            }
            done.signal()
        }
    }

    /// Returns once the check has passed; throws its finding otherwise. Any number of reads, on any threads,
    /// may wait: each hands the signal on to the next.
    func passed() throws {
        done.wait()
        done.signal()
        try outcome.get()
    }
}
