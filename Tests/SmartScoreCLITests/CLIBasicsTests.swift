import Foundation
import Testing

@Suite("CLI: help, version, exit statuses")
struct CLIBasicsTests {
    @Test("--help lists every verb of design.md with a one-line purpose")
    func help() throws {
        let result = try CLI.run(["--help"])
        #expect(result.status == 0)
        for verb in ["catalogue", "import", "datasets", "evaluate", "rank", "quickwins", "sensitivity", "report"] {
            #expect(result.stdout.contains("  \(verb) "), "\(verb) missing from --help")
        }
        for verb in ["catalogue", "import", "evaluate", "rank", "quickwins", "sensitivity", "report"] {
            let sub = try CLI.run([verb, "--help"])
            #expect(sub.status == 0)
            #expect(sub.stdout.contains("OVERVIEW:"))
        }
    }

    @Test("--version prints the version")
    func version() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test("a usage error exits 2 and names the flag")
    func usageErrors() throws {
        let format = try CLI.run(["catalogue", "list", "--format", "xml"])
        #expect(format.status == 2)
        #expect(format.stderr.contains("--format"))
        let threads = try CLI.run(["catalogue", "list", "--threads", "0"])
        #expect(threads.status == 2)
        #expect(threads.stderr.contains("--threads must be at least 1"))
        let unknown = try CLI.run(["frobnicate"])
        #expect(unknown.status == 2)
    }

    @Test("a malformed SMARTSCORE_THREADS is bad input: exit 1 with the variable named")
    func badThreadEnvironment() throws {
        let result = try CLI.run(["catalogue", "list"], environment: ["SMARTSCORE_THREADS": "many"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("SMARTSCORE_THREADS=many"))
        #expect(result.stdout.isEmpty)
    }

    @Test("errors speak Indonesian by default and English with --lang en or SMARTSCORE_LANG=en")
    func errorLanguage() throws {
        let id = try CLI.run(["import", "datasets/examples/mistakes.csv", "--dry-run"], environment: ["SMARTSCORE_LANG": "id"], in: CLI.root)
        #expect(id.status == 1)
        #expect(id.stderr.contains("datasets/examples/mistakes.csv:4:4: kesalahan: kode indikator '37120:5.l' tidak dikenal"))
        #expect(id.stderr.contains("saran: mungkin yang dimaksud 37120:5.1"))
        let en = try CLI.run(["import", "datasets/examples/mistakes.csv", "--dry-run", "--lang", "en"], environment: ["SMARTSCORE_LANG": "id"], in: CLI.root)
        #expect(en.stderr.contains("datasets/examples/mistakes.csv:4:4: error: unknown indicator code '37120:5.l'"))
        let city = try CLI.run(["evaluate", "--data", "datasets/demo/demo_cohort.csv", "--city", "Atlantis"], environment: ["SMARTSCORE_LANG": "id"], in: CLI.root)
        #expect(city.status == 1 && city.stderr.hasPrefix("--city: kesalahan: tidak ada wilayah 'Atlantis' dalam data"))
    }
}

@Suite("CLI: hostile input found by a sweep")
struct CLISweepTests {
    func shell(_ command: String) throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command]
        p.environment = CLI.environment()
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }

    @Test("a failed write to standard output is exit 1, not a crash; a huge --threads is clamped")
    func outputAndThreads() throws {
        #expect(try shell("'\(CLI.binary.path)' catalogue list > /dev/full") == 1)
        let r = try CLI.run(["catalogue", "list", "--threads", "99999999999"])
        #expect(r.status == 0)
    }

    @Test("a failed import into a new store leaves no store behind; a city without values this year is named with its years")
    func noTraceAndYears() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-sweep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.csv").path, b = dir.appendingPathComponent("b.csv").path, db = dir.appendingPathComponent("s.sqlite").path
        try "city_code,city_name,year,indicator,value\n72.71,Kota Palu,2021,37120:5.1,4.5\n".write(toFile: a, atomically: true, encoding: .utf8)
        try "city_code,city_name,year,indicator,value\n72.71,Kota Palu,2021,37120:5.1,4.6\n64.71,Kota Balikpapan,2020,37120:5.1,6\n".write(toFile: b, atomically: true, encoding: .utf8)
        let r = try CLI.run(["import", a, b, "--db", db])
        #expect(r.status == 1 && r.stderr.contains("b.csv:2: error:"))
        #expect(!FileManager.default.fileExists(atPath: db))
        let city = try CLI.run(["evaluate", "--data", b, "--city", "72.71", "--year", "2020"])
        #expect(city.status == 1)
        let y = try CLI.run(["evaluate", "--data", b, "--city", "64.71"])
        #expect(y.status == 1 && y.stderr.contains("64.71 has no values for 2021") && y.stderr.contains("its years: 2020"))
        let province = try CLI.run(["rank", "--data", b, "--province", "Atlantis"])
        #expect(province.status == 1 && province.stderr.hasPrefix("--province: error:"))
    }
}
