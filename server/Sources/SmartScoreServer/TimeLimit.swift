import Foundation
import Hummingbird

/// Bounds what a client waits for: the work runs on Dispatch's global queue, and the request is answered 503
/// when the limit passes first. The work itself is bounded too (sample counts, upload size), so an abandoned
/// run ends on its own.
///
/// Not in a task: the work is synchronous and may take seconds (a filtered village ranking, Monte Carlo
/// runs), and Swift's cooperative pool has one thread per core, the threads that accept connections, answer
/// cheap requests, serve the assets and fire this very timer. Two long requests on a 2-core machine would
/// hold them all: no other answer, and no 503. The global queue's threads are others, as many as the cores
/// run at once; work beyond them waits in the queue, its timer still running.
enum TimeLimit {
    static func run<T: Sendable>(_ limit: Duration, _ work: @escaping @Sendable () throws -> T) async throws -> T {
        let once = Once()
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let timer = Task.detached {
                try? await Task.sleep(for: limit)
                if !Task.isCancelled, once.claim() {
                    continuation.resume(throwing: APIError(.serviceUnavailable, .dashboardErrorTimeout, ["seconds": String(limit.components.seconds)]))
                }
            }
            DispatchQueue.global(qos: .userInitiated).async {
                let outcome = Result { try work() }
                timer.cancel()      // no sleeping timer left behind per request
                if once.claim() { continuation.resume(with: outcome) }
            }
        }
    }

    /// True for the first caller only: the continuation is resumed exactly once.
    final class Once: @unchecked Sendable {
        private var claimed = false
        private let lock = NSLock()
        func claim() -> Bool {
            lock.lock()
            defer { lock.unlock() }
            if claimed { return false }
            claimed = true
            return true
        }
    }
}
