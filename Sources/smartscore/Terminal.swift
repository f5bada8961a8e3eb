import ArgumentParser
import Foundation
import SmartScore

/// Where the tool writes: results to standard output (or `--out`), messages to standard error.
enum Terminal {
    /// Standard output could not take the result (closed, a pipe whose reader has gone, a full disk).
    struct OutputLost: Error {}

    /// Problems that did not stop the command, one per line on standard error.
    static func warn(_ warnings: [InputError], language: Language) {
        guard !warnings.isEmpty else { return }
        printError(warnings.map { $0.rendered(as: "warning", language: language) }.joined(separator: "\n"))
    }

    /// Writes a message to standard error. Messages quote the user's data: their control characters are
    /// shown, not obeyed (see `TerminalText`); our own line breaks are kept.
    static func printError(_ text: String) {
        // A line quoting a 30,000-character argument is cut (`InputError.capped`), whoever wrote the message.
        let language = Launch.current.requestedLanguage
        let cut = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { InputError.capped(String($0), language: language) }.joined(separator: "\n")
        let safe = TerminalText.visible(cut, keepingNewlines: true)
        // Nothing more can be said if standard error itself fails.
        try? FileHandle.standardError.write(contentsOf: Data((safe.hasSuffix("\n") ? safe : safe + "\n").utf8))
    }

    static var standardErrorIsTTY: Bool { isatty(STDERR_FILENO) == 1 }
    static var standardOutputIsTTY: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Writes a command's result to `--out` when given (see `OutputFile`: atomic for files, never replacing a
    /// device or a folder), else to standard output; a failed write is an error, not a crash. Text for people
    /// (`table`, `md`) has the control characters of the user's data made visible, wherever it goes; JSON
    /// escapes them itself, and CSV and HTML are data for other programs, written as they are.
    static func emit(_ text: String, to out: String?, format: OutputFormat = .table) throws {
        let text = format == .table || format == .md ? TerminalText.visible(text, keepingNewlines: true, keepingTabs: true) : text
        guard let out else {
            do { try writeStandardOutput(text) } catch {
                throw InputError(.outputStandardOutputFailed, hint: .outputStandardOutputFailedHint)
            }
            return
        }
        try OutputFile.write(Data(text.utf8), to: out)
    }

    /// Writes to standard output, throwing `OutputLost` when it is closed or its reader has gone (EPIPE:
    /// main.swift ignores SIGPIPE, so that this is an error we can report and not a silent death).
    static func writeStandardOutput(_ text: String) throws {
        do { try FileHandle.standardOutput.write(contentsOf: Data(text.utf8)) } catch { throw OutputLost() }
    }
}

/// A library refusal found while validating the command line is a usage error (exit 2), said as
/// ArgumentParser says them: `--budget: 'lots' is not an amount …`, with its hint on the next line
/// (`saran: tulis 2000 atau 2`): the hint says how to write what was refused.
func asUsageError<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as InputError {
        let place = error.location?.described(naming: \.flag)
        let language = Launch.current.requestedLanguage
        let message = language == .id ? (error.messageID ?? error.message) : error.message
        let hint = (language == .id ? (error.hintID ?? error.hint) : error.hint).map { "\n  " + Localizer(language)(.diagnosticHint) + ": " + $0 }
        throw ValidationError((place.map { "\($0): " } ?? "") + message + (hint ?? ""))
    }
}
