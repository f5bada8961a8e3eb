import CBLAS
import Foundation

/// The number of threads OpenBLAS uses. For a fixed thread count results are reproducible; across
/// thread counts OpenBLAS may block a product differently, so the last bits can differ (measured:
/// relative 1e-15). Code that must give the same bytes whatever the thread count splits its work
/// into fixed blocks itself rather than leaving the split to BLAS.
public enum BLASThreads {
    /// The environment variable that sets the thread count for every command.
    public static let environmentVariable = "SMARTSCORE_THREADS"

    public static var count: Int { Int(openblas_get_num_threads()) }

    /// Sets the thread count (at least 1).
    public static func set(_ count: Int) {
        openblas_set_num_threads(Int32(max(1, count)))
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
