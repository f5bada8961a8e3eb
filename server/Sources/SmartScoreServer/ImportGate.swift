import Foundation

/// Whether an upload's import is running: one at a time per server, claimed before the body is written out
/// and released when the import ends (which may be after its request was answered 503 at the time limit).
final class ImportGate: @unchecked Sendable {
    private var held = false
    private let lock = NSLock()

    /// True for the one caller that finds it free; it must `release()` it.
    func claim() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if held { return false }
        held = true
        return true
    }

    func release() {
        lock.lock()
        defer { lock.unlock() }
        held = false
    }
}
