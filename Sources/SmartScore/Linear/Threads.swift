import CBLAS
import Foundation

/// The number of threads OpenBLAS uses. For a fixed thread count results are reproducible; across
/// thread counts OpenBLAS may block a product differently, so the last bits can differ (measured:
/// relative 1e-15, enough to change the last printed digit of an index). So the scoring pipeline runs
/// its products inside `singleThreaded` and splits work into fixed blocks itself where it wants
/// parallelism: its results are the same bytes for any thread count.
public enum BLASThreads {
    /// Guards the thread count: a change waits until no single-threaded section is running.
    private static let lock = NSRecursiveLock()
    /// The environment variable that sets the thread count for every command.
    public static let environmentVariable = "SMARTSCORE_THREADS"

    public static var count: Int { Int(openblas_get_num_threads()) }

    /// Sets the thread count (at least 1).
    public static func set(_ count: Int) {
        lock.lock()
        defer { lock.unlock() }
        openblas_set_num_threads(Int32(clamping: max(1, count)))
    }

    /// Runs `body` with OpenBLAS on one thread, restoring the count afterwards; no other thread can
    /// change the count meanwhile. `body` may start its own worker threads that call BLAS.
    public static func singleThreaded<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        let before = openblas_get_num_threads()
        openblas_set_num_threads(1)
        defer { openblas_set_num_threads(before) }
        return try body()
    }

    /// Applies `SMARTSCORE_THREADS` when it holds a positive integer; returns the value applied.
    /// A malformed value is reported, not silently ignored.
    @discardableResult
    public static func applyEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Int? {
        guard let raw = environment[environmentVariable] else { return nil }
        guard let n = Int(raw.trimmingCharacters(in: .whitespaces)), n >= 1 else {
            throw ThreadSettingError(value: raw)
        }
        set(n)
        return n
    }

    public struct ThreadSettingError: Error, CustomStringConvertible {
        public let value: String
        public var description: String {
            "\(BLASThreads.environmentVariable)=\(value) is not a positive whole number of threads"
        }
    }
}
