import Foundation
import Hummingbird

/// Bounds what a client waits for: the work runs in a task of its own, and the request is answered 503 when
/// the limit passes first. The work itself is bounded too (sample counts, upload size), so an abandoned run
/// ends on its own.
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
            Task.detached {
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
