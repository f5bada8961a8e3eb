import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Issue 16, hardening, through the real binary: a YAML flag naming a named pipe is refused at once
/// (exit 1, the file named) while `<(…)` still works, and `--budget` refuses what it now refuses with exit 2.
@Suite("CLI hardening: YAML flags and named pipes, process substitution, budget limits and separators")
struct CLIHardeningTests {
    static let demo = "datasets/demo/demo_cohort.csv"

    /// A folder with a named pipe `name` in it, that nothing writes to. Should the binary block on it after
    /// all, a writer opens and closes it after a minute, so that the test fails (the binary then reads an
    /// empty file, not a named pipe) instead of hanging.
    static func fifo(_ name: String) throws -> (dir: URL, path: String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        #expect(mkfifo(path, 0o600) == 0)
        DispatchQueue.global().asyncAfter(deadline: .now() + 60) {
            let fd = open(path, O_WRONLY | O_NONBLOCK)
            if fd >= 0 { close(fd) }
        }
        return (dir, path)
    }

    @Test("quickwins --criteria FIFO, rank --weights FIFO, --targets, --programmes: exit 1 at once, naming the file",
          arguments: [
              ["quickwins", "--data", demo, "--city", "Kota Palu", "--criteria"],
              ["rank", "--data", demo, "--weights"],
              ["evaluate", "--data", demo, "--city", "Kota Palu", "--targets"],
              ["quickwins", "--data", demo, "--city", "Kota Palu", "--programmes"],
          ])
    func namedPipeRefused(_ command: [String]) throws {
        let (dir, fifo) = try Self.fifo("input.yaml")
        defer { try? FileManager.default.removeItem(at: dir) }
        let start = Date()
        let en = try CLI.run(command + [fifo], in: CLI.root)
        #expect(Date().timeIntervalSince(start) < 45)     // a loaded machine starts the binary slowly
        #expect(en.status == 1, "\(command): \(en.status) \(en.stderr)")
        #expect(en.stderr.contains(fifo) && en.stderr.contains("this is a named pipe (FIFO), not a file"), "\(en.stderr)")
        let id = try CLI.run(command + [fifo, "--lang", "id"], in: CLI.root)
        #expect(id.status == 1 && id.stderr.contains(fifo) && id.stderr.contains("ini pipa bernama (FIFO), bukan berkas"), "\(id.stderr)")
    }

    @Test("--weights <(cat FILE) (process substitution) is read as the file is")
    func processSubstitution() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "exec \"$0\" rank --data \(Self.demo) --weights <(cat datasets/examples/weights.yaml) --top 5",
                             CLI.binary.path]
        process.environment = CLI.environment(["SMARTSCORE_LANG": "en"])
        process.currentDirectoryURL = CLI.root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stderr)")
        let plain = try CLI.run(["rank", "--data", Self.demo, "--weights", "datasets/examples/weights.yaml", "--top", "5"], in: CLI.root)
        #expect(plain.status == 0)
        // The same ranking, whatever the file is called.
        let body = { (s: String) in s.split(separator: "\n").filter { !$0.contains("weights") && !$0.contains("/dev/fd") }.joined(separator: "\n") }
        #expect(!stdout.isEmpty && body(stdout) == body(plain.stdout), "\(stdout)\n---\n\(plain.stdout)")
    }

    @Test("--budget: above Rp 1.000 triliun, a scale word twice, a trailing separator: exit 2 at --budget; mn is million")
    func budget() throws {
        let cases: [(String, String)] = [
            ("1e300", "'1e300' is above IDR 1,000 trillion"),
            ("2 M M", "the scale word 'M' is written twice"),
            ("1 M;", "'1 M;' ends in ';' with nothing after it"),
            ("short=1 M;", "'short=1 M;' ends in ';' with nothing after it"),
        ]
        for (budget, message) in cases {
            let r = try CLI.run(["quickwins", "--data", Self.demo, "--city", "Kota Palu", "--budget", budget], in: CLI.root)
            #expect(r.status == 2 && r.stderr.contains("--budget") && r.stderr.contains(message), "\(budget): \(r.stderr)")
        }
        let id = try CLI.run(["quickwins", "--data", Self.demo, "--city", "Kota Palu", "--budget", "2 M M", "--lang", "id"], in: CLI.root)
        #expect(id.status == 2 && id.stderr.contains("kata skala 'M' tertulis dua kali") && id.stderr.contains("tulis 2 M"), "\(id.stderr)")
        let mn = try CLI.run(["quickwins", "--data", Self.demo, "--city", "Kota Palu", "--budget", "short=500 mn;medium=2 bn;long=10 bn"], in: CLI.root)
        #expect(mn.status == 0, "\(mn.stderr)")
    }
}
