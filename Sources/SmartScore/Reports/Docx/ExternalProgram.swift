import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program of the system that a report format borrows (rsvg-convert draws the DOCX charts, Chromium
/// prints the PDF): found on PATH, run with a deadline so that a stuck program can never hang the command,
/// its standard error kept in a file (a pipe nobody reads would block a talkative program).
struct ExternalProgram {
    let path: String

    /// The first of `names` found as an executable file on `PATH` (the environment's, so that tests can
    /// hide a program by giving another PATH).
    static func find(_ names: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> ExternalProgram? {
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        for name in names {
            for folder in folders {
                let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name).path
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue,
                   FileManager.default.isExecutableFile(atPath: candidate) {
                    return ExternalProgram(path: candidate)
                }
            }
        }
        return nil
    }

    enum Outcome: Equatable {
        case finished(status: Int32, standardError: String)
        case timedOut
    }

    /// Runs the program with `arguments` in `folder` (its standard error goes to a file there) and waits at
    /// most `timeout` seconds; past it the program is terminated, then killed.
    func run(_ arguments: [String], in folder: URL, timeout: TimeInterval) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let errorFile = folder.appendingPathComponent("stderr.txt")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        defer { try? errorHandle.close() }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errorHandle
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        if done.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if done.wait(timeout: .now() + 5) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                done.wait()
            }
            return .timedOut
        }
        let standardError = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        return .finished(status: process.terminationStatus, standardError: standardError)
    }

    /// A private folder for one run, removed by the caller.
    static func scratchFolder(_ purpose: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-\(purpose)-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The last non-empty lines of a program's standard error, short enough for a message.
    static func lastLines(_ text: String, count: Int = 3) -> String {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let tail = lines.suffix(count).joined(separator: " | ")
        return tail.count > 400 ? String(tail.suffix(400)) : tail
    }
}
