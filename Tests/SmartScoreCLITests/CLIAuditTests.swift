import Foundation
import Testing

@Suite("CLI: smartscore audit")
struct CLIAuditTests {
    let demo = "datasets/demo/demo_cohort.csv"

    @Test("audit on the demo cohort: JSON with its keys, one CSV row per indicator, the same bytes in both languages")
    func machineFormats() throws {
        let r = try CLI.run(["audit", "--data", demo, "--format", "json"], in: CLI.root)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        for key in ["year", "method", "basis", "collinear_threshold", "importance_rule", "dimension_correlations", "dimensions",
                    "indicators", "negatively_correlated", "collinear_pairs", "warnings", "values"] { #expect(json[key] != nil, "\(key)") }
        #expect(json["year"] as? Int == 2021 && json["collinear_threshold"] as? Double == 0.9)
        let basis = json["basis"] as! [String: Any]
        #expect(basis["cities"] as? Int == 100 && basis["missing"] as? String == "pairwise_complete")
        let dimensions = json["dimensions"] as! [[String: Any]]
        #expect(dimensions.map { $0["id"] as! String } == ["governance", "branding", "economy", "living", "society", "environment"])
        for d in dimensions {
            for key in ["r_index", "importance", "importance_share", "nominal_share", "ratio", "flag", "cronbach_alpha", "elements",
                        "indicator_correlations"] { #expect(d[key] != nil, "\(key)") }
            let block = d["indicator_correlations"] as! [String: Any]
            let labels = block["labels"] as! [String], r = block["r"] as! [[Any]]
            #expect(r.count == labels.count && r.allSatisfy { $0.count == labels.count } && labels.count == d["indicators"] as? Int)
        }
        let indicators = json["indicators"] as! [[String: Any]]
        // Influence shares of the indicators add up to 1.
        let shares = indicators.compactMap { $0["importance_share"] as? Double }
        #expect(abs(shares.reduce(0, +) - 1) < 1e-9)
        let pairs = json["collinear_pairs"] as! [[String: Any]]
        #expect(pairs.allSatisfy { abs($0["r"] as! Double) > 0.9 })

        let csv = try CLI.run(["audit", "--data", demo, "--format", "csv", "--lang", "id"], in: CLI.root)
        #expect(csv.status == 0)
        #expect(csv.stdout.split(separator: "\n").count == indicators.count + 1)
        #expect(csv.stdout.hasPrefix("code,dimension,element,r_dimension,r_element,r_index,importance,importance_share,nominal_share,ratio,flag\n"))
        let jsonID = try CLI.run(["audit", "--data", demo, "--format", "json", "--lang", "id"], in: CLI.root)
        #expect(jsonID.stdout == r.stdout)
        // A lower threshold finds at least as many pairs.
        let loose = try CLI.run(["audit", "--data", demo, "--format", "json", "--collinear", "0.6"], in: CLI.root)
        let loosePairs = (try JSONSerialization.jsonObject(with: Data(loose.stdout.utf8)) as! [String: Any])["collinear_pairs"] as! [Any]
        #expect(loosePairs.count > pairs.count)
    }

    @Test("the table in Indonesian and in English, within a terminal's width")
    func tables() throws {
        let id = try CLI.run(["audit", "--data", demo, "--lang", "id"], in: CLI.root)
        #expect(id.status == 0, "\(id.stderr)")
        for phrase in ["Audit statistik", "Korelasi antardimensi", "alfa Cronbach", "Pasangan kolinear (|r| > 0,9)",
                       "Pengaruh terhadap indeks", "Bobot nominal", "Pearson", "sintetis"] {
            #expect(id.stdout.contains(phrase), "\(phrase)")
        }
        let en = try CLI.run(["audit", "--data", demo, "--lang", "en"], in: CLI.root)
        #expect(en.status == 0)
        for phrase in ["Statistical audit", "Cronbach's alpha", "Collinear pairs (|r| > 0.9)", "Influence on the index",
                       "Nominal weight", "pairwise-complete"] {
            #expect(en.stdout.contains(phrase), "\(phrase)")
        }
        #expect(!en.stdout.contains("Bobot nominal"))
        for out in [id.stdout, en.stdout] { #expect(out.split(separator: "\n").allSatisfy { $0.count <= 120 }) }
        let md = try CLI.run(["audit", "--data", demo, "--format", "md", "--lang", "id"], in: CLI.root)
        #expect(md.status == 0 && md.stdout.hasPrefix("# Audit statistik") && md.stdout.contains("## Konsistensi internal"))
    }

    @Test("a collinearity threshold outside (0, 1) is a usage error naming --collinear, and writes nothing")
    func badThreshold() throws {
        for bad in ["2", "0", "1"] {
            let r = try CLI.run(["audit", "--data", demo, "--collinear", bad], in: CLI.root)
            #expect(r.status == 2, "\(bad): \(r.stderr)")
            #expect(r.stderr.contains("--collinear"), "\(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
        let id = try CLI.run(["audit", "--data", demo, "--collinear", "2", "--lang", "id"], in: CLI.root)
        #expect(id.status == 2 && id.stderr.contains("--collinear") && id.stderr.contains("ambang kolinearitas"))
    }

    /// The demo file's rows of the first `count` cities of 2021 (its long layout kept).
    static func firstCities(_ count: Int, in dir: URL) throws -> String {
        let lines = try String(contentsOfFile: CLI.root.appendingPathComponent("datasets/demo/demo_cohort.csv").path, encoding: .utf8)
            .split(separator: "\n")
        var codes: [Substring] = []
        let rows = lines.dropFirst().filter { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            guard fields[2] == "2021" else { return false }
            if !codes.contains(fields[0]) && codes.count < count { codes.append(fields[0]) }
            return codes.contains(fields[0])
        }
        let path = dir.appendingPathComponent("first-\(count).csv").path
        try ([String(lines[0])] + rows.map(String.init)).joined(separator: "\n").appending("\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("two cities: the audit and a PCA weighting are refused with exit 1, the reason in the user's language, and no file written")
    func tooFewCities() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("smartscore-audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let two = try Self.firstCities(2, in: dir), out = dir.appendingPathComponent("audit.json").path
        let audit = try CLI.run(["audit", "--data", two, "--format", "json", "--out", out, "--lang", "id"], in: CLI.root)
        #expect(audit.status == 1 && audit.stderr.contains("audit statistik memerlukan sedikitnya 3 daerah"), "\(audit.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        let english = try CLI.run(["audit", "--data", two, "--lang", "en"], in: CLI.root)
        #expect(english.status == 1 && english.stderr.contains("the statistical audit needs at least 3 cities") && english.stdout.isEmpty)

        let rank = dir.appendingPathComponent("rank.json").path
        let pca = try CLI.run(["rank", "--data", two, "--weights", "pca", "--format", "json", "--out", rank, "--lang", "en"], in: CLI.root)
        #expect(pca.status == 1 && pca.stderr.hasPrefix("--weights: error: PCA weights need more cities with values than indicators"), "\(pca.stderr)")
        #expect(pca.stderr.contains("--allow-small-pca") && !FileManager.default.fileExists(atPath: rank))
        let allowed = try CLI.run(["rank", "--data", two, "--weights", "pca", "--allow-small-pca", "--format", "json", "--out", rank], in: CLI.root)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: rank))) as! [String: Any]
        #expect((json["warnings"] as! [String]).contains { $0.contains("were derived from no more cities than indicators") })
    }
}
