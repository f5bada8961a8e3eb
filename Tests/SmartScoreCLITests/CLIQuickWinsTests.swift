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
        for key in ["city", "method", "programmes", "roadmap", "risks"] { #expect(json[key] != nil, "\(key)") }
        let programmes = json["programmes"] as! [[String: Any]]
        for key in ["id", "name", "dimension", "impact", "effort", "priority", "quadrant", "horizon", "cost", "months"] {
            #expect(programmes[0][key] != nil, "\(key)")
        }
        let priorities = programmes.map { $0["priority"] as! Double }
        #expect(priorities == priorities.sorted(by: >))
        let roadmap = json["roadmap"] as! [String: Any]
        for key in ["short", "medium", "long", "gain"] { #expect(roadmap[key] != nil) }
        let cost = Dictionary(uniqueKeysWithValues: programmes.map { ($0["id"] as! String, ($0["cost"] as! [String: Double])["max"]!) })
        #expect((roadmap["short"] as! [String]).reduce(0) { $0 + cost[$1]! } <= 3e9)
        let risk = try #require((json["risks"] as! [[String: Any]]).first)
        for key in ["programme", "risk", "likelihood", "impact", "mitigation"] { #expect(risk[key] != nil) }
    }

    @Test("--all JSON: each city's top quick wins and each programme's reach")
    func all() throws {
        let r = try CLI.run(["quickwins", "--data", demo, "--all", "--top", "3", "--format", "json"], in: CLI.root)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let cities = json["cities"] as! [[String: Any]]
        #expect(cities.count == 100)
        #expect(cities.allSatisfy { ($0["top"] as! [Any]).count <= 3 })
        let top = (cities[0]["top"] as! [[String: Any]])[0]
        for key in ["id", "impact", "priority"] { #expect(top[key] != nil) }
        let programmes = json["programmes"] as! [[String: Any]]
        for key in ["id", "cities_lifted", "total_impact"] { #expect(programmes[0][key] != nil) }
        let lifted: Int = programmes.map { $0["cities_lifted"] as! Int }.reduce(0, +)
        let listed: Int = cities.map { ($0["top"] as! [Any]).count }.reduce(0, +)
        #expect(lifted == listed)
    }

    @Test("usage and input errors: neither --city nor --all, a bad budget, geometric aggregation")
    func errors() throws {
        #expect(try CLI.run(["quickwins", "--data", demo], in: CLI.root).status == 2)
        let budget = try CLI.run(["quickwins", "--data", demo, "--all", "--budget", "lots"], in: CLI.root)
        #expect(budget.status == 2 && budget.stderr.contains("--budget"))
        // The hint says how to write what was refused, in the user's language.
        let ambiguous = try CLI.run(["quickwins", "--data", demo, "--all", "--budget", "2.000", "--lang", "id"], in: CLI.root)
        #expect(ambiguous.status == 2 && ambiguous.stderr.contains("'2.000' bermakna ganda") && ambiguous.stderr.contains("saran: tulis 2000 atau 2"))
        let small = try CLI.run(["quickwins", "--data", demo, "--all", "--budget", "2"], in: CLI.root)
        #expect(small.status == 2 && small.stderr.contains("hint: did you mean 2 juta or 2 miliar?"))
        let geo = try CLI.run(["quickwins", "--data", demo, "--all", "--aggregate", "geometric"], in: CLI.root)
        #expect(geo.status == 1 && geo.stderr.hasPrefix("--aggregate: error: quick wins need arithmetic aggregation"))
    }
}
