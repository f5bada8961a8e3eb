import Foundation

/// A progress bar on standard error, drawn only when standard error is a terminal.
enum ProgressBar {
    static func make(label: String) -> (@Sendable (Int, Int) -> Void)? {
        guard Terminal.standardErrorIsTTY else { return nil }
        return { done, total in
            let width = 30
            let filled = total > 0 ? width * done / total : width
            let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
            let line = "\r\(label) [\(bar)] \(done)/\(total)" + (done >= total ? "\n" : "")
            FileHandle.standardError.write(Data(line.utf8))
        }
    }
}
