import CBLAS
import Foundation

/// OpenBLAS's own thread count. The library runs OpenBLAS on one thread for the whole process, set once
/// at start-up (`pinToOneThread`, which `Workspace` calls): across thread counts OpenBLAS may block a
/// product differently, so the last bits can differ (measured: relative 1e-15, enough to change the last
/// printed digit of an index). Parallelism is the library's own, over fixed blocks of work (the
/// sensitivity runs), so results are the same bytes for any number of worker threads, and two analyses in
/// one process never wait for each other.
public enum BLASThreads {
    public static var count: Int { Int(openblas_get_num_threads()) }

    /// Sets OpenBLAS to one thread. Idempotent; call it before any analysis (a change while products run
    /// would race with them).
    public static func pinToOneThread() {
        if openblas_get_num_threads() != 1 { openblas_set_num_threads(1) }
    }

    /// Pins OpenBLAS to one thread and stops the worker threads it started when it was loaded (they spin
    /// with `sched_yield` for a while before they sleep: ~13 ms of a second core's time in every command, on
    /// a 2-core machine a core the analyses' own workers want). For a process that never raises the count
    /// again: the CLI.
    public static func pinToOneThreadForGood() {
        pinToOneThread()
        _ = blas_thread_shutdown_()
    }

    /// Sets the thread count (at least 1): for benchmarks that measure OpenBLAS itself, never while an
    /// analysis runs.
    public static func set(_ count: Int) {
        openblas_set_num_threads(Int32(clamping: max(1, count)))
    }
}
