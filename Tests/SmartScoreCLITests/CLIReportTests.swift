import Foundation
import Testing

@Suite("CLI: smartscore report")
struct CLIReportTests {
    @Test("report --city and --all write self-contained HTML and Markdown files atomically")
    func reports() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let city = dir.appendingPathComponent("palu.html").path
        let r = try CLI.run(["report", "--data", "datasets/demo/demo_cohort.csv", "--city", "Kota Palu", "--out", city, "--samples", "70"],
                            environment: ["SMARTSCORE_LANG": "id"], in: CLI.root)
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOfFile: city, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("lang=\"id\"") && html.contains("<svg"))
        #expect(!html.contains("<link") && !html.contains("src=\"http"))
        let md = dir.appendingPathComponent("ranking.md").path
        let all = try CLI.run(["report", "--data", "datasets/demo/demo_cohort.csv", "--all", "--format", "md", "--out", md, "--samples", "0", "--lang", "en"], in: CLI.root)
        #expect(all.status == 0, "\(all.stderr)")
        // The ministry's overview first, then the full ranking.
        let ranking = try String(contentsOfFile: md, encoding: .utf8)
        #expect(ranking.hasPrefix("# Smart-city readiness ranking") && ranking.contains("\n## Overview\n") && ranking.contains("\n| Rank | Code |"))
        let usage = try CLI.run(["report", "--data", "datasets/demo/demo_cohort.csv", "--out", city], in: CLI.root)
        #expect(usage.status == 2)
        let badDir = try CLI.run(["report", "--data", "datasets/demo/demo_cohort.csv", "--all", "--out", "/nonexistent/dir/x.html", "--samples", "0"], in: CLI.root)
        #expect(badDir.status == 1 && badDir.stderr.contains("--out"))
    }

    @Test("report takes quickwins' plan flags: the Markdown's quick wins are quickwins' own, criteria included")
    func quickWinFlags() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-report-qw-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let flags = ["--per-dimension", "2", "--year-one-max", "5", "--budget", "Rp 4 miliar", "--criteria", "datasets/examples/quickwin_criteria.yaml"]
        let md = dir.appendingPathComponent("palu.md").path
        let report = try CLI.run(["report", "--data", "datasets/demo/demo_cohort.csv", "--city", "Kota Palu", "--format", "md", "--samples", "0", "--out", md]
                                 + flags, in: CLI.root)
        #expect(report.status == 0, "\(report.stderr)")
        let plan = try CLI.run(["quickwins", "--data", "datasets/demo/demo_cohort.csv", "--city", "Kota Palu", "--format", "md"] + flags, in: CLI.root)
        #expect(plan.status == 0, "\(plan.stderr)")
        // The report nests the plan one heading level down; otherwise it is the same text.
        let nested = ("\n" + plan.stdout).replacingOccurrences(of: "\n#", with: "\n##")
        #expect(try String(contentsOfFile: md, encoding: .utf8).contains(nested))
        #expect(nested.contains("Year one holds at most 5 programmes") && nested.contains("Quick Win component score: 3.10 of 4"))
        let all = try CLI.run(["report", "--data", "datasets/demo/demo_cohort.csv", "--all", "--out", md, "--criteria", "datasets/examples/quickwin_criteria.yaml"],
                              in: CLI.root)
        #expect(all.status == 2 && all.stderr.contains("--criteria"))
    }

    @Test("evaluate --format html writes the city's page; without --out it is a usage error")
    func evaluateHTML() throws {
        let page = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-eval-\(UUID().uuidString).html").path
        defer { try? FileManager.default.removeItem(atPath: page) }
        let r = try CLI.run(["evaluate", "--data", "datasets/demo/demo_cohort.csv", "--city", "72.71", "--format", "html", "--out", page], in: CLI.root)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOfFile: page, encoding: .utf8).contains("<section id=\"quickwins\">"))
        #expect(try CLI.run(["evaluate", "--data", "datasets/demo/demo_cohort.csv", "--city", "72.71", "--format", "html"], in: CLI.root).status == 2)
    }

    @Test("two runs in two processes write the same bytes (no dictionary order leaks into a report)")
    func sameBytes() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-det-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var pages: [Data] = []
        for k in 0..<2 {
            let path = dir.appendingPathComponent("p\(k).html").path
            let r = try CLI.run(["report", "--data", "datasets/demo/demo_cohort.csv", "--city", "72.71", "--samples", "14", "--out", path], in: CLI.root)
            #expect(r.status == 0)
            pages.append(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        #expect(pages[0] == pages[1])
    }
}
