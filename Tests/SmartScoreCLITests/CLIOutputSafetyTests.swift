import Foundation
import Testing

/// A temporary folder with the demo cohort, two of its cities renamed with hostile names and provinces.
final class HostileCohort {
    static let scriptName = "Kota <script>alert(1)</script> *x* |y| _z_ `c` [l](u)"
    static let imgProvince = "\"><img src=x onerror=alert(1)>"
    static let formulaName = "=cmd|' /C calc'!A0"
    static let formulaProvince = "@SUM(1+1)"

    let url: URL
    var data: String { url.appendingPathComponent("hostile.csv").path }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-i15-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let demo = try String(contentsOf: CLI.root.appendingPathComponent("datasets/demo/demo_cohort.csv"), encoding: .utf8)
        func field(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        var out: [String] = []
        for line in demo.split(separator: "\n", omittingEmptySubsequences: false) {
            var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if fields.first == "15.71" {
                fields[0] = "99.71"; fields[1] = field(Self.scriptName); fields[5] = field(Self.imgProvince)
            } else if fields.first == "72.71" {
                fields[0] = "99.72"; fields[1] = field(Self.formulaName); fields[5] = field(Self.formulaProvince)
            }
            out.append(fields.joined(separator: ","))
        }
        try out.joined(separator: "\n").write(toFile: data, atomically: true, encoding: .utf8)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    func run(_ args: [String]) throws -> CLIResult { try CLI.run(args, in: CLI.root) }
    func read(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }
}

/// Issue 15, finding 1: Markdown and HTML never let a user string through as markup.
@Suite("CLI: unsafe output — Markdown and HTML escape every user string")
struct UnsafeOutputTests {
    static func safe(_ text: String, _ what: String) {
        #expect(!text.contains("<img"), "\(what): raw <img")
        #expect(!text.contains("<script>alert"), "\(what): raw <script>")
    }

    @Test("rank, evaluate, quickwins and both reports in Markdown: no raw HTML, the names still read")
    func markdown() throws {
        let c = try HostileCohort()
        let rank = try c.run(["rank", "--data", c.data, "--format", "md"])
        #expect(rank.status == 0, "\(rank.stderr)")
        Self.safe(rank.stdout, "rank")
        #expect(rank.stdout.contains("| Kota &lt;script&gt;alert(1)&lt;/script&gt; \\*x\\* \\|y\\| \\_z\\_ \\`c\\` \\[l\\](u) |"))
        let evaluate = try c.run(["evaluate", "--data", c.data, "--city", "99.71", "--format", "md"])
        #expect(evaluate.status == 0, "\(evaluate.stderr)")
        Self.safe(evaluate.stdout, "evaluate")
        #expect(evaluate.stdout.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;") || evaluate.stdout.contains("\"&gt;&lt;img src=x"))
        let quickwins = try c.run(["quickwins", "--data", c.data, "--city", "99.71", "--format", "md"])
        #expect(quickwins.status == 0, "\(quickwins.stderr)")
        Self.safe(quickwins.stdout, "quickwins")
        for (args, file) in [(["--all"], "all.md"), (["--city", "99.71"], "city.md")] {
            let r = try c.run(["report", "--data", c.data, "--format", "md", "--samples", "0", "--out", c.path(file)] + args)
            #expect(r.status == 0, "\(r.stderr)")
            Self.safe(try c.read(file), file)
        }
    }

