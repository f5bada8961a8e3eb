import Foundation
import Testing

@Suite("CLI: smartscore catalogue")
struct CLICatalogueTests {
    @Test("list --format json gives every indicator with design.md's keys")
    func listJSON() throws {
        let result = try CLI.run(["catalogue", "list", "--format", "json"])
        #expect(result.status == 0)
        let items = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[String: Any]]
        #expect(items.filter { ($0["standard"] as! String) == "37120" }.count == 138)
        #expect(items.filter { ($0["standard"] as! String) == "37122" }.count == 80)
        #expect(items.filter { ($0["standard"] as! String) == "37123" }.count == 68)
        let unemployment = try #require(items.first { ($0["code"] as! String) == "37120:5.1" })
        #expect(unemployment["polarity"] as? String == "lower_better")
        #expect(unemployment["dimension"] as? String == "economy")
        #expect((unemployment["name"] as? [String: String])?["en"] == "Unemployment rate")
    }

    @Test("filters, csv and the Indonesian table")
    func filtersAndFormats() throws {
        let csv = try CLI.run(["catalogue", "list", "--standard", "37123", "--format", "csv"])
        #expect(csv.status == 0)
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.count == 69)
        #expect(lines[0].hasPrefix("code,standard,clause,theme,name_en,name_id,dimension"))
        let table = try CLI.run(["catalogue", "list", "--pillar", "suprastructure", "--scored"], environment: ["SMARTSCORE_LANG": "id"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("Kode"))
        #expect(table.stdout.contains("dinilai"))
        let search = try CLI.run(["catalogue", "search", "air minum", "--format", "json"])
        let found = try JSONSerialization.jsonObject(with: Data(search.stdout.utf8)) as! [[String: Any]]
        #expect(!found.isEmpty)
    }

    @Test("show prints the mapping, goalposts with their basis, and the source confidence")
    func show() throws {
        let result = try CLI.run(["catalogue", "show", "37120:5.1", "--lang", "en"])
        #expect(result.status == 0)
        for label in ["Goalposts (worst → best)", "Basis", "Source confidence", "verified", "community_welfare"] {
            #expect(result.stdout.contains(label), "\(label)")
        }
    }

    @Test("an unknown code is bad input: exit 1 with the nearest codes as a hint")
    func showUnknown() throws {
        let result = try CLI.run(["catalogue", "show", "37120:5.l"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("unknown indicator code '37120:5.l'"))
        #expect(result.stderr.contains("37120:5.1"))
    }

    @Test("an unknown filter value names the flag")
    func badFilter() throws {
        let result = try CLI.run(["catalogue", "list", "--dimension", "smart"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("--dimension: error: unknown dimension 'smart'"))
    }

    @Test("validate passes on the bundled catalogue and fails on a broken --catalogue file with file:line:column")
    func validate() throws {
        let ok = try CLI.run(["catalogue", "validate"])
        #expect(ok.status == 0)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("mine.yaml")
        try """
        standard: local
        indicators:
          - code: "local:X.1"
            standard: local
            clause: "X.1"
            theme: Test
            name: {id: Uji, en: Test}
            dimension: economy
            element: community_welfare
            pillar: pillar_four
            unit: "%"
            polarity: higher_better
            type: supporting
            goalposts: {worst: 0, best: 100, basis: bound}
            source_confidence: user
            source: survey
        """.write(to: file, atomically: true, encoding: .utf8)
        let bad = try CLI.run(["catalogue", "validate", "--catalogue", file.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("\(file.path):10:13: error: unknown pillar 'pillar_four'"))
    }
}
