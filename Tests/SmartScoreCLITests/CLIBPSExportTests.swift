import Foundation
import Testing

/// `import` of the 40 real BPS exports as they come, one series per run with its catalogue indicator.
@Suite("CLI: import BPS table exports as they come")
struct CLIBPSExportTests {
    static func files(_ prefix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: CLI.root.appendingPathComponent("datasets/bps/exports").path)
            .filter { $0.hasPrefix(prefix) && $0.hasSuffix(".csv") }.sorted().map { "datasets/bps/exports/\($0)" }
    }

    @Test("All 40 files import as they are: IPM as local:E.1, adjusted expenditure as local:E.2, the poverty line as local:E.10; every region of 2024 stored")
    func importAll() throws {
        let dir = try FileManager.default.url(for: .itemReplacementDirectory, in: .userDomainMask, appropriateFor: CLI.root, create: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("bps.sqlite").path
        var total = 0
        for (prefix, indicator, files) in [("ipm_", "local:E.1", 15), ("pengeluaran_per_kapita_", "local:E.2", 10), ("garis_kemiskinan_", "local:E.10", 15)] {
            let paths = try Self.files(prefix)
            #expect(paths.count == files)
            let r = try CLI.run(["import"] + paths + ["--indicator", indicator, "--dataset", "bps", "--db", db, "--format", "json", "--lang", "en"], in: CLI.root)
            #expect(r.status == 0, "\(r.stderr)")
            // Nothing unmatched: no warning at all.
            #expect(!r.stderr.contains("warning"), "\(r.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            let outcomes = try #require(json["files"] as? [[String: Any]])
            #expect(outcomes.count == files)
            let last = try #require(outcomes.last)
            #expect(last["inserted"] as? Int == 514, "\(last)")
            total += outcomes.compactMap { $0["inserted"] as? Int }.reduce(0, +)
        }
        // 15 IPM years (7,643), 10 expenditure years (5,140), 15 poverty-line years (7,622).
        #expect(total == 7_643 + 5_140 + 7_622)
    }

    @Test("The three known series need no --indicator (said); an unknown one does; --indicator on a file that is not an export is refused")
    func refusals() throws {
        let known = try CLI.run(["import", "datasets/bps/exports/ipm_2024.csv", "datasets/bps/exports/garis_kemiskinan_2024.csv", "--dry-run", "--lang", "en"], in: CLI.root)
        #expect(known.status == 0, "\(known.stderr)")
        #expect(known.stderr.contains("ipm_2024.csv:2:2: warning: the series '[Metode Baru] Indeks Pembangunan Manusia' is read as indicator local:E.1"), "\(known.stderr)")
        #expect(known.stderr.contains("as indicator local:E.10 (Poverty line)"), "\(known.stderr)")
        let dir = try FileManager.default.url(for: .itemReplacementDirectory, in: .userDomainMask, appropriateFor: CLI.root, create: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let unknown = dir.appendingPathComponent("export.csv")
        let text = try String(contentsOf: CLI.root.appendingPathComponent("datasets/bps/exports/ipm_2024.csv"), encoding: .utf8)
        try text.replacingOccurrences(of: "Indeks Pembangunan Manusia", with: "Indeks Kebahagiaan").write(to: unknown, atomically: true, encoding: .utf8)
        let export = try CLI.run(["import", unknown.path, "--dry-run", "--lang", "en"], in: CLI.root)
        #expect(export.status == 1 && export.stderr.contains("--indicator: error:") && export.stderr.contains("Indeks Kebahagiaan"), "\(export.stderr)")
        // A title that names the poverty line, imported as adjusted expenditure, would be 1000 times off: refused.
        let contradicts = try CLI.run(["import", "datasets/bps/exports/garis_kemiskinan_2021.csv", "--indicator", "local:E.2", "--dry-run", "--lang", "en"], in: CLI.root)
        #expect(contradicts.status == 1 && contradicts.stderr.contains("names indicator local:E.10, not the local:E.2"), "\(contradicts.stderr)")
        let plain = try CLI.run(["import", "datasets/examples/long.csv", "--indicator", "local:E.1", "--dry-run", "--lang", "en"], in: CLI.root)
        #expect(plain.status == 1 && plain.stderr.contains("is not one"), "\(plain.stderr)")
    }
}
