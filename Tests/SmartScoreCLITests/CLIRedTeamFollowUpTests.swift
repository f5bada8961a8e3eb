import Foundation
import Testing

/// The second red-team pass, over the merged work of issue 15: each class it found, replayed with the real
/// binary. A refusal is exit 1 (bad input) or 2 (a usage error) with the flag or file named; the input
/// and the store are unchanged afterwards.
struct RedTeamFolder {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-redteam-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    func write(_ name: String, _ text: String) throws -> String {
        try text.write(toFile: path(name), atomically: true, encoding: .utf8)
        return path(name)
    }
    func bytes(_ name: String) -> Data? { FileManager.default.contents(atPath: path(name)) }
    func run(_ arguments: [String]) throws -> CLIResult { try CLI.run(arguments, in: url) }
    func remove() { try? FileManager.default.removeItem(at: url) }

    static let header = "city_code,city_name,year,indicator,value,province,type,source\n"
    static let good = header + "72.71,Kota Palu,2021,37120:5.1,10.5,Sulawesi Tengah,kota,BPS 2021\n"
        + "34.71,Kota Yogyakarta,2021,37120:5.1,12,DI Yogyakarta,kota,BPS 2021\n"
}

@Suite("CLI: the red-team pass over issue 15's work")
struct RedTeamFollowUpTests {
    @Test("a one-character --db (a bare file name in the working folder) is a store, not a crash")
    func bareStoreName() throws {
        let f = try RedTeamFolder(); defer { f.remove() }
        _ = try f.write("g.csv", RedTeamFolder.good)
        let r = try f.run(["import", "g.csv", "--db", "a", "--dataset", "e"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try f.run(["datasets", "list", "--db", "a"]).stdout.contains("e"))
    }

    @Test("--out never replaces the --data file, the store, or the store's log")
    func outputIsNotAnInput() throws {
        let f = try RedTeamFolder(); defer { f.remove() }
        let data = try f.write("g.csv", RedTeamFolder.good)
        let before = f.bytes("g.csv")
        let overData = try f.run(["rank", "--data", data, "--format", "csv", "--out", data])
        #expect(overData.status == 1 && overData.stderr.contains("a file this command reads"), "\(overData.stderr)")
        #expect(f.bytes("g.csv") == before)

        #expect(try f.run(["import", data, "--db", "s.sqlite", "--dataset", "base"]).status == 0)
        let store = f.bytes("s.sqlite")
        for args in [["datasets", "export", "base", "--db", "s.sqlite", "--out", "s.sqlite"],
                     ["rank", "--db", "s.sqlite", "--dataset", "base", "--format", "csv", "--out", "./s.sqlite"]] {
            let r = try f.run(args)
            #expect(r.status == 1 && r.stderr.contains("--out"), "\(args): \(r.stderr)")
        }
        // Another store, not read by this command, is refused as a database.
        try FileManager.default.copyItem(atPath: f.path("s.sqlite"), toPath: f.path("other.sqlite"))
        let other = try f.run(["rank", "--data", data, "--format", "csv", "--out", "other.sqlite", "--lang", "id"])
        #expect(other.status == 1 && other.stderr.contains("basis data SQLite"), "\(other.stderr)")
        #expect(f.bytes("s.sqlite") == store)
        #expect(try f.run(["rank", "--db", "s.sqlite", "--dataset", "base"]).status == 0)
    }

    @Test("one unknown indicator code on 5,000 rows, or one 100 KB code, is refused in seconds, not minutes")
    func unknownCodesAreCheap() throws {
        let f = try RedTeamFolder(); defer { f.remove() }
        let row = "72.71,Kota Palu,2021,37120:999.9,10.5,Sulawesi Tengah,kota,BPS\n"
        _ = try f.write("u.csv", RedTeamFolder.header + String(repeating: row, count: 5000))
        let longCode = String(repeating: "5", count: 100_000)
        _ = try f.write("l.csv", RedTeamFolder.header + "72.71,Kota Palu,2021,37120:\(longCode),10.5,Sulawesi Tengah,kota,BPS\n")
        for (file, lenient) in [("u.csv", false), ("u.csv", true), ("l.csv", false)] {
            let start = Date()
            let r = try f.run(["import", file, "--db", "s.sqlite"] + (lenient ? ["--lenient"] : []))
            #expect(r.status == 1, "\(file): \(r.stderr.prefix(300))")
            // A bound far above the expected second, to tell "cheap" from "minutes" on a loaded machine.
            #expect(Date().timeIntervalSince(start) < 20, "\(file) lenient=\(lenient)")
            #expect(r.stderr.count < 20_000)
        }
    }

    @Test("a cell longer than 4 KiB is refused at its cell, quickly, and quoted short")
    func longCells() throws {
        let f = try RedTeamFolder(); defer { f.remove() }
        let name = String(repeating: "x", count: 4_000_000)
        _ = try f.write("n.csv", RedTeamFolder.header + "72.71,\(name),2021,37120:5.1,10.5,Sulawesi Tengah,kota,BPS\n")
        let start = Date()
        let r = try f.run(["import", "n.csv", "--db", "s.sqlite"])
        #expect(r.status == 1 && r.stderr.contains("n.csv:2:2:") && r.stderr.contains("longer than 4096 bytes"), "\(r.stderr.prefix(300))")
        #expect(Date().timeIntervalSince(start) < 20 && r.stderr.count < 2_000)
        #expect(!FileManager.default.fileExists(atPath: f.path("s.sqlite")))
    }

    @Test("format characters (bidi overrides, marks, line separators) are refused in names and sources")
    func formatCharacters() throws {
        let f = try RedTeamFolder(); defer { f.remove() }
        for (cell, name, source) in [("U+202E", "Kota \u{202E}abaB", "BPS"), ("U+2028", "Kota\u{2028}Baru", "BPS"),
                                     ("U+00AD", "Kota Pa\u{00AD}lu", "BPS"), ("U+2067", "Kota Palu", "BPS \u{2067}x\u{2069}"),
                                     ("U+200E", "Kota Palu", "BPS\u{200E}")] {
            _ = try f.write("c.csv", RedTeamFolder.header + "99.06,\(name),2021,37120:5.1,10.5,,kota,\(source)\n")
            let r = try f.run(["import", "c.csv", "--db", "s.sqlite"])
            #expect(r.status == 1 && r.stderr.contains(cell), "\(cell): \(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: f.path("s.sqlite")))
        }
    }

    @Test("a fullwidth code is the same city; a code with a combining mark or Arabic-Indic digits is refused")
    func codesAreASCII() throws {
        let f = try RedTeamFolder(); defer { f.remove() }
        _ = try f.write("w.csv", RedTeamFolder.header + "７２.７１,Kota Palu,2021,37120:5.1,10.5,Sulawesi Tengah,kota,BPS\n"
                        + "72.71,Kota Palu,2021,37120:5.2,30,Sulawesi Tengah,kota,BPS\n")
        #expect(try f.run(["import", "w.csv", "--db", "s.sqlite"]).status == 0)
        let export = try f.run(["datasets", "export", "default", "--db", "s.sqlite"]).stdout
        #expect(export.split(separator: "\n").dropFirst().allSatisfy { $0.hasPrefix("72.71,") }, "\(export)")
        for code in ["72.71\u{0301}", "٧٢.٧١"] {
            _ = try f.write("a.csv", RedTeamFolder.header + "\(code),Kota Palu,2021,37120:5.3,1,Sulawesi Tengah,kota,BPS\n")
            let r = try f.run(["import", "a.csv", "--db", "s.sqlite", "--lang", "id"])
            #expect(r.status == 1 && r.stderr.contains("a.csv:2:1:") && r.stderr.contains("kode wilayah"), "\(code): \(r.stderr)")
        }
    }

    @Test("dataset names: control and format characters refused naming --dataset; é composed or not is one dataset")
    func datasetNames() throws {
        let f = try RedTeamFolder(); defer { f.remove() }
        _ = try f.write("g.csv", RedTeamFolder.good)
        for name in ["a\u{1B}[2Jb", "a\tb", "a\u{202E}b", "a\u{200B}b", "trail ", String(repeating: "d", count: 101)] {
            let r = try f.run(["import", "g.csv", "--db", "s.sqlite", "--dataset", name])
            #expect(r.status == 1 && r.stderr.contains("--dataset") && !r.stderr.contains("\u{1B}"), "\(name.debugDescription): \(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: f.path("s.sqlite")))
        #expect(try f.run(["import", "g.csv", "--db", "s.sqlite", "--dataset", "\u{E9}"]).status == 0)
        let again = try f.run(["import", "g.csv", "--db", "s.sqlite", "--dataset", "e\u{0301}"])
        #expect(again.status == 0)
        let list = try f.run(["datasets", "list", "--db", "s.sqlite", "--format", "json"]).stdout
        #expect(list.components(separatedBy: "\"name\"").count == 2, "\(list)")
        #expect(try f.run(["rank", "--db", "s.sqlite", "--dataset", "e\u{0301}"]).status == 0)
    }

    @Test("UTF-32 is named; --mapping '' is a usage error; a 30,000-character value is quoted short")
    func encodingsAndEchoes() throws {
        let f = try RedTeamFolder(); defer { f.remove() }
        var utf32 = Data([0xFF, 0xFE, 0x00, 0x00])
        for scalar in RedTeamFolder.good.unicodeScalars {
            withUnsafeBytes(of: scalar.value.littleEndian) { utf32.append(contentsOf: $0) }
        }
        try utf32.write(to: URL(fileURLWithPath: f.path("u32.csv")))
        let r = try f.run(["import", "u32.csv", "--db", "s.sqlite"])
        #expect(r.status == 1 && r.stderr.contains("UTF-32"), "\(r.stderr)")
        _ = try f.write("g.csv", RedTeamFolder.good)
        let mapping = try f.run(["rank", "--data", "g.csv", "--mapping", ""])
        #expect(mapping.status == 2 && mapping.stderr.contains("--mapping"), "\(mapping.stderr)")
        let long = try f.run(["sensitivity", "--data", "g.csv", "--inputs", String(repeating: "q", count: 30_000)])
        #expect(long.status != 0 && long.stderr.count < 3_000,
                "\(long.stderr.count) characters")
    }

    @Test("datasets list and show refuse a --format they do not write; a misspelt SMARTSCORE_LANG is named")
    func formatsAndLanguage() throws {
        let f = try RedTeamFolder(); defer { f.remove() }
        _ = try f.write("g.csv", RedTeamFolder.good)
        #expect(try f.run(["import", "g.csv", "--db", "s.sqlite"]).status == 0)
        for args in [["datasets", "list", "--db", "s.sqlite", "--format", "csv"], ["datasets", "show", "default", "--db", "s.sqlite", "--format", "md"]] {
            let r = try f.run(args)
            #expect(r.status == 2 && r.stderr.contains("--format"), "\(args): \(r.stderr)")
        }
        let lang = try CLI.run(["rank", "--data", f.path("g.csv")], environment: ["SMARTSCORE_LANG": "xx"])
        #expect(lang.status == 1 && lang.stderr.contains("SMARTSCORE_LANG=xx"), "\(lang.stderr)")
        #expect(try CLI.run(["rank", "--data", f.path("g.csv"), "--lang", "en"], environment: ["SMARTSCORE_LANG": "xx"]).status == 0)
    }
}
