import Foundation
import Testing

/// Issue 15 at the command line: hostile input files give exit 1, the reason in both languages, and no
/// store; standard input (`-`) is read from memory and named `<stdin>`.
@Suite("CLI: hostile input files")
struct CLIHostileInputTests {
    let header = "city_code,city_name,year,indicator,value\n"

    /// Runs the binary with `input` on its standard input.
    func run(_ arguments: [String], stdin input: [UInt8]) throws -> CLIResult {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.environment = CLI.environment(["SMARTSCORE_LANG": "en"])
        let inPipe = Pipe(), out = Pipe(), err = Pipe()
        process.standardInput = inPipe
        process.standardOutput = out
        process.standardError = err
        try process.run()
        inPipe.fileHandleForWriting.write(Data(input))
        try inPipe.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
    }

    @Test("standard input (-) is read whole and imported; its errors are named <stdin>")
    func testStandardInputIsReadFromMemory() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("s.sqlite").path
        let ok = try run(["import", "-", "--db", db], stdin: Array((header + "72.71,Kota Palu,2021,37120:5.1,4.5\n").utf8))
        #expect(ok.status == 0, "\(ok.stderr)")
        let bad = try run(["import", "-", "--db", dir.appendingPathComponent("t.sqlite").path, "--lang", "id"],
                          stdin: Array((header + "72.71,Kota Palu,2021,37120:5.1,4.19\u{0}\n").utf8))
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("<stdin>:2:5:") && bad.stderr.contains("karakter kendali atau format U+0000"), "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("t.sqlite").path))
    }

    @Test("a named pipe is refused at once with exit 1, in English and Indonesian, and no store is made")
    func testNamedPipeIsRefused() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("pipe.csv").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let db = dir.appendingPathComponent("s.sqlite").path
        let en = try CLI.run(["import", fifo, "--db", db])
        #expect(en.status == 1 && en.stderr.contains("named pipe (FIFO), not a file"), "\(en.stderr)")
        let id = try CLI.run(["import", fifo, "--db", db, "--lang", "id"])
        #expect(id.status == 1 && id.stderr.contains("pipa bernama"), "\(id.stderr)")
        #expect(!FileManager.default.fileExists(atPath: db))
    }
}