    @Test("the HTML reports escape names and provinces in text, attributes and charts")
    func html() throws {
        let c = try HostileCohort()
        for (args, file) in [(["report", "--all", "--samples", "0"], "all.html"), (["report", "--city", "99.71", "--samples", "0"], "city.html"),
                             (["evaluate", "--city", "99.71", "--format", "html"], "eval.html")] {
            let r = try c.run(args + ["--data", c.data, "--out", c.path(file)])
            #expect(r.status == 0, "\(r.stderr)")
            let page = try c.read(file)
            Self.safe(page, file)
            #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;") || file == "all.html" && page.contains("&lt;img"), "\(file)")
            #expect(!page.contains("value=\"\"><img"), "\(file): attribute broken out of")
        }
    }
}

/// Issue 15, finding 2: CSV cells that would run as spreadsheet formulas.
@Suite("CLI: CSV formula injection neutralised")
struct CSVInjectionTests {
    @Test("rank --format csv and datasets export quote formula-like names; negative numbers stay numbers")
    func csv() throws {
        let c = try HostileCohort()
        let rank = try c.run(["rank", "--data", c.data, "--format", "csv"])
        #expect(rank.status == 0, "\(rank.stderr)")
        #expect(rank.stdout.contains(",'=cmd|' /C calc'!A0,'@SUM(1+1),"))
        #expect(!rank.stdout.contains(",=cmd") && !rank.stdout.contains(",@SUM"))
        let db = c.path("s.sqlite")
        let small = c.path("small.csv")
        let lines = try c.read("hostile.csv").split(separator: "\n")
        try (lines.prefix(1) + lines.filter { $0.hasPrefix("99.72,") }.prefix(5)).joined(separator: "\n").write(toFile: small, atomically: true, encoding: .utf8)
        #expect(try c.run(["import", small, "--db", db]).status == 0)
        let export = try c.run(["datasets", "export", "default", "--db", db])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.contains("99.72,'=cmd|' /C calc'!A0,"), "\(export.stdout.prefix(300))")
        #expect(export.stdout.contains(",'@SUM(1+1),"))
    }

    @Test("import → export → import round-trips: the neutralising quote is taken off again on the way in")
    func roundTrip() throws {
        let c = try HostileCohort()
        let db = c.path("r.sqlite")
        let small = c.path("small.csv")
        let lines = try c.read("hostile.csv").split(separator: "\n")
        try (lines.prefix(1) + lines.filter { ($0.hasPrefix("99.72,") || $0.hasPrefix("99.71,")) && $0.contains(",2021,") })
            .joined(separator: "\n").write(toFile: small, atomically: true, encoding: .utf8)
        #expect(try c.run(["import", small, "--db", db, "--dataset", "first"]).status == 0)
        let first = try c.run(["datasets", "export", "first", "--db", db, "--out", c.path("first.csv")])
        #expect(first.status == 0, "\(first.stderr)")
        let again = try c.run(["import", c.path("first.csv"), "--db", db, "--dataset", "second"])
        #expect(again.status == 0, "\(again.stderr)")
        let second = try c.run(["datasets", "export", "second", "--db", db])
        #expect(second.stdout == (try c.read("first.csv")))
        // The names stored are the names of the original file, without the quote.
        let json = try c.run(["rank", "--db", db, "--dataset", "second", "--format", "json"])
        #expect(json.stdout.contains("=cmd|' /C calc'!A0") && !json.stdout.contains("'=cmd"), "\(json.stderr)")
    }
}

/// Issue 15, finding 3: no ESC byte reaches the terminal from the user's text.
@Suite("CLI: terminal escapes shown, not obeyed")
struct TerminalEscapeTests {
    @Test("a --city with OSC and CSI sequences: stdout and stderr carry no ESC or BEL, in both languages")
    func city() throws {
        for lang in ["en", "id"] {
            let r = try CLI.run(["evaluate", "--data", "datasets/demo/demo_cohort.csv", "--city", "\u{1B}]0;pwned\u{07}\u{1B}[2J", "--lang", lang], in: CLI.root)
            #expect(r.status == 1, "\(r.stderr)")
            #expect(!r.stderr.contains("\u{1B}") && !r.stdout.contains("\u{1B}") && !r.stderr.contains("\u{07}"))
            #expect(r.stderr.contains("\\u{1B}]0;pwned"))
        }
    }

