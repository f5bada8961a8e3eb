import Foundation
import Testing

/// import, datasets, rank and evaluate as a user runs them: real files in a temporary folder, real exit statuses.
@Suite("CLI: import, datasets, rank, evaluate")
struct CLIDataTests {
    final class Folder {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-cli-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(at: url) }
        var db: String { url.appendingPathComponent("s.sqlite").path }
        func run(_ args: [String]) throws -> CLIResult {
            try CLI.run(args + ["--db", db], environment: ["SMARTSCORE_DATASETS": CLI.root.appendingPathComponent("datasets").path], in: CLI.root)
        }
    }

    @Test("each example file does what its README says")
    func examples() throws {
        let f = try Folder()
        for (file, values) in [("long.csv", 120), ("wide.csv", 36), ("excel_id.csv", 24)] {
            let r = try f.run(["import", "datasets/examples/\(file)", "--dataset", "examples", "--format", "json"])
            #expect(r.status == 0, "\(file): \(r.stderr)")
            let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
            #expect(((json["files"] as! [[String: Any]])[0]["inserted"] as! Int) == values, "\(file)")
        }
        let again = try f.run(["import", "datasets/examples/long.csv", "--dataset", "examples", "--format", "json"])
        #expect(again.status == 0 && again.stdout.contains("\"already_imported\": true"))
        let bad = try f.run(["import", "datasets/examples/mistakes.csv", "--dataset", "examples"])
        #expect(bad.status == 1)
        #expect(bad.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.count == 8)
        #expect(bad.stderr.contains("datasets/examples/mistakes.csv:4:4: error: unknown indicator code '37120:5.l'"))
        #expect(bad.stdout.isEmpty)
        let list = try f.run(["datasets", "list", "--format", "json"])
        let sets = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as! [[String: Any]]
        #expect(sets.count == 1 && sets[0]["observations"] as? Int == 180)
    }

    @Test("a failed import creates no store at all")
    func noStoreOnFailure() throws {
        let f = try Folder()
        let r = try f.run(["import", "datasets/examples/mistakes.csv"])
        #expect(r.status == 1)
        #expect(!FileManager.default.fileExists(atPath: f.db))
    }

    @Test("rank JSON has design.md's keys, and --top/--type filter the display")
    func rank() throws {
        let f = try Folder()
        #expect(try f.run(["import", "datasets/demo/demo_cohort.csv", "--dataset", "demo"]).status == 0)
        let r = try f.run(["rank", "--dataset", "demo", "--format", "json", "--top", "5", "--type", "kota"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        #expect(json["year"] as? Int == 2021)
        let method = json["method"] as! [String: Any]
        #expect(method["normalisation"] as? String == "goalpost" && method["aggregation"] as? String == "arithmetic" && method["weights"] as? String == "equal")
        let cities = json["cities"] as! [[String: Any]]
        #expect(cities.count == 5)
        for key in ["rank", "code", "name", "score", "level", "coverage", "dimensions"] { #expect(cities[0][key] != nil, "\(key)") }
        #expect(Set((cities[0]["dimensions"] as! [String: Any]).keys) == ["governance", "branding", "economy", "living", "society", "environment"])
        #expect(cities.allSatisfy { $0["type"] as? String == "kota" })
        let csv = try f.run(["rank", "--dataset", "demo", "--format", "csv", "--normalise", "minmax", "--aggregate", "geometric"])
        #expect(csv.status == 0 && csv.stdout.split(separator: "\n").count == 101)
        let md = try f.run(["rank", "--dataset", "demo", "--format", "md", "--weights", "entropy", "--lang", "en"])
        #expect(md.status == 0 && md.stdout.hasPrefix("| Rank | Code |") && md.stdout.contains("entropy weights"))
    }

    @Test("evaluate JSON has design.md's keys; a name or a code finds the city; an ambiguous name lists candidates")
    func evaluate() throws {
        let f = try Folder()
        #expect(try f.run(["import", "datasets/demo/demo_cohort.csv", "--dataset", "demo"]).status == 0)
        let r = try f.run(["evaluate", "--dataset", "demo", "--city", "kota palu", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        for key in ["city", "year", "method", "index", "dimensions", "pillars", "indicators", "warnings"] { #expect(json[key] != nil, "\(key)") }
        #expect((json["city"] as! [String: Any])["code"] as? String == "72.71")
        let index = json["index"] as! [String: Any]
        for key in ["score", "level", "gap", "coverage"] { #expect(index[key] != nil) }
        let dimension = (json["dimensions"] as! [[String: Any]])[0]
        for key in ["id", "score", "gap", "coverage", "level", "elements"] { #expect(dimension[key] != nil) }
        let indicator = (json["indicators"] as! [[String: Any]])[0]
        for key in ["code", "value", "score", "target", "gap"] { #expect(indicator[key] != nil) }
        #expect((json["trend"] as! [Any]).count == 3)
        let byCode = try f.run(["evaluate", "--dataset", "demo", "--city", "72.71", "--format", "json"])
        #expect(byCode.stdout == r.stdout)
        let ambiguous = try f.run(["evaluate", "--dataset", "demo", "--city", "Pekalongan"])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("33.75 Kota Pekalongan") && ambiguous.stderr.contains("33.26 Kabupaten Pekalongan"))
        let missing = try f.run(["evaluate", "--dataset", "demo", "--city", "Atlantis"])
        #expect(missing.status == 1 && missing.stderr.contains("--city: error: no city 'Atlantis'"))
    }

    @Test("--data reads a CSV without a store; bad method flags are named")
    func dataFileAndBadFlags() throws {
        let f = try Folder()
        let fixture = "Tests/SmartScoreTests/Fixtures/scoring/cohort.csv"
        let r = try CLI.run(["rank", "--data", fixture, "--format", "csv"], in: CLI.root)
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n")[1].hasPrefix("1,35.78,Kota Surabaya"))
        let weights = try CLI.run(["rank", "--data", fixture, "--weights", "heavy"], in: CLI.root)
        #expect(weights.status == 1 && weights.stderr.hasPrefix("--weights: error:"))
        let geo = try CLI.run(["rank", "--data", fixture, "--normalise", "zscore", "--aggregate", "geometric"], in: CLI.root)
        #expect(geo.status == 1 && geo.stderr.hasPrefix("--aggregate: error:"))
        let year = try CLI.run(["rank", "--data", fixture, "--year", "2019"], in: CLI.root)
        #expect(year.status == 1 && year.stderr.contains("--year: error: the data has no values for 2019"))
        let both = try f.run(["rank", "--data", fixture, "--dataset", "x"])
        #expect(both.status == 2)
        let noStore = try f.run(["rank", "--dataset", "x"])
        #expect(noStore.status == 1 && noStore.stderr.contains("no store at"))
    }

    @Test("datasets export writes a CSV that imports back to the same values; delete removes the dataset")
    func exportAndDelete() throws {
        let f = try Folder()
        #expect(try f.run(["import", "datasets/examples/long.csv", "--dataset", "a"]).status == 0)
        let out = f.url.appendingPathComponent("export.csv").path
        #expect(try f.run(["datasets", "export", "a", "--out", out]).status == 0)
        #expect(try f.run(["import", out, "--dataset", "b"]).status == 0)
        let a = try f.run(["datasets", "export", "a"]).stdout, b = try f.run(["datasets", "export", "b"]).stdout
        #expect(a == b && a.split(separator: "\n").count == 121)
        #expect(try f.run(["datasets", "delete", "b"]).status == 0)
        let gone = try f.run(["datasets", "show", "b"])
        #expect(gone.status == 1 && gone.stderr.contains("no dataset named 'b'"))
    }

    @Test("datasets generate is deterministic and matches the committed demo cohort")
    func generate() throws {
        let f = try Folder()
        let out = f.url.appendingPathComponent("demo.csv").path
        let r = try CLI.run(["datasets", "generate", "--cohort", "demo", "--years", "2019-2021", "--seed", "2021", "--out", out], in: CLI.root)
        #expect(r.status == 0, "\(r.stderr)")
        let committed = try Data(contentsOf: CLI.root.appendingPathComponent("datasets/demo/demo_cohort.csv"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == committed)
        let bad = try CLI.run(["datasets", "generate", "--years", "2030-2020", "--out", out], in: CLI.root)
        #expect(bad.status == 2 && bad.stderr.contains("--years"))
    }
}
