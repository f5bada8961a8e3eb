import ArgumentParser
import Foundation
import SmartScore

/// Where the tool writes: results to standard output (or `--out`), messages to standard error.
enum Terminal {
    static func printError(_ text: String) {
        // Nothing more can be said if standard error itself fails.
        try? FileHandle.standardError.write(contentsOf: Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static var standardErrorIsTTY: Bool { isatty(STDERR_FILENO) == 1 }
    static var standardOutputIsTTY: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Writes a command's result to `--out` when given (see `OutputFile`: atomic for files, never replacing a
    /// device or a folder), else to standard output; a failed write is an error, not a crash.
    static func emit(_ text: String, to out: String?) throws {
        guard let out else {
            do { try FileHandle.standardOutput.write(contentsOf: Data(text.utf8)) } catch {
                throw InputError("cannot write to standard output", id: "tidak dapat menulis ke keluaran standar",
                                 hint: "is the disk full, or the pipe closed?", hintID: "apakah disk penuh, atau pipa tertutup?")
            }
            return
        }
        try OutputFile.write(Data(text.utf8), to: out)
    }
}

/// A library refusal found while validating the command line is a usage error (exit 2), said as
/// ArgumentParser says them: `--budget: 'lots' is not an amount …`.
func asUsageError<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as InputError {
        let place = error.location?.described(naming: \.flag)
        let message = Launch.current.requestedLanguage == .id ? (error.messageID ?? error.message) : error.message
        throw ValidationError((place.map { "\($0): " } ?? "") + message)
    }
}
