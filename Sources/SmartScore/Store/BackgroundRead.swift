import Foundation
import GRDB

/// A read of the store on a connection of its own, on another thread, begun at once and waited for later:
/// the second half of a large dataset (`keyedObservations`), and the page check of a store opened read-only.
/// Any number of threads may wait for it; each hands the signal on to the next.
final class BackgroundRead<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the reading thread before it signals `done`; read only after waiting.
    private var outcome: Result<Value, Error>?

    init(_ pool: DatabasePool, _ body: @escaping @Sendable (Database) throws -> Value) {
        DispatchQueue.global().async { [self] in
            outcome = Result { try pool.read(body) }
            done.signal()
        }
    }

    /// The read's value or error, once it has ended.
    func wait() -> Result<Value, Error> {
        done.wait()
        done.signal()
        return outcome!
    }
}
