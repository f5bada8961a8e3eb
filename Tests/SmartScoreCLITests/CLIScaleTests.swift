import Foundation
import Testing

/// The fitted model as a user meets it: `--year`, `--reference-year`, the trend, and the languages' numbers.
@Suite("CLI: reference year, trend on one scale, localised numbers")
struct CLIScaleTests {
    static let demo = "datasets/demo/demo_cohort.csv"

    func json(_ args: [String]) throws -> [String: Any] {
        let r = try CLI.run(args + ["--format", "json"], in: CLI.root)
        #expect(r.status == 0, "\(args): \(r.stderr)")
        return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    }

    @Test("rank --year 2020 --reference-year 2021 scores 2020 on 2021's scale and says so in its method")
    func referenceYear() throws {
        let onOwn = try json(["rank", "--data", Self.demo, "--normalise", "minmax", "--year", "2020"])
        let on2021 = try json(["rank", "--data", Self.demo, "--normalise", "minmax", "--year", "2020", "--reference-year", "2021"])
        #expect(onOwn["year"] as? Int == 2020 && (onOwn["method"] as! [String: Any])["reference_year"] as? Int == 2020)
        #expect(on2021["year"] as? Int == 2020 && (on2021["method"] as! [String: Any])["reference_year"] as? Int == 2021)
        let scores = { (j: [String: Any]) in (j["cities"] as! [[String: Any]]).map { $0["score"] as? Double } }
        #expect(scores(onOwn) != scores(on2021))
        let missing = try CLI.run(["rank", "--data", Self.demo, "--reference-year", "1999"], in: CLI.root)
        #expect(missing.status == 1 && missing.stderr.contains("--reference-year"))
    }

    @Test("evaluate's trend is the scored year's model applied to earlier years: the last point is the index itself")
    func trendOnOneScale() throws {
        let e = try json(["evaluate", "--data", Self.demo, "--city", "Kota Palu", "--normalise", "rank"])
        let trend = e["trend"] as! [[String: Any]]
        #expect(trend.map { $0["year"] as! Int } == [2019, 2020, 2021])
        #expect(trend.last?["index"] as? Double == (e["index"] as! [String: Any])["score"] as? Double)
        // 2019's point on the 2021 scale is what rank --year 2019 --reference-year 2021 gives the city.
        let r2019 = try json(["rank", "--data", Self.demo, "--normalise", "rank", "--year", "2019", "--reference-year", "2021"])
        let palu = (r2019["cities"] as! [[String: Any]]).first { $0["code"] as? String == "72.71" }
        #expect(palu?["score"] as? Double == trend[0]["index"] as? Double)
    }

    @Test("text in Indonesian has decimal commas and Indonesian method words; English has points; JSON neither changes")
    func localisedNumbers() throws {
        let id = try CLI.run(["rank", "--data", Self.demo, "--top", "3", "--lang", "id"], in: CLI.root)
        let en = try CLI.run(["rank", "--data", Self.demo, "--top", "3", "--lang", "en"], in: CLI.root)
        #expect(id.stdout.contains("83,7") && id.stdout.contains("normalisasi batas acuan, agregasi aritmetika, bobot setara"))
        #expect(en.stdout.contains("83.7") && en.stdout.contains("goalpost normalisation, arithmetic aggregation, equal weights"))
        let jid = try CLI.run(["rank", "--data", Self.demo, "--format", "json", "--lang", "id"], in: CLI.root)
        let jen = try CLI.run(["rank", "--data", Self.demo, "--format", "json", "--lang", "en"], in: CLI.root)
        #expect(jid.status == 0 && jid.stdout == jen.stdout)
    }

    @Test("a ranking in which no city has an index says so, instead of printing an empty table")
    func noneRanked() throws {
        let r = try CLI.run(["rank", "--data", Self.demo, "--min-coverage", "0.95", "--top", "3", "--lang", "en"], in: CLI.root)
        #expect(r.status == 0 && r.stdout.contains("No city is ranked: none of the 100 has an index (minimum coverage 95%)"))
    }

    @Test("bad values of the new flags are usage errors naming the flag, and write nothing")
    func badNewFlags() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-bad-\(UUID().uuidString).html").path
        let peers = try CLI.run(["evaluate", "--data", Self.demo, "--city", "72.71", "--min-peers", "0"], in: CLI.root)
        #expect(peers.status == 2 && peers.stderr.contains("--min-peers"))
        let report = try CLI.run(["report", "--data", Self.demo, "--city", "72.71", "--min-peers", "0", "--out", out], in: CLI.root)
        #expect(report.status == 2 && !FileManager.default.fileExists(atPath: out))
        let year = try CLI.run(["report", "--data", Self.demo, "--all", "--reference-year", "1999", "--samples", "0", "--out", out], in: CLI.root)
        #expect(year.status == 1 && year.stderr.contains("--reference-year") && !FileManager.default.fileExists(atPath: out))
    }
}
