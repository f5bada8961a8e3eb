#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import SmartScore

/// The width the text of a command is fitted to: `COLUMNS` when it holds a usable width (a pipe too: a
/// user or a test who sets it asks for that width), else the width of the terminal standard output is,
/// else none (a pipe without `COLUMNS` keeps whole lines, so that scripts reading it do not break). `--wide` and `--out` never fit: a file is not read in a terminal.
enum TerminalWidth {
    /// Narrower than this, a table cannot show its numbers side by side: such a `COLUMNS` is a mistake
    /// (or a shell's leftover), and the terminal's own width is asked instead.
    static let narrowest = 20

    static func columns(environment: [String: String]) -> Int? {
        if let raw = environment["COLUMNS"], let n = Int(raw.trimmingCharacters(in: .whitespaces)), n >= narrowest { return n }
        guard Terminal.standardOutputIsTTY else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, Int(size.ws_col) >= narrowest else { return nil }
        return Int(size.ws_col)
    }
}

extension GlobalOptions {
    /// The width a verb's `table` text is fitted to, nil for whole lines: see `TerminalWidth`. JSON, CSV,
    /// Markdown and HTML are never fitted (their renderers ignore the width).
    func textWidth(out: String? = nil) -> Int? {
        guard !wide, out == nil else { return nil }
        return TerminalWidth.columns(environment: Launch.current.environment)
    }
}
