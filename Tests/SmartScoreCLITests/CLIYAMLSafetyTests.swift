import Foundation
import Testing

/// Issue 15: an alias bomb given to a verb is refused at once, at its first alias, with exit status 1.
@Suite("CLI: a YAML alias bomb as --weights or --targets exits 1 at once, naming the alias's line and column")
struct CLIYAMLSafetyTests {
    @Test("rank --weights bomb.yaml (lines ending in CR only, tabs before the aliases) exits 1 within seconds")
    func bomb() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var lines = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for i in 1...8 {
            lines.append("l\(i): &l\(i) [\t" + Array(repeating: "*l\(i - 1)", count: 9).joined(separator: ",\t") + "]")
        }
        let bomb = dir.appendingPathComponent("bomb.yaml")
        try Data((lines.joined(separator: "\r") + "\r").utf8).write(to: bomb)
        for flag in ["--weights", "--targets"] {
            let start = Date()
            let r = try CLI.run(["rank", "--data", "datasets/demo/demo_cohort.csv", flag, bomb.path], in: CLI.root)
            #expect(r.status == 1, "\(flag): \(r.stderr)")
            #expect(r.stderr.contains("bomb.yaml:2:11") && r.stderr.contains("YAML aliases"), "\(flag): \(r.stderr)")
            #expect(Date().timeIntervalSince(start) < 20, "\(flag)")
        }
    }
}
