import Foundation
import SmartScore

/// The progress line of a long step on standard error, drawn only when standard error is a terminal (a
/// pipe, a file or a CI log gets nothing, so `--format json | jq` stays clean). Redrawn at most ten times
/// a second, so that a step reporting every row spends nothing on drawing; the last call ends the line.
enum ProgressBar {
    static func make(_ step: TextKey, language: Language) -> (@Sendable (Int, Int) -> Void)? {
        guard Terminal.standardErrorIsTTY else { return nil }
        let state = DrawState()
        return { done, total in
            guard let elapsed = state.due(finished: done >= total) else { return }
            let line = ProgressLine.render(step, done: done, total: total, elapsed: elapsed, language: language)
            // "\r\u{1B}[K" returns to the line's start and clears it, so a shorter line leaves nothing behind.
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + line + (done >= total ? "\n" : "")).utf8))
        }
    }

    /// When the line was last drawn; callers may report from several worker threads.
    private final class DrawState: @unchecked Sendable {
        private let lock = NSLock()
        private let start = DispatchTime.now().uptimeNanoseconds
        private var lastDrawn: UInt64 = 0
        private var ended = false

        /// Seconds since the start when the line is due for a redraw, nil when it is not.
        func due(finished: Bool) -> Double? {
            lock.lock(); defer { lock.unlock() }
            guard !ended else { return nil }
            let now = DispatchTime.now().uptimeNanoseconds
            guard finished || lastDrawn == 0 || now - lastDrawn >= 100_000_000 else { return nil }
            lastDrawn = now
            ended = finished
            return Double(now - start) / 1e9
        }
    }
}
