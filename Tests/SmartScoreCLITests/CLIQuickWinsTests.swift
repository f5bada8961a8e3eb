import Foundation
import Testing

@Suite("CLI: smartscore quickwins")
struct CLIQuickWinsTests {
    let demo = "datasets/demo/demo_cohort.csv"

    @Test("--city JSON has design.md's keys, programmes sorted by priority, a roadmap within the budget")
    func city() throws {
        let r = try CLI.run(["quickwins", "--data", demo, "--city", "72.71", "--budget", "short=3e9,medium=2e10,long=1e11", "--format", "json"], in: CLI.root)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        for key in ["city", "method", "options", "picks", "programmes", "roadmap", "risks"] { #expect(json[key] != nil, "\(key)") }
        let programmes = json["programmes"] as! [[String: Any]]
        for key in ["id", "name", "dimension", "element", "kind", "citizen_facing", "impact", "effort", "priority", "quadrant", "horizon", "cost", "months"] {
            #expect(programmes[0][key] != nil, "\(key)")
        }
        let priorities = programmes.map { $0["priority"] as! Double }
        #expect(priorities == priorities.sorted(by: >))
        let roadmap = json["roadmap"] as! [String: Any]
        for key in ["short", "medium", "long", "gain", "year_one", "budget_applied"] { #expect(roadmap[key] != nil) }
        let cost = Dictionary(uniqueKeysWithValues: programmes.map { ($0["id"] as! String, ($0["cost"] as! [String: Double])["max"]!) })
        let yearOne = try #require(roadmap["short"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(!yearOne.isEmpty && yearOne.reduce(0) { $0 + cost[$1]! } <= 3e9)
        #expect((roadmap["budget_applied"] as? Bool) == true)
        let picks = try #require(json["picks"] as? [[String: Any]])
        #expect(picks.count == 6)
        let risk = try #require((json["risks"] as! [[String: Any]]).first)
        for key in ["programme", "risk", "likelihood", "impact", "mitigation"] { #expect(risk[key] != nil) }
    }

    @Test("--all JSON: each city's picks on the six dimensions and how many cities each programme serves")
    func all() throws {
        let r = try CLI.run(["quickwins", "--data", demo, "--all", "--per-dimension", "2", "--format", "json"], in: CLI.root)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let cities = try #require(json["cities"] as? [[String: Any]])
        #expect(cities.count == 100)
        let picks = cities.map { ($0["picks"] as? [[String: Any]]) ?? [] }
        #expect(picks.allSatisfy { $0.count == 6 })
        let quickWins = picks.flatMap { $0.flatMap { ($0["quick_wins"] as? [[String: Any]]) ?? [] } }
        #expect(picks.allSatisfy { $0.allSatisfy { (($0["quick_wins"] as? [Any]) ?? []).count <= 2 } })
        for key in ["id", "impact", "priority", "dimension_gain", "gap_share"] { #expect(quickWins.first?[key] != nil, "\(key)") }
        let programmes = try #require(json["programmes"] as? [[String: Any]])
        for key in ["id", "dimension", "kind", "cities_served", "total_impact"] { #expect(programmes.first?[key] != nil, "\(key)") }
        #expect(programmes.compactMap { $0["cities_served"] as? Int }.reduce(0, +) == quickWins.count)
    }

    @Test("--criteria: the example sheet's scores beside impact and effort, the component as the mean of 48 answers")
    func criteria() throws {
        let r = try CLI.run(["quickwins", "--data", demo, "--city", "Kota Palu", "--criteria", "datasets/examples/quickwin_criteria.yaml", "--format", "json"],
                            in: CLI.root)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let criteria = try #require(json["criteria"] as? [String: Any])
        // The sheet's 48 answers sum to 37.4 + 39.0 + 39.8 + 32.6 = 148.8 (its header works each one out): 148.8 / 48 = 3.1.
        #expect(abs((criteria["component_score"] as? Double ?? 0) - 3.1) < 1e-12)
        let rows = try #require(criteria["quick_wins"] as? [[String: Any]])
        let lapor = try #require(rows.first { $0["id"] as? String == "gov-lapor-complaints" })
        #expect(abs((lapor["score"] as? Double ?? 0) - 37.4 / 12) < 1e-12 && lapor["impact"] is Double && lapor["effort"] as? Int == 1)
        #expect(rows.filter { $0["chosen"] as? Bool == true }.count == 6)
        let table = try CLI.run(["quickwins", "--data", demo, "--city", "Kota Palu", "--criteria", "datasets/examples/quickwin_criteria.csv", "--lang", "id"],
                                in: CLI.root)
        #expect(table.stdout.contains("Skor komponen Quick Win: 3,10 dari 4, yaitu rata-rata 48 jawaban (4 quick win × 12 pertanyaan)"))
        // The YAML sheet names its city: another city is refused; --all has no one city to assess.
        let other = try CLI.run(["quickwins", "--data", demo, "--city", "Kota Jambi", "--criteria", "datasets/examples/quickwin_criteria.yaml"], in: CLI.root)
        #expect(other.status == 1 && other.stderr.contains("this assessment sheet is for Kota Palu, not Kota Jambi"))
        let all = try CLI.run(["quickwins", "--data", demo, "--all", "--criteria", "datasets/examples/quickwin_criteria.yaml"], in: CLI.root)
        #expect(all.status == 2 && all.stderr.contains("--criteria"))
    }

    @Test("usage and input errors: neither --city nor --all, a bad budget, geometric aggregation")
    func errors() throws {
        #expect(try CLI.run(["quickwins", "--data", demo], in: CLI.root).status == 2)
        let budget = try CLI.run(["quickwins", "--data", demo, "--all", "--budget", "lots"], in: CLI.root)
        #expect(budget.status == 2 && budget.stderr.contains("--budget"))
        for (flag, value) in [("--per-dimension", "0"), ("--per-dimension", "6"), ("--prefer", "cheapest"), ("--year-one-max", "0")] {
            let r = try CLI.run(["quickwins", "--data", demo, "--all", flag, value], in: CLI.root)
            #expect(r.status == 2 && r.stderr.contains(flag), "\(flag) \(value): \(r.stderr)")
        }
        // The hint says how to write what was refused, in the user's language.
        let ambiguous = try CLI.run(["quickwins", "--data", demo, "--all", "--budget", "2.000", "--lang", "id"], in: CLI.root)
        #expect(ambiguous.status == 2 && ambiguous.stderr.contains("'2.000' bermakna ganda") && ambiguous.stderr.contains("saran: tulis 2000 atau 2"))
        let small = try CLI.run(["quickwins", "--data", demo, "--all", "--budget", "2"], in: CLI.root)
        #expect(small.status == 2 && small.stderr.contains("hint: did you mean 2 juta or 2 miliar?"))
        // --all shows picks, not one city's roadmap: the roadmap's flags are refused rather than ignored.
        for flag in [["--budget", "Rp 2 miliar"], ["--year-one-max", "3"], ["--criteria", "datasets/examples/quickwin_criteria.yaml"]] {
            let r = try CLI.run(["quickwins", "--data", demo, "--all"] + flag, in: CLI.root)
            #expect(r.status == 2 && r.stderr.contains(flag[0]), "\(flag): \(r.stderr)")
        }
        let report = try CLI.run(["report", "--data", demo, "--all", "--out", "/tmp/unused.html", "--prefer", "any"], in: CLI.root)
        #expect(report.status == 2 && report.stderr.contains("--prefer shapes the quick-win section of one region's report"))
        let geo = try CLI.run(["quickwins", "--data", demo, "--all", "--aggregate", "geometric"], in: CLI.root)
        #expect(geo.status == 1 && geo.stderr.hasPrefix("--aggregate: error: quick wins need arithmetic aggregation"))
    }
}
