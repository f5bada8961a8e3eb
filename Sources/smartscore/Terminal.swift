import Foundation
import SmartScore

/// Where the tool writes: results to standard output (or `--out`), messages to standard error.
enum Terminal {
    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static var standardErrorIsTTY: Bool { isatty(STDERR_FILENO) == 1 }
    static var standardOutputIsTTY: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Writes a command's result to `--out` when given (atomically: a reader never sees half a file),
    /// else to standard output.
    static func emit(_ text: String, to out: String?) throws {
        guard let out else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
            throw InputError("cannot write the output file", id: "berkas keluaran tidak dapat ditulis", at: SourceLocation(flag: "--out \(out)"),
                             hint: "check that its folder exists and is writable", hintID: "periksa bahwa foldernya ada dan dapat ditulisi")
        }
    }
}
