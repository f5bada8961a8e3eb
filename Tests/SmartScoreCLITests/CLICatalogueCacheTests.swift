import Foundation
import Testing

/// Issue 20: the compiled catalogue as a user meets it: the same output from the cache as from the YAML,
/// an edited file seen at once, `SMARTSCORE_CACHE=off` keeping nothing.
@Suite("CLI: the compiled catalogue cache")
struct CLICatalogueCacheTests {
    static func entries(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".bin") }
    }

    @Test("catalogue list and rank print the same bytes parsed, compiled and without a cache")
    func sameOutput() throws {
        let cache = try CLITemplateTests.temporaryDirectory().appendingPathComponent("cache")
        let data = CLI.root.appendingPathComponent("datasets/demo/demo_cohort.csv").path
        for arguments in [["catalogue", "list", "--format", "json"], ["rank", "--data", data, "--format", "json"],
                          ["quickwins", "--data", data, "--city", "Kota Palu", "--format", "json"]] {
            let off = try CLI.run(arguments, environment: ["SMARTSCORE_CACHE": "off"])
            let first = try CLI.run(arguments, environment: ["SMARTSCORE_CACHE": cache.path])
            let second = try CLI.run(arguments, environment: ["SMARTSCORE_CACHE": cache.path])
            #expect(off.status == 0, "\(arguments): \(off.stderr)")
            #expect(first.stdout == off.stdout && second.stdout == off.stdout, "\(arguments)")
            #expect(second.stderr == off.stderr)
        }
        #expect(Self.entries(cache).count == 1)
    }

    @Test("an edited --catalogue file is read as edited; SMARTSCORE_CACHE=off writes no entry")
    func editedFile() throws {
        let folder = try CLITemplateTests.temporaryDirectory()
        let cache = folder.appendingPathComponent("cache")
        let file = folder.appendingPathComponent("mine.yaml")
        func write(_ name: String) throws {
            try """
            standard: local
            indicators:
              - code: "local:X.1"
                standard: local
                clause: "X.1"
                theme: Test
                name: {id: Uji, en: "\(name)"}
                dimension: economy
                element: community_welfare
                pillar: structure
                unit: "%"
                polarity: higher_better
                type: supporting
                goalposts: {worst: 0, best: 100, basis: bound}
                source_confidence: user
                source: survey
            """.write(to: file, atomically: true, encoding: .utf8)
        }
        let arguments = ["catalogue", "show", "local:X.1", "--catalogue", file.path]
        try write("First name")
        #expect(try CLI.run(arguments, environment: ["SMARTSCORE_CACHE": cache.path]).stdout.contains("First name"))
        try write("Second name")
        let second = try CLI.run(arguments, environment: ["SMARTSCORE_CACHE": cache.path])
        #expect(second.stdout.contains("Second name") && !second.stdout.contains("First name"))
        #expect(Self.entries(cache).count == 2)
        let off = folder.appendingPathComponent("off")
        _ = try CLI.run(arguments, environment: ["SMARTSCORE_CACHE": "off", "XDG_CACHE_HOME": off.path])
        #expect(Self.entries(off.appendingPathComponent("smartscore")).isEmpty)
    }
}