    @Test("catalogue search echoing an escape and a bidi override")
    func search() throws {
        let r = try CLI.run(["catalogue", "search", "\u{1B}[2J\u{202E}air", "--lang", "en"], in: CLI.root)
        #expect(!r.stderr.contains("\u{1B}") && !r.stdout.contains("\u{1B}") && !r.stdout.contains("\u{202E}") && !r.stderr.contains("\u{202E}"))
    }
}

/// Issue 15, finding 4: --out keeps the mode of the file it replaces.
@Suite("CLI: --out keeps the replaced file's permissions")
struct OutputFileModeTests {
    @Test("0600 and 0640 stay as they were; a new file gets the umask's mode", arguments: [0o600, 0o640])
    func mode(_ mode: Int) throws {
        let c = try HostileCohort()
        let out = c.path("out-\(String(mode, radix: 8)).txt")
        try "old".write(toFile: out, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: out)
        let written = try c.run(["rank", "--data", "datasets/examples/long.csv", "--format", "csv", "--out", out])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8) != "old")
        let attributes = try FileManager.default.attributesOfItem(atPath: out)
        #expect((attributes[.posixPermissions] as! NSNumber).intValue == mode)
    }

    @Test("a new file gets the default mode")
    func newFile() throws {
        let c = try HostileCohort()
        let out = c.path("new.csv")
        let r = try c.run(["rank", "--data", "datasets/examples/long.csv", "--format", "csv", "--out", out])
        #expect(r.status == 0, "\(r.stderr)")
        let mode = (try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as! NSNumber).intValue
        let mask = umask(0); umask(mask)
        #expect(mode == 0o666 & ~Int(mask))
    }
}

/// Issue 15, finding 5: an import that committed says so even when its summary cannot be written.
@Suite("CLI: import summary lost after commit")
struct ImportSummaryLossTests {
    func importWith(stdout: String, lang: String) throws -> (status: Int32, stderr: String, db: String, folder: HostileCohort) {
        let c = try HostileCohort()
        let db = c.path("s.sqlite")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // `>&-` closes standard output: every write to it fails (EBADF).
        process.arguments = ["-c", "exec \"$0\" import datasets/examples/long.csv --db \"$1\" --lang \(lang) \(stdout)", CLI.binary.path, db]
        process.environment = CLI.environment()
        process.currentDirectoryURL = CLI.root
        let err = Pipe()
        process.standardError = err
        try process.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: errData, as: UTF8.self), db, c)
    }

    @Test("stdout closed: exit 0, stderr says the import was committed with dataset and count; the data is there")
    func closed() throws {
        let r = try importWith(stdout: ">&-", lang: "en")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("the import was committed: 120 values into dataset 'default'"), "\(r.stderr)")
        #expect(r.stderr.contains("only its summary could not be written"))
        let list = try CLI.run(["datasets", "list", "--db", r.db, "--format", "json"], in: CLI.root)
        #expect(list.stdout.contains("\"observations\": 120"), "\(list.stdout)")
    }

    @Test("a pipe whose reader has gone (EPIPE, SIGPIPE ignored): the same, in Indonesian")
    func brokenPipe() throws {
        // The reader end is closed before the child starts: its first write fails with EPIPE.
        let c = try HostileCohort()
        let db = c.path("s.sqlite")
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["import", "datasets/examples/long.csv", "--db", db, "--lang", "id"]
        process.environment = CLI.environment()
        process.currentDirectoryURL = CLI.root
        let out = Pipe(), err = Pipe()
        try out.fileHandleForReading.close()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stderr = String(decoding: errData, as: UTF8.self)
        #expect(process.terminationReason == .exit, "killed by a signal")
        #expect(process.terminationStatus == 0, "\(stderr)")
        #expect(stderr.contains("impor sudah tersimpan: 120 nilai ke dataset 'default'"), "\(stderr)")
    }
}
